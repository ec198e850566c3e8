import { base32, canonicalJson, contentVersion, randomVersion } from '../../src/plan/version.js';
import type { RuntimeSpec } from '../../src/spec/types.js';

const spec: RuntimeSpec = {
  name: 'rt', mode: 'venv', python: '3.11', cuda: '', cudnn: '', arch: [], os: 'ubuntu:20.04', starwhale_version: '', docker_image: '',
  configs: { docker: { image: '' }, conda: { channels: ['conda-forge'], condarc: {} }, pip: { index_url: '', extra_index_url: [''], trusted_host: [''] } },
  dependencies: [{ kind: 'pip_pkg', deps: ['six==1.16.0'] }],
};
const inputs = [{ path: 'runtime.yaml', sha256: 'a'.repeat(64) }];

describe('versions', () => {
  it('are 40 base32 characters, like swcli', () => {
    expect(contentVersion({ spec, inputs, lock: 'x' })).toMatch(/^[a-z2-7]{40}$/);
    expect(randomVersion()).toMatch(/^[a-z2-7]{40}$/);
    expect(randomVersion()).not.toBe(randomVersion());
    expect(base32(Buffer.from('foobar'))).toBe('mzxw6ytboi');
  });

  it('depend on content only: key order does not matter, every input does', () => {
    const v = contentVersion({ spec, inputs, lock: 'x' });
    const reordered = JSON.parse(canonicalJson(spec)) as RuntimeSpec;
    expect(contentVersion({ spec: reordered, inputs, lock: 'x' })).toBe(v);
    expect(contentVersion({ spec: { ...spec, python: '3.12' }, inputs, lock: 'x' })).not.toBe(v);
    expect(contentVersion({ spec, inputs: [{ path: 'runtime.yaml', sha256: 'b'.repeat(64) }], lock: 'x' })).not.toBe(v);
    expect(contentVersion({ spec, inputs, lock: 'y' })).not.toBe(v);
    expect(contentVersion({ spec, inputs, lock: 'x', extra: { includeEnv: true } })).not.toBe(v);
  });

  it('never look like a server id or alias (all digits, latest, v<digits>)', () => {
    const many = Array.from({ length: 2000 }, (_, i) => contentVersion({ spec, inputs, lock: String(i) }));
    for (const v of many.concat(Array.from({ length: 200 }, randomVersion))) {
      expect(v).toMatch(/^[a-z2-7]{40}$/);
      expect(v).not.toMatch(/^(\d+|v\d+|latest)$/);
    }
    expect(new Set(many).size).toBe(many.length);
  });
});
