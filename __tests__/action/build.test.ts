// The action entry point, run as a runner runs it (INPUT_* variables, file commands), builds a
// runtime from a local index and sets every output of the build, activates the env for later steps
// and writes the job summary.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels, CACHED_WHEELS]);
});
afterAll(() => index?.close());

maybe('action: build', () => {
  it('builds the runtime, sets the outputs, activates the env and writes a summary', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'swrt-ws-'));
    mkdirSync(join(ws, 'rt'));
    writeFileSync(join(ws, 'rt', 'runtime.yaml'), 'name: action-rt\nenvironment:\n  python: "3.12"\ndependencies:\n  - pip: [alpha==1.0.0]\n');
    const r = await runAction({ entry: 'main', workspace: ws, inputs: { 'runtime-yaml': 'rt/runtime.yaml', 'python-version': '3.11', tags: 'ci' }, env: cliEnv(index.url) });
    expect(r.code).toBe(0);
    const o = r.outputs;
    expect(o.name).toBe('action-rt');
    expect(o.version).toMatch(/^[a-z2-7]{40}$/);
    expect(o.uri).toBe(`local/project/self/runtime/action-rt/version/${o.version}`);
    expect(existsSync(o['bundle-path']!)).toBe(true);
    expect(o['bundle-sha256']).toMatch(/^[0-9a-f]{64}$/);
    expect(o['python-version']).toMatch(/^3\.11\.\d+$/);
    expect(existsSync(o['python-path']!)).toBe(true);
    expect(o['env-path']).toBe(join(ws, 'rt', '.starwhale', 'venv'));
    expect(o['lock-file']).toBe(join(ws, 'rt', '.starwhale', 'lock', 'requirements-sw-lock.txt'));
    expect(o['cache-hit']).toBe('false');
    expect(r.path).toEqual([join(o['env-path']!, 'bin')]);
    expect(r.exportedEnv.VIRTUAL_ENV).toBe(o['env-path']);
    expect(execFileSync(join(r.path[0]!, 'python'), ['-c', 'import alpha; print(alpha.__version__)'], { encoding: 'utf8' }).trim()).toBe('1.0.0');
    expect(r.summary).toContain('Runtime action-rt');
    expect(r.summary).toContain(o.version);
    expect(r.annotations.filter((a) => a.level === 'error')).toEqual([]);
  });
});
