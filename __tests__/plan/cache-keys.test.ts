import { envCacheKey, isoWeek, isUnpinned, type EnvKeyInput } from '../../src/plan/cache-keys.js';

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
    ];
    for (const v of variants) expect(envCacheKey({ ...base, ...v }).key).not.toBe(k);
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
