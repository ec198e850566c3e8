// Input digests: every referenced file (directories expanded) plus runtime.yaml, sorted, and
// versions that never look like a server id or alias.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { digestInputs } from '../../src/spec/digests.js';
import { contentVersion } from '../../src/plan/version.js';
import type { LoadedSpec, RuntimeSpec } from '../../src/spec/types.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function loaded(files: Record<string, string>, dependencies: RuntimeSpec['dependencies']): LoadedSpec {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-digest-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  const spec = {
    name: 'rt', mode: 'venv', python: '3.11', cuda: '', cudnn: '', arch: [], os: 'ubuntu:20.04', starwhale_version: '', docker_image: '',
    configs: { docker: { image: '' }, conda: { channels: ['conda-forge'], condarc: {} }, pip: { index_url: '', extra_index_url: [''], trusted_host: [''] } },
    dependencies,
  } as RuntimeSpec;
  return { spec, file: join(dir, 'runtime.yaml'), dir, raw: Buffer.from('name: rt\n'), warnings: [], diagnostics: [], pythonRequest: '' };
}

describe('input digests', () => {
  const files = { 'requirements.txt': 'six\n', 'w/x-1-py3-none-any.whl': 'wheel', 'data/z.txt': 'z', 'data/sub/a.txt': 'a', 'env.yaml': 'name: e\n' };
  const deps: RuntimeSpec['dependencies'] = [
    { kind: 'pip_req_file', deps: 'requirements.txt' },
    { kind: 'conda_env_file', deps: 'env.yaml' },
    { kind: 'wheel', deps: ['w/x-1-py3-none-any.whl'] },
    { kind: 'native_file', deps: [{ src: 'data', dest: 'd' }, { src: './requirements.txt', dest: 'r' }] },
    { kind: 'pip_pkg', deps: ['numpy'] },
  ];

  it('hashes runtime.yaml and every referenced file, directories recursively, sorted, once each', async () => {
    const d = await digestInputs(loaded(files, deps));
    expect(d).toEqual([
      { path: 'data/sub/a.txt', sha256: sha('a') },
      { path: 'data/z.txt', sha256: sha('z') },
      { path: 'env.yaml', sha256: sha('name: e\n') },
      { path: 'requirements.txt', sha256: sha('six\n') },
      { path: 'runtime.yaml', sha256: sha('name: rt\n') },
      { path: 'w/x-1-py3-none-any.whl', sha256: sha('wheel') },
    ]);
  });

  it('changes the version when any referenced byte changes, and only then', async () => {
    const spec = loaded(files, deps).spec as RuntimeSpec;
    const version = async (f: Record<string, string>) => contentVersion({ spec, inputs: await digestInputs(loaded(f, deps)), lock: '' });
    const base = await version(files);
    expect(await version({ ...files })).toBe(base);
    expect(await version({ ...files, 'data/sub/a.txt': 'A' })).not.toBe(base);
    expect(await version({ ...files, 'w/x-1-py3-none-any.whl': 'other' })).not.toBe(base);
    expect(await version({ ...files, 'unreferenced.txt': 'x' })).toBe(base);
  });
});
