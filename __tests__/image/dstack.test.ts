// The .dstack.yml swrt export dstack writes: dstack's own rules (a pinned image and no `python:`
// beside it, run names of ^[a-z][a-z0-9-]{1,40}$, a task has commands) and the runtime's env.
import { parse } from 'yaml';
import { dstackConfig, dstackName } from '../../src/image/dstack.js';

const IMAGE = `ghcr.io/org/rt:v1@sha256:${'a'.repeat(64)}`;

describe('dstackConfig', () => {
  it('a dev environment on the pinned image, with the env active', () => {
    const doc = parse(dstackConfig({ type: 'dev-environment', image: IMAGE, runtimeName: 'My_Runtime', runtimeVersion: 'v'.repeat(40), ide: 'vscode' })) as Record<string, unknown>;
    expect(doc).toEqual({
      type: 'dev-environment',
      name: 'my-runtime',
      image: IMAGE,
      env: ['VIRTUAL_ENV=/opt/starwhale.user/runtime/export/venv', 'SW_USER_RUNTIME_NAME=My_Runtime', `SW_USER_RUNTIME_VERSION=${'v'.repeat(40)}`],
      working_dir: '/opt/starwhale.user/runtime',
      ide: 'vscode',
      init: ['. /opt/starwhale.user/runtime/export/venv/bin/activate'],
    });
    expect(doc).not.toHaveProperty('python');
  });

  it('a task runs its commands after activating the env', () => {
    const doc = parse(dstackConfig({ type: 'task', image: IMAGE, runtimeName: 'rt', runtimeVersion: 'x1', commands: ['python train.py'] })) as { commands: string[] };
    expect(doc.commands).toEqual(['. /opt/starwhale.user/runtime/export/venv/bin/activate', 'python train.py']);
  });

  it('refuses an unpinned image, a task without commands, a bad reference', () => {
    expect(() => dstackConfig({ type: 'dev-environment', image: 'ghcr.io/org/rt:v1', runtimeName: 'rt', runtimeVersion: 'x1' })).toThrow(/not pinned by digest/);
    expect(() => dstackConfig({ type: 'task', image: IMAGE, runtimeName: 'rt', runtimeVersion: 'x1' })).toThrow(/needs a command/);
    expect(() => dstackConfig({ type: 'task', image: `ghcr.io/../x@sha256:${'a'.repeat(64)}`, runtimeName: 'rt', runtimeVersion: 'x1', commands: ['x'] })).toThrow(/invalid image reference/);
  });

  it.each([
    ['helloworld', 'helloworld'],
    ['_x', 'rt-x'],
    ['9lives', 'lives'],
    ['a'.repeat(80), 'a'.repeat(41)],
  ])('names %s as %s', (from, to) => {
    expect(dstackName(from)).toBe(to);
    expect(dstackName(from)).toMatch(/^[a-z][a-z0-9-]{1,40}$/);
  });
});
