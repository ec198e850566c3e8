// The real swcli 0.6.15 restores bundles swrt built: a plain one (its lock installed into a fresh
// venv) and an env-packed one (export/venv_env.tar.gz unpacked, run through its python launcher),
// from uv and pip builds alike; its last step installs the real starwhale 0.6.15 from the local
// index (the wheelhouse scripts/ci-fixtures.sh builds). Then swcli runs a model handler in an env
// that `swrt restore` made.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const SWCLI = join(FIXTURE_CACHE, 'swcli', 'bin', 'swcli');
const OK = join(FIXTURE_CACHE, 'swcli', '.ok');
const STARWHALE_WHEELS = join(FIXTURE_CACHE, 'starwhale-wheels');

/** A real pip wheel for the index: the one CPython 3.11 bundles for ensurepip. */
function bundledPipWheel(): string | undefined {
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return undefined;
  for (const v of readdirSync(versions).filter((n) => n.startsWith('3.11.'))) {
    const dir = join(versions, v, 'lib', 'python3.11', 'ensurepip', '_bundled');
    const whl = existsSync(dir) ? readdirSync(dir).find((f) => /^pip-.*\.whl$/.test(f)) : undefined;
    if (whl) return join(dir, whl);
  }
  return undefined;
}

const PIP_WHEEL = bundledPipWheel();
const ready = existsSync(OK) && existsSync(join(STARWHALE_WHEELS, '.ok')) && hasUvWheel() && PIP_WHEEL !== undefined;
const maybe = skipUnless(ready, 'needs swcli 0.6.15, the starwhale 0.6.15 wheelhouse, the uv wheel and a CPython 3.11 pip wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh)');
const execFileP = promisify(execFile);
// Each test builds, restores and installs the real starwhale with its dependencies (numpy, scipy,
// pyarrow…): about a minute alone, several on a loaded machine.
const SLOW = 600_000;

async function swcli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; out: string }> {
  try {
    const r = await execFileP(SWCLI, args, { env: { ...process.env, ...env, COLUMNS: '200' }, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}

/** Directories under root named `export/venv` (swcli restores into the runtime's snapshot workdir). */
function findRestoredEnvs(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number) => {
    if (depth > 12) return;
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!e.isDirectory()) continue;
      const p = join(d, e.name);
      if (e.name === 'venv' && d.endsWith('/export')) out.push(p);
      else walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  const pipDir = join(mkdtempSync(join(tmpdir(), 'swrt-pip-')), 'pip');
  mkdirSync(pipDir);
  if (PIP_WHEEL) copyFileSync(PIP_WHEEL, join(pipDir, PIP_WHEEL.split('/').pop()!));
  index = await startIndex([wheels, CACHED_WHEELS, pipDir, STARWHALE_WHEELS]);
});
afterAll(() => index?.close());

maybe('swcli 0.6.15 runtime restore of bundles swrt built', () => {
  for (const installer of ['uv', 'pip'] as const) {
    for (const packed of [false, true]) {
      it(`${packed ? 'packed' : 'plain'} bundle built with --installer ${installer}`, async () => {
        const env = cliEnv(index.url, { SW_CLI_CONFIG: join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml') });
        const dir = project({ 'runtime.yaml': 'name: ours\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
        const b = await runCli(['build', dir, '--installer', installer, ...(packed ? ['--include-env'] : []), '--json'], { env });
        expect(b.code).toBe(0);
        const { version } = JSON.parse(b.stdout) as { version: string };
        // The lock lists what pip freeze would: never pip, seeded or not.
        const lock = readFileSync(join(dir, '.starwhale', 'lock', 'requirements-sw-lock.txt'), 'utf8');
        expect(lock.split('\n').filter((l) => l && !l.startsWith('#'))).toEqual(['alpha==1.0.0']);
        if (packed && installer === 'uv') expect(index.requests.some((u) => /\/simple\/pip\/?$/.test(u))).toBe(true);
        const r = await swcli(['runtime', 'restore', `ours/version/${version}`], env);
        const envs = findRestoredEnvs(env.SW_LOCAL_STORAGE!);
        expect(envs).toHaveLength(1);
        const venv = envs[0]!;
        // Restored (plain) or unpacked (packed) with the package and a pip of its own.
        expect(existsSync(join(venv, 'bin', 'pip'))).toBe(true);
        expect(readdirSync(join(venv, 'lib', 'python3.11', 'site-packages'))).toEqual(expect.arrayContaining(['alpha', 'pip']));
        expect(r.out).not.toMatch(/Traceback/);
        expect(r.code).toBe(0);
        expect(readFileSync(join(venv, '.runtime_restore_status'), 'utf8')).toBe('success');
        const py = (code: string) => execFileSync(join(venv, 'bin', 'python3'), ['-c', code], { encoding: 'utf8' }).trim();
        expect(py('import alpha, sys; print(alpha.__version__, sys.prefix == sys.base_prefix)')).toBe('1.0.0 False');
        // swcli's last step put starwhale (and bin/swcli) into the env with the env's own pip.
        expect(py('from importlib.metadata import version; print(version("starwhale"))')).toBe('0.6.15');
        expect(existsSync(join(venv, 'bin', 'swcli'))).toBe(true);
        if (packed) {
          // No link to the build interpreter came with the packed env: bin/python is the launcher.
          expect(readFileSync(join(venv, 'bin', 'python'), 'utf8')).toMatch(/^#!\/bin\/bash\n# Packed by swrt/);
        }
      }, SLOW);
    }
  }
});

maybe('swcli 0.6.15 model run --runtime on an env swrt restore made', () => {
  for (const [installer, packed] of [['uv', false], ['pip', true]] as const) {
    it(`runs a model handler in the ${packed ? 'packed' : 'plain'} env (--installer ${installer})`, async () => {
      const env = cliEnv(index.url, { SW_CLI_CONFIG: join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml') });
      const dir = project({ 'runtime.yaml': 'name: ours\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
      const b = await runCli(['build', dir, '--installer', installer, ...(packed ? ['--include-env'] : []), '--json'], { env });
      expect(b.code).toBe(0);
      const { version } = JSON.parse(b.stdout) as { version: string };
      const restored = await runCli(['restore', `ours/version/${version}`, '--json'], { env });
      expect(restored.stderr).not.toMatch(/^error:/m);
      expect(restored.code).toBe(0);
      const { env_path: envPath } = JSON.parse(restored.stdout) as { env_path: string };
      // The smallest real model: one handler that records where it ran.
      const model = mkdtempSync(join(tmpdir(), 'swrt-model-'));
      const marker = join(model, 'ran.txt');
      writeFileSync(
        join(model, 'hello.py'),
        `import sys\nimport alpha\nfrom starwhale import handler\n\n@handler()\ndef hello():\n    with open(${JSON.stringify(marker)}, "w") as f:\n        f.write(sys.prefix + " " + alpha.__version__)\n`,
      );
      const r = await swcli(['model', 'run', '--workdir', model, '--module', 'hello', '--handler', 'hello:hello', '--runtime', `ours/version/${version}`], env);
      expect(r.out).not.toMatch(/Traceback/);
      expect(r.code).toBe(0);
      // It ran in the env swrt restored (swcli trusted its status), with the runtime's package.
      expect(readFileSync(marker, 'utf8')).toBe(`${envPath} 1.0.0`);
    }, SLOW);
  }
});
