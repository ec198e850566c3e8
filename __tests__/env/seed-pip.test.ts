// A pip venv seeded from the interpreter's bundled wheels (no ensurepip run), with real pyenv
// Pythons: it has what `python -m venv` gives (pip, and setuptools up to 3.11), bin/pip runs, and
// pip installs into the env.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PipInstaller } from '../../src/env/installer.js';
import { MemoryLog } from '../../src/util/log.js';
import { makeWheel } from '../helpers/pypi-index.js';
import { itUnless } from '../helpers/skip.js';

const versions = join(homedir(), '.pyenv', 'versions');
const pythonFor = (minor: string) => {
  const d = existsSync(versions) ? readdirSync(versions).find((v) => v.startsWith(`${minor}.`)) : undefined;
  return d ? join(versions, d, 'bin', 'python3') : undefined;
};

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-seedpip-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const site = (env: string) => {
  const lib = join(env, 'lib');
  return join(lib, readdirSync(lib).find((d) => d.startsWith('python'))!, 'site-packages');
};
const topLevel = (env: string) => readdirSync(site(env)).filter((n) => n !== '__pycache__').map((n) => n.replace(/-[\d.]+\.dist-info$/, '.dist-info')).sort();

describe.each(['3.7', '3.11', '3.13'])('pip venv over python %s', (minor) => {
  const py = pythonFor(minor);
  itUnless(Boolean(py), `no pyenv Python ${minor} here`)(`matches python -m venv and installs with bin/pip (${py})`, async () => {
    const env = join(root, `seeded-${minor}`);
    await new PipInstaller(new MemoryLog(), py as string).createEnv(py as string, env);
    const reference = join(root, `venv-${minor}`);
    execFileSync(py as string, ['-m', 'venv', reference]);
    expect(topLevel(env)).toEqual(topLevel(reference));
    expect(readdirSync(join(env, 'bin')).filter((n) => n.startsWith('pip')).sort()).toEqual(readdirSync(join(reference, 'bin')).filter((n) => n.startsWith('pip')).sort());
    // No bytecode was compiled while seeding.
    expect(existsSync(join(site(env), 'pip', '__pycache__'))).toBe(false);

    const wheels = join(root, `wheels-${minor}`);
    makeWheel(wheels, 'seedcheck', '1.0.0');
    const out = execFileSync(join(env, 'bin', 'pip'), ['install', '--no-index', '--find-links', wheels, '--disable-pip-version-check', 'seedcheck==1.0.0'], { encoding: 'utf8' });
    expect(out).toMatch(/Successfully installed seedcheck-1\.0\.0/);
    expect(execFileSync(join(env, 'bin', 'python'), ['-c', 'import seedcheck, pip; print(seedcheck.__version__, pip.__file__)'], { encoding: 'utf8' }).trim()).toBe(`1.0.0 ${join(site(env), 'pip', '__init__.py')}`);
  }, 120000);
});
