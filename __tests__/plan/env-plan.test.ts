// The env plan is pure: keys come from the facts handed in (no file read, no interpreter run), and
// each fact moves exactly the keys it should.
import { planBuild } from '../../src/plan/build-plan.js';
import { planEnv, type EnvFacts, type InputFacts } from '../../src/plan/env-plan.js';
import type { PipOptions } from '../../src/plan/pip-options.js';
import type { RuntimeSpec } from '../../src/spec/types.js';
import { runtimeSpec } from './runtime-spec.js';

const spec = runtimeSpec({ dependencies: [{ kind: 'pip_req_file', deps: 'requirements.txt' }] as RuntimeSpec['dependencies'] });
const pip = (indexUrl = 'https://user:s3cret@pypi.example/simple'): PipOptions => ({ indexUrl, extraIndexUrls: [], trustedHosts: [], timeout: 15, retries: 5 });
const files = (over: Partial<InputFacts> = {}): InputFacts => ({
  inputs: [{ path: 'runtime.yaml', sha256: 'a'.repeat(64) }, { path: 'requirements.txt', sha256: 'b'.repeat(64) }],
  requirementFiles: [{ path: 'requirements.txt', text: 'numpy==1.26.4\n' }],
  requirementVars: {},
  ...over,
});
const facts = (over: Partial<EnvFacts> = {}): EnvFacts => ({
  python: { version: '3.11.7', path: '/py/3.11.7/bin/python3' },
  installer: 'uv',
  installerVersion: '0.5.0',
  host: { osId: 'debian', osVersion: '12', arch: 'x64' },
  ...over,
});
const plan = (opts: Parameters<typeof planBuild>[1] = {}) => planBuild({ dir: '/w/rt', spec, pythonRequest: '3.11' }, opts);
const NOW = new Date('2026-12-02T00:00:00Z');
const keys = (p = plan(), f = files(), e = facts(), index?: string) => {
  const r = planEnv(p, spec, pip(index), f, e, NOW);
  return { env: r.envKey.key, dl: r.downloadsKey.key };
};

describe('planEnv', () => {
  it('gives the same frozen plan for the same facts, with index credentials stripped', () => {
    const a = planEnv(plan(), spec, pip(), files(), facts(), NOW);
    expect(planEnv(plan(), spec, pip(), files(), facts(), NOW)).toEqual(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(a.indexUrls.join(' ')).not.toContain('s3cret');
    expect(a.envKey.key).toMatch(/^swrt-env-v1-debian-12-x64-py3.11.7-[0-9a-f]{32}$/);
    // Another password for the same index is the same env.
    expect(keys(undefined, undefined, undefined, 'https://user:other@pypi.example/simple')).toEqual(keys());
  });

  it('moves both keys when an input file changes, and only the env key for what the env alone depends on', () => {
    const base = keys();
    const edited = keys(undefined, files({ inputs: [{ path: 'runtime.yaml', sha256: 'a'.repeat(64) }, { path: 'requirements.txt', sha256: 'c'.repeat(64) }] }));
    expect(edited.env).not.toBe(base.env);
    expect(edited.dl).not.toBe(base.dl);
    for (const other of [
      keys(plan({ runCommands: true })),
      keys(plan({ envDir: '/elsewhere' })),
      keys(undefined, files({ requirementVars: { TOKEN: 'd'.repeat(64) } })),
      keys(undefined, undefined, facts({ cuda: { label: '12.4.1', components: ['cuda_nvcc'] } })),
      keys(undefined, undefined, facts({ moreIndexUrls: ['https://conda.example/channel'] })),
      keys(undefined, undefined, facts({ python: { version: '3.11.7', path: '/other/python3' } })),
    ]) {
      expect(other.env).not.toBe(base.env);
      expect(other.dl).toBe(base.dl);
    }
    // The installer moves both.
    const pip2 = keys(undefined, undefined, facts({ installer: 'pip', installerVersion: '24.0' }));
    expect(pip2.env).not.toBe(base.env);
    expect(pip2.dl).not.toBe(base.dl);
  });

  it('puts the week into the env key of unpinned requirements, with a note saying why', () => {
    const r = planEnv(plan(), spec, pip(), files({ requirementFiles: [{ path: 'requirements.txt', text: 'numpy\n' }] }), facts(), NOW);
    expect(r.envKey.key).toMatch(/-2026w49$/);
    expect(r.envKey.note).toMatch(/unpinned requirements \(numpy\)/);
    expect(planEnv(plan(), spec, pip(), files(), facts(), NOW).envKey.note).toBeUndefined();
  });

  it('ends both keys with the cache suffix of a matrix leg', () => {
    const r = planEnv(plan({ cacheSuffix: 'Leg A' }), spec, pip(), files(), facts(), NOW);
    expect(r.envKey.key).toMatch(/-leg_a$/);
    expect(r.downloadsKey.key).toMatch(/leg_a/);
  });
});
