// What `swrt activate`, restore's hint, activate.host and env.sw print is evaluated by a shell: a
// path with spaces, quotes, `$(…)`, backticks or newlines must come out as one literal word that
// activates the env and runs nothing.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activateHostScript, activationCommand, envFile, shQuote } from '../../src/util/shell.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, ENSUREPIP_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const shells = ['bash', 'dash'].filter((s) => {
  try {
    execFileSync(s, ['-c', 'true']);
    return true;
  } catch {
    return false;
  }
});

/** A directory whose name tries every way out of a shell word; `pwned` appears when one works. */
function craftedDir(): { dir: string; pwned: string } {
  const root = mkdtempSync(join(tmpdir(), 'swrt-act-'));
  const pwned = join(root, 'pwned');
  const name = `env dir $(touch ${pwned}) \`touch ${pwned}\` ' ; touch ${pwned}; echo '" $HOME\nline2`;
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  return { dir, pwned };
}

/** A stand-in venv whose activate script records that it ran. */
function fakeVenv(dir: string): void {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'bin', 'activate'), 'SWRT_TEST_ACTIVATED=yes\nexport SWRT_TEST_ACTIVATED\n');
}

describe('activation commands', () => {
  it.each(shells)('%s: eval of the printed command activates the env and runs nothing', (sh) => {
    const { dir, pwned } = craftedDir();
    fakeVenv(dir);
    const cmd = activationCommand(dir, 'venv', sh === 'dash' ? 'sh' : 'bash');
    const out = execFileSync(sh, ['-c', 'eval "$CMD"; echo "$SWRT_TEST_ACTIVATED"'], { env: { ...process.env, CMD: cmd }, encoding: 'utf8' });
    expect(out.trim()).toBe('yes');
    expect(existsSync(pwned)).toBe(false);
  });

  it('conda: the prefix is one literal argument', () => {
    const { dir, pwned } = craftedDir();
    const cmd = activationCommand(dir, 'conda');
    const out = execFileSync('bash', ['-c', 'conda() { printf "%s\\n" "$#" "$2"; }; eval "$CMD"'], { env: { ...process.env, CMD: cmd }, encoding: 'utf8' });
    expect(out).toBe(`2\n${dir}\n`);
    expect(existsSync(pwned)).toBe(false);
  });

  it('plain paths print as swcli prints them', () => {
    expect(activationCommand('/home/u/.starwhale/rt/export/venv', 'venv')).toBe('source /home/u/.starwhale/rt/export/venv/bin/activate');
    expect(activateHostScript('/w/export/venv', 'venv')).toBe("printf '%s\\n' 'source /w/export/venv/bin/activate'\n");
    expect(envFile({ A: '/w/export/venv', B: '' })).toBe('A=/w/export/venv\nB=\n');
    expect(shQuote("it's")).toBe(`'it'\\''s'`);
  });

  it.each(shells)('%s: activate.host prints a command that activates, and env.sw sources to the literal path', (sh) => {
    const { dir, pwned } = craftedDir();
    fakeVenv(dir);
    const host = join(dir, 'activate.host');
    writeFileSync(host, activateHostScript(dir, 'venv'));
    writeFileSync(join(dir, 'env.sw'), envFile({ SW_ACTIVATED_RUNTIME_MODE_IN_SHELL: 'venv', SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL: dir, SW_ACTIVATED_RUNTIME_URI_IN_SHELL: '' }));
    const printed = execFileSync(sh, [host], { encoding: 'utf8' });
    expect(existsSync(pwned)).toBe(false);
    const out = execFileSync('bash', ['-c', 'eval "$CMD"; echo "$SWRT_TEST_ACTIVATED"'], { env: { ...process.env, CMD: printed }, encoding: 'utf8' });
    expect(out.trim()).toBe('yes');
    const prefix = execFileSync(sh, ['-c', '. "$1"; printf %s "$SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL"', sh, join(dir, 'env.sw')], { encoding: 'utf8' });
    expect(prefix).toBe(dir);
    expect(existsSync(pwned)).toBe(false);
  });
});

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');

maybe('swrt activate / restore on a store whose path is hostile', () => {
  let index: PackageIndex;
  beforeAll(async () => {
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-act-wheels-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    // A stand-in for the starwhale that restore installs last (the real one: swcli-restore.test.ts).
    makeWheel(wheels, 'starwhale', '0.6.15');
    index = await startIndex([wheels, CACHED_WHEELS, ENSUREPIP_WHEELS]);
  });
  afterAll(async () => index?.close());

  it('eval "$(swrt activate X.swrt)" activates the real venv and runs nothing', async () => {
    const dir = project({ 'runtime.yaml': 'name: act-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha]\n' });
    const env = cliEnv(index.url);
    const built = await runCli(['build', dir, '--json'], { env });
    expect(built.stderr).toBe(built.code === 0 ? built.stderr : '');
    const bundle = (JSON.parse(built.stdout) as { bundle: string }).bundle;
    const outside = join(mkdtempSync(join(tmpdir(), 'swrt-act-b-')), 'act.swrt');
    copyFileSync(bundle, outside);

    const { dir: store, pwned } = craftedDir();
    const storeEnv = { ...env, SW_LOCAL_STORAGE: store };
    const r = await runCli(['activate', outside], { env: storeEnv });
    expect(r.stderr).toBe(r.code === 0 ? r.stderr : '');
    expect(r.code).toBe(0);
    expect(existsSync(pwned)).toBe(false);
    const out = execFileSync('bash', ['-c', 'eval "$CMD"; printf "%s\\n" "$VIRTUAL_ENV"; python -c "import alpha, sys; print(sys.prefix)"'], { env: { ...process.env, CMD: r.stdout }, encoding: 'utf8' });
    // the store path has a newline in it: VIRTUAL_ENV and sys.prefix each span two lines
    expect(out).toContain(`${store}`);
    expect(out.split(store).length - 1).toBe(2);
    expect(existsSync(pwned)).toBe(false);

    const restored = await runCli(['restore', outside], { env: storeEnv });
    expect(restored.code).toBe(0);
    const hint = restored.stdout.split('activate with: ')[1] ?? '';
    execFileSync('bash', ['-c', 'eval "$CMD"'], { env: { ...process.env, CMD: hint } });
    expect(existsSync(pwned)).toBe(false);
    const workdir = (JSON.parse((await runCli(['restore', outside, '--json'], { env: storeEnv })).stdout) as { workdir: string }).workdir;
    const host = execFileSync('sh', [join(workdir, 'activate.host')], { encoding: 'utf8' });
    expect(host).toContain('activate');
    expect(readFileSync(join(workdir, 'env.sw'), 'utf8')).toContain('SW_ACTIVATED_RUNTIME_PREFIX_IN_SHELL=');
    expect(existsSync(pwned)).toBe(false);
  });
});
