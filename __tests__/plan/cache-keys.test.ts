import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import {
  cachePolicy, downloadsCacheKey, envCacheKey, isoWeek, isUnpinned, stripCredentials, toolchainCacheKey, type EnvKeyInput,
} from '../../src/plan/cache-keys.js';

const base: EnvKeyInput = {
  spec: {
    name: 'rt', mode: 'venv', python: '3.11', cuda: '', cudnn: '', arch: [], os: 'ubuntu:20.04', starwhale_version: '', docker_image: '',
    configs: { docker: { image: '' }, conda: { channels: ['conda-forge'], condarc: {} }, pip: { index_url: '', extra_index_url: [''], trusted_host: [''] } },
    dependencies: [{ kind: 'pip_req_file', deps: 'requirements.txt' }],
  },
  inputs: [{ path: 'requirements.txt', sha256: '1'.repeat(64) }],
  requirementTexts: ['six==1.16.0\n'],
  installer: 'uv',
  installerVersion: '0.13.9',
  indexUrls: ['https://pypi.org/simple'],
  python: { version: '3.11.7', path: '/py/bin/python3' },
  envPath: '/w/.starwhale/venv',
  runCommands: false,
  host: { osId: 'ubuntu', osVersion: '22.04', arch: 'x64' },
  now: new Date('2026-11-22T12:00:00Z'),
};

describe('env cache key', () => {
  it('has the documented shape, URI-safe and bounded', () => {
    const { key, note } = envCacheKey(base);
    expect(key).toMatch(/^swrt-env-v1-ubuntu-22.04-x64-py3.11.7-[0-9a-f]{32}$/);
    expect(note).toBeUndefined();
    const long = envCacheKey({ ...base, suffix: 'x,y '.repeat(300), cuda: { label: '12.4.1', components: ['nvcc'] } }).key;
    expect(long.length).toBeLessThanOrEqual(512);
    expect(long).toMatch(/^[A-Za-z0-9._-]+$/);
    expect(long).toContain('-cu12.4.1-');
  });

  it('is stable for the same inputs and changes with each of them', () => {
    const k = envCacheKey(base).key;
    expect(envCacheKey({ ...base }).key).toBe(k);
    const variants: Partial<EnvKeyInput>[] = [
      { inputs: [{ path: 'requirements.txt', sha256: '2'.repeat(64) }] },
      { python: { version: '3.11.8', path: '/py/bin/python3' } },
      { installerVersion: '0.13.8' },
      { installer: 'pip' },
      { envPath: '/other/venv' },
      { indexUrls: ['https://mirror/simple'] },
      { cuda: { label: '12.4.1', components: ['nvcc', 'cudart'] } },
      { runCommands: true },
      { requirementVars: { TORCH_VERSION: 'aaaa' } },
    ];
    for (const v of variants) expect(envCacheKey({ ...base, ...v }).key).not.toBe(k);
    expect(envCacheKey({ ...base, requirementVars: {} }).key).toBe(k);
    expect(envCacheKey({ ...base, requirementVars: { TORCH_VERSION: 'aaaa' } }).key).not.toBe(envCacheKey({ ...base, requirementVars: { TORCH_VERSION: 'bbbb' } }).key);
    expect(envCacheKey({ ...base, cuda: { label: '12.4.1', components: ['cudart', 'nvcc'] } }).key).toBe(envCacheKey({ ...base, cuda: { label: '12.4.1', components: ['nvcc', 'cudart'] } }).key);
  });

  it('adds an ISO-week bucket and says why when a requirement is unpinned', () => {
    const r = envCacheKey({ ...base, requirementTexts: ['six\nnumpy==2.1.3\n'] });
    expect(r.key.endsWith('-2026w47')).toBe(true);
    expect(r.note).toContain('six');
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toBe('2026w53');
  });

  it.each([
    ['six', true],
    ['six>=1.0', true],
    ['six==1.*', true],
    ['six==1.16.0', false],
    ['six===1.16.0', false],
    ['six==1.16.0; python_version < "3.12"', false],
    ['pkg @ https://host/pkg-1.0.tar.gz', false],
    ['-r other.txt', false],
    ['# comment', false],
  ])('%s unpinned: %s', (req, expected) => {
    expect(isUnpinned(req)).toBe(expected);
  });
});

