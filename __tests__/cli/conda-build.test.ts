// `swrt build` / `swrt restore` of a mode: conda runtime through the bundled CLI, with a RECORDING
// STAND-IN for micromamba (not end to end: no micromamba or conda channel can be installed on this
// machine; the real run is e2e.test.ts / .github/workflows/e2e.yml). The stand-in answers --version,
// logs each call, makes the prefix a real python 3.11 venv on `create` (with --copies: a conda prefix holds
// its own python, never an absolute link out, which the safe extractor refuses) and prints a recorded export;
// pip items are installed for real from a local index, so the lock's pip section is a real freeze.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { runCli } from '../helpers/cli.js';
import { makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const PY311 = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', '3.11.7', 'bin', 'python3');
const maybe = skipUnless(existsSync(PY311), `${PY311} is missing`);
const FIX = join(process.cwd(), '__tests__', 'fixtures', 'conda');

function standIn(dir: string): string {
  const f = join(dir, 'micromamba');
  writeFileSync(
    f,
    `#!/bin/sh
if [ "$1" = --version ]; then echo 2.0.5; exit 0; fi
{ printf 'CALL'; for a in "$@"; do printf ' %s' "$a"; done; printf ' CONDARC=%s\\n' "$CONDARC"; } >> "$STUB_LOG"
if [ "$1" = create ]; then
  while [ "$1" != --prefix ]; do shift; done
  exec "$STUB_PYTHON" -m venv --copies "$2"
fi
if [ "$1" = env ] && [ "$2" = export ]; then exec cat "$STUB_EXPORT"; fi
exit 0
`,
  );
  chmodSync(f, 0o755);
  return f;
}

const YAML = `name: conda-rt
mode: conda
environment:
  python: "3.11"
dependencies:
  - conda.yaml
  - conda: [ffmpeg]
  - pip: [alpha==1.0.0]
configs:
  conda:
    channels: [conda-forge]
    condarc:
      channels: [https://mirror.example/conda-forge]
`;

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-cpwheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels]);
});
afterAll(() => index?.close());

maybe('conda mode through the CLI (recording stand-in for micromamba)', () => {
  it('builds in order, locks conda-sw-lock.yaml, bundles condarc and the packed prefix; a second build reuses; restore relocates', async () => {
    const dir = project({ 'runtime.yaml': YAML, 'conda.yaml': 'dependencies: [libzlib]\n' });
    const tool = standIn(dir);
    const stubLog = join(dir, 'calls.log');
    const env = cliEnv(index.url, { MAMBA_EXE: tool, STUB_LOG: stubLog, STUB_PYTHON: PY311, STUB_EXPORT: join(FIX, 'micromamba2-export.yaml') });
    const r = await runCli(['build', dir, '--conda-tool', 'micromamba', '--include-env', '--json'], { env });
    expect(r.stderr).not.toMatch(/error:/);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    const prefix = join(dir, '.starwhale', 'conda');
    expect(out.env_path).toBe(prefix);
    expect(out.lock_file).toBe(join(dir, '.starwhale', 'lock', 'conda-sw-lock.yaml'));
    const calls = readFileSync(stubLog, 'utf8').trim().split('\n');
    const condarc = join(dir, '.starwhale', '.swrt-condarc');
    expect(calls).toEqual([
      `CALL create --yes --quiet --prefix ${prefix} python=3.11 CONDARC=${condarc}`,
      `CALL install --yes --quiet --prefix ${prefix} --file ${dir}/conda.yaml CONDARC=${condarc}`,
      `CALL install --prefix ${prefix} --channel conda-forge --yes --override-channels ffmpeg CONDARC=${condarc}`,
      `CALL env export --prefix ${prefix} CONDARC=${condarc}`,
    ]);
    const lock = readFileSync(out.lock_file, 'utf8');
    expect(lock).toMatch(/- pip:\n {2}- alpha==1\.0\.0\n/);

    const names = execFileSync('tar', ['-tf', out.bundle], { encoding: 'utf8' }).split('\n');
    expect(names).toEqual(expect.arrayContaining(['_manifest.yaml', 'configs/condarc', 'dependencies/.starwhale/lock/conda-sw-lock.yaml', 'dependencies/conda.yaml', 'export/conda_env.tar.gz']));
    const manifest = execFileSync('tar', ['-xOf', out.bundle, '_manifest.yaml'], { encoding: 'utf8' });
    expect(manifest).toMatch(/^ {2}mode: conda$/m);
    expect(manifest).toMatch(/use_conda: true/);
    expect(execFileSync('tar', ['-xOf', out.bundle, 'configs/condarc'], { encoding: 'utf8' })).toBe('channels:\n- https://mirror.example/conda-forge\n');

    // Unchanged runtime: the prefix is reused, the tool is not called again.
    const again = await runCli(['build', dir, '--conda-tool', 'micromamba', '--include-env', '--json'], { env });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).cache_hit).toBe(true);
    expect(readFileSync(stubLog, 'utf8').trim().split('\n')).toHaveLength(4);

    // Restore the packed prefix somewhere else: scripts are moved to the new prefix and run there.
    const target = join(mkdtempSync(join(tmpdir(), 'swrt-crestore-')), 'env');
    const rest = await runCli(['restore', out.bundle, '--target', target, '--no-starwhale', '--json'], { env });
    expect(rest.stderr).not.toMatch(/error:/);
    expect(JSON.parse(rest.stdout)).toMatchObject({ env_path: target, mode: 'conda', packed_env: true });
    expect(execFileSync(join(target, 'bin', 'python'), ['-c', 'import sys, alpha; print(sys.prefix, alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe(`${target} 1.0.0`);
  });

  it('the action activates a conda env for later steps (CONDA_PREFIX, PATH) and saves no VIRTUAL_ENV', async () => {
    const dir = project({ 'runtime.yaml': YAML, 'conda.yaml': 'dependencies: [libzlib]\n' });
    const env = cliEnv(index.url, { MAMBA_EXE: standIn(dir), STUB_LOG: join(dir, 'calls.log'), STUB_PYTHON: PY311, STUB_EXPORT: join(FIX, 'micromamba2-export.yaml') });
    const r = await runAction({ entry: 'main', workspace: dir, inputs: { 'conda-tool': 'micromamba', cache: 'false' }, env });
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
    const prefix = join(dir, '.starwhale', 'conda');
    expect(r.outputs['env-path']).toBe(prefix);
    expect(r.outputs['python-version']).toBe('3.11.7');
    expect(r.outputs['lock-file']).toMatch(/conda-sw-lock\.yaml$/);
    expect(r.exportedEnv.CONDA_PREFIX).toBe(prefix);
    expect(r.exportedEnv.VIRTUAL_ENV).toBeUndefined();
    expect(r.path).toEqual([join(prefix, 'bin')]);
  });
});
