// The action, run as a runner runs it, turns runtime.yaml problems into annotations on the file
// and line and fails the step with a one-line summary.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';

function workspace(yaml: string): string {
  const ws = mkdtempSync(join(tmpdir(), 'swrt-ws-'));
  mkdirSync(join(ws, 'rt'));
  writeFileSync(join(ws, 'rt', 'runtime.yaml'), yaml);
  return ws;
}

describe('action: runtime.yaml problems', () => {
  it('annotates each error on its file, line and column and fails once', async () => {
    const ws = workspace('name: bad\nmode: docker\nenvironment:\n  python: 3.10\n  os: centos\n');
    const r = await runAction({ entry: 'main', workspace: ws, inputs: { 'runtime-yaml': 'rt/runtime.yaml' } });
    expect(r.code).toBe(1);
    const notes = r.annotations.map((a) => [a.level, a.props.file, a.props.line, a.props.col, a.message]);
    expect(notes).toEqual([
      ['error', 'rt/runtime.yaml', '2', '7', 'mode: "docker" is not allowed (hint: allowed: venv, conda)'],
      ['warning', 'rt/runtime.yaml', '4', '11', 'python 3.10 is a YAML number (3.1); read as "3.10" from the source (hint: quote it: python: "3.10" (swcli would read 3.1))'],
      ['error', 'rt/runtime.yaml', '5', '7', 'os "centos" is not supported (hint: supported: ubuntu:20.04, ubuntu:22.04, ubuntu:24.04)'],
      ['error', undefined, undefined, undefined, '2 problem(s) in rt/runtime.yaml'],
    ]);
  });

  it('fails with a clear message when an input is invalid, before reading anything', async () => {
    const ws = workspace('name: fine\n');
    const r = await runAction({ entry: 'main', workspace: ws, inputs: { 'runtime-yaml': 'rt/runtime.yaml', installer: 'poetry' } });
    expect(r.code).toBe(1);
    expect(r.annotations.map((a) => a.message)).toContain('input installer: "poetry" is not one of auto, uv, pip');
  });
});