describe('keys of the other layers', () => {
  const host = { osId: 'ubuntu', osVersion: '22.04', arch: 'x64' };
  const dl = { host, python: { version: '3.11.7' }, installer: 'uv', installerVersion: '0.13.9', inputs: base.inputs, indexUrls: ['https://u:secret@idx/simple'] };

  it('strips index credentials so they never reach a key', () => {
    expect(stripCredentials('https://u:secret@idx/simple')).toBe('https://idx/simple');
    expect(stripCredentials('https://idx/simple')).toBe('https://idx/simple');
    expect(downloadsCacheKey(dl).key).toBe(downloadsCacheKey({ ...dl, indexUrls: ['https://idx/simple'] }).key);
    expect(envCacheKey({ ...base, indexUrls: ['https://a:b@pypi.org/simple'] }).key).toBe(envCacheKey({ ...base, indexUrls: ['https://pypi.org/simple'] }).key);
  });

  it('downloads falls back to the same os/arch/python by restore-key', () => {
    const k = downloadsCacheKey(dl);
    expect(k.key).toMatch(/^swrt-downloads-v1-ubuntu-22.04-x64-py3.11.7-uv0.13.9-[0-9a-f]{32}$/);
    expect(k.restoreKeys).toEqual(['swrt-downloads-v1-ubuntu-22.04-x64-py3.11.7-uv0.13.9-', 'swrt-downloads-v1-ubuntu-22.04-x64-py3.11.7-']);
    for (const r of k.restoreKeys) expect(k.key.startsWith(r)).toBe(true);
    const changed = downloadsCacheKey({ ...dl, inputs: [{ path: 'requirements.txt', sha256: '9'.repeat(64) }] });
    expect(changed.key).not.toBe(k.key);
    expect(changed.restoreKeys).toEqual(k.restoreKeys);
    expect(downloadsCacheKey({ ...dl, python: { version: '3.11.8' } }).restoreKeys[1]).not.toBe(k.restoreKeys[1]);
  });

  it('toolchain changes with the CUDA component set, cuDNN, python build and root', () => {
    const t = { host, python: { version: '3.11.7', source: 'pbs-20241016' }, cuda: { label: '12.4.1', components: ['nvcc', 'cudart'] }, root: '/opt/hostedtoolcache' };
    const k = toolchainCacheKey(t).key;
    expect(k).toMatch(/^swrt-toolchain-v1-ubuntu-22.04-x64-py3.11.7-cu12.4.1-[0-9a-f]{32}$/);
    expect(toolchainCacheKey({ ...t, cuda: { label: '12.4.1', components: ['cudart', 'nvcc'] } }).key).toBe(k);
    for (const v of [
      { cuda: { label: '12.4.1', components: ['nvcc'] } },
      { cuda: { ...t.cuda, cudnn: '9.1.0' } },
      { python: { version: '3.11.7', source: '/usr/bin/python3' } },
      { root: '/other' },
    ]) expect(toolchainCacheKey({ ...t, ...v }).key).not.toBe(k);
  });

  it('is the same in another process (no dependence on process state)', async () => {
    const code = `import { envCacheKey } from './src/plan/cache-keys.ts'; process.stdout.write(envCacheKey(${JSON.stringify(base)}).key);`;
    const fixed = code.replace(/"now":"([^"]+)"/, '"now":new Date("$1")');
    const { stdout } = await promisify(execFile)('npx', ['tsx', '--eval', fixed.replace('"now":new', '"now": new')], { cwd: process.cwd() });
    expect(stdout.trim()).toBe(envCacheKey(base).key);
  }, 30000);
});

describe('cachePolicy', () => {
  it.each([
    ['push', 'refs/heads/main', 'auto', true],
    ['pull_request', 'refs/pull/1/merge', 'auto', true],
    ['release', 'refs/tags/v1', 'auto', false],
    ['push', 'refs/tags/v1.0', 'auto', false],
    ['pull_request_target', 'refs/heads/main', 'auto', false],
    ['workflow_run', 'refs/heads/main', 'auto', false],
    ['release', 'refs/tags/v1', 'true', true],
    ['push', 'refs/heads/main', 'false', false],
  ] as const)('%s %s cache:%s -> saves: %s', (event, ref, mode, write) => {
    const p = cachePolicy(event, ref, mode);
    expect(p.write).toBe(write);
    expect(p.enabled).toBe(mode !== 'false');
    expect(p.reason).toBeTruthy();
  });
});
