// The `swrt validate` contract, checked on the bundled CLI: exit codes, stdout only for --json,
// error lines on stderr, no stack trace unless --debug.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO, runCli } from '../helpers/cli.js';

const docs = join(REPO, '__tests__', 'fixtures', 'spec', 'valid-docs-example', 'runtime.yaml');

describe('swrt validate', () => {
  it('prints the normalized docs example with exactly the documented keys', async () => {
    const r = await runCli(['validate', '-f', docs, '--json']);
    expect(r.code).toBe(0);
    const spec = JSON.parse(r.stdout);
    expect(Object.keys(spec)).toEqual(['name', 'mode', 'python', 'cuda', 'cudnn', 'arch', 'os', 'starwhale_version', 'docker_image', 'configs', 'dependencies']);
    expect(spec.python).toBe('3.8');
    expect(spec.dependencies.map((d: { kind: string }) => d.kind)).toEqual(['conda_env_file', 'pip_req_file', 'conda_pkg', 'pip_pkg', 'wheel', 'native_file', 'command']);
    expect(spec.configs.pip.extra_index_url).toEqual(['https://mirrors.bfsu.edu.cn/pypi/web/simple']);
  });

  it('reads unquoted python 3.10 as "3.10" and warns on stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-validate-'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: py310\nenvironment:\n  python: 3.10\n');
    const r = await runCli(['validate', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).python).toBe('3.10');
    expect(r.stderr).toContain('runtime.yaml:3:11: warning: python 3.10 is a YAML number (3.1); read as "3.10" from the source');
  });

  it('warns on keys Starwhale ignores, and refuses them with --strict', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-validate-'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: cfg\nconfig:\n  conda: {}\n');
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('runtime.yaml:2:1: warning: unknown key `config` in runtime.yaml is ignored (as Starwhale does) (hint: did you mean `configs`?)');
    const strict = await runCli(['validate', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain('runtime.yaml:2:1: error: unknown key `config` in runtime.yaml (hint: did you mean `configs`? strict mode refuses keys Starwhale ignores)');
  });

  it('drops cuda and cudnn with --cuda none', async () => {
    const gpu = join(REPO, '__tests__', 'fixtures', 'spec', 'valid-cuda-cudnn', 'runtime.yaml');
    const r = await runCli(['validate', '-f', gpu, '--cuda', 'none', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ cuda: '', cudnn: '' });
  });

  it('exits 1 with every error on stderr, nothing on stdout and no stack trace', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-validate-'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: bad\nmode: docker\nenvironment:\n  python: "2.7"\n');
    const r = await runCli(['validate', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'runtime.yaml:2:7: error: mode: "docker" is not allowed (hint: allowed: venv, conda)\n' +
        'runtime.yaml:4:11: error: python 2.7 is not supported (hint: supported: 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13)\n',
    );
    const debug = await runCli(['--debug', 'validate'], { cwd: dir });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it('says what to do when runtime.yaml is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-validate-'));
    const r = await runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: runtime.yaml: no such file \(hint: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
