// Which interpreter a build uses, and that it says why: the python-version input / --python flag,
// else runtime.yaml's environment.python, else setup-python's interpreter (pythonLocation), else
// python3 on PATH (a pyenv shim resolved to the real interpreter). Real pyenv Pythons, real pip,
// a real package index on 127.0.0.1.
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../../src/bundle/swrt.js';
import { writeBuildSummary } from '../../src/github/summary.js';
import { build } from '../../src/pipeline/build.js';
import { MemoryLog } from '../../src/util/log.js';
import { runCli } from '../helpers/cli.js';
import { makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const PYENV = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');
const versions = existsSync(join(PYENV, 'versions')) ? readdirSync(join(PYENV, 'versions')) : [];
const pyenvVersion = (minor: string) => versions.filter((v) => v.startsWith(`${minor}.`)).sort().pop();
const V310 = pyenvVersion('3.10');
const V312 = pyenvVersion('3.12');
const V39 = pyenvVersion('3.9');
const haveAll = Boolean(V310 && V312 && V39 && existsSync(join(PYENV, 'shims', 'python3')));
const maybe = skipUnless(haveAll, 'needs pyenv Pythons 3.9, 3.10, 3.12 and pyenv shims');

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels]);
});
afterAll(async () => {
  await index?.close();
});

function runtime(python?: string): string {
  const lines = ['name: choice-rt', ...(python ? ['environment:', `  python: "${python}"`] : []), 'dependencies:', '  - pip: [alpha]', ''];
  return join(project({ 'runtime.yaml': lines.join('\n') }), 'runtime.yaml');
}

/** PATH leads to the pyenv shims, which run the Python PYENV_VERSION names. */
function shimEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return cliEnv(index.url, { PATH: `${join(PYENV, 'shims')}:${join(PYENV, 'bin')}:/usr/bin:/bin`, HOME: homedir(), PYENV_VERSION: V310, ...extra });
}

async function run(yaml: string, env: NodeJS.ProcessEnv, opts: { python?: string; overrideSource?: string } = {}) {
  const log = new MemoryLog();
  const r = await build({ yaml, installer: 'pip', lock: true, includeEnv: false, runCommands: false, tags: [], storeRoot: env.SW_LOCAL_STORAGE, env, log, ...opts });
  const manifest = (await readManifest(r.bundle)) as unknown as { environment: { python: string; lock: { shell: { python_version: string } } } };
  return { r, log, manifest };
}

const choiceLines = (log: MemoryLog) => log.lines.filter((l) => l.level === 'info' && /^(runtime\.yaml|the --python flag|the python-version input|--python-path)/.test(l.msg)).map((l) => l.msg);

maybe('which python a build uses', () => {
  it('no environment.python: python3 on PATH, a pyenv shim resolved to the real interpreter, named with the reason', async () => {
    const { r, log, manifest } = await run(runtime(), shimEnv());
    expect(r.python.version).toBe(V310);
    expect(realpathSync(r.python.path)).toBe(realpathSync(join(PYENV, 'versions', V310!, 'bin', 'python3')));
    expect(r.python.path).not.toContain('/shims/');
    expect(choiceLines(log)).toEqual([`runtime.yaml sets no python; using python3 on PATH: ${r.python.path} (${V310})`]);
    expect(r.python.reason).toBe(choiceLines(log)[0]);
    // recorded as swcli does: environment.python is major.minor, the lock's shell the exact version
    expect(manifest.environment.python).toBe('3.10');
    expect(manifest.environment.lock.shell.python_version).toBe(V310);

    // the action's job summary says the same
    const summary = join(mkdtempSync(join(tmpdir(), 'swrt-summary-')), 'summary.md');
    writeFileSync(summary, '');
    process.env.GITHUB_STEP_SUMMARY = summary;
    try {
      await writeBuildSummary(r);
    } finally {
      delete process.env.GITHUB_STEP_SUMMARY;
    }
    expect(readFileSync(summary, 'utf8')).toContain(`<td>python</td><td>${r.python.reason}</td>`);
  });

  it('the CLI follows the same rule and prints the same line', async () => {
    const dir = project({ 'runtime.yaml': 'name: choice-cli\ndependencies:\n  - pip: [alpha]\n' });
    const r = await runCli(['build', dir, '--json', '--installer', 'pip'], { env: shimEnv() });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { python: string; python_path: string };
    expect(out.python).toBe(V310);
    expect(r.stderr).toContain(`runtime.yaml sets no python; using python3 on PATH: ${out.python_path} (${V310})\n`);
  });

  it("setup-python's interpreter (pythonLocation) wins over python3 on PATH", async () => {
    const loc = join(PYENV, 'versions', V312!);
    const { r, log, manifest } = await run(runtime(), shimEnv({ pythonLocation: loc }));
    expect(r.python.version).toBe(V312);
    expect(r.python.path).toBe(join(loc, 'bin', 'python3'));
    expect(r.python.source).toBe('setup-python');
    expect(choiceLines(log)).toEqual([`runtime.yaml sets no python; using setup-python's interpreter (pythonLocation): ${r.python.path} (${V312})`]);
    expect(manifest.environment.python).toBe('3.12');
  });

  it('environment.python wins over pythonLocation and PATH; the --python flag wins over environment.python', async () => {
    const env = shimEnv({ pythonLocation: join(PYENV, 'versions', V312!) });
    const fromYaml = await run(runtime('3.9'), env);
    expect(fromYaml.r.python.version).toBe(V39);
    expect(choiceLines(fromYaml.log)).toHaveLength(1);
    expect(choiceLines(fromYaml.log)[0]).toMatch(new RegExp(`^runtime\\.yaml sets python 3\\.9; using .+: ${fromYaml.r.python.path.replace(/[.+]/g, '\\$&')} \\(${V39!.replace(/\./g, '\\.')}\\)$`));
    expect(fromYaml.manifest.environment.python).toBe('3.9');

    const fromFlag = await run(runtime('3.9'), env, { python: '3.10', overrideSource: 'flag' });
    expect(fromFlag.r.python.version).toBe(V310);
    expect(choiceLines(fromFlag.log)[0]).toMatch(/^the --python flag asks for 3\.10; using /);
    expect(fromFlag.manifest.environment.python).toBe('3.10');

    const fromInput = await run(runtime(), env, { python: '3.10', overrideSource: 'input' });
    expect(choiceLines(fromInput.log)[0]).toMatch(/^the python-version input asks for 3\.10; using /);
  }, 300_000);
});
