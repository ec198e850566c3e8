import { indexCredentials, pipArgs, resolvePipOptions, stripCredentials, uvArgs } from '../../src/plan/pip-options.js';

const cfg = { index_url: 'https://mirror/simple', extra_index_url: ['https://extra/simple'], trusted_host: ['mirror'] };

describe("Starwhale's index precedence", () => {
  it('uses runtime.yaml configs when no SW_PYPI_* is set, dropping the [""] quirk', () => {
    expect(resolvePipOptions({ index_url: '', extra_index_url: [''], trusted_host: [''] }, {})).toEqual({ indexUrl: '', extraIndexUrls: [], trustedHosts: [], timeout: 90, retries: 10 });
    expect(resolvePipOptions(cfg, {})).toEqual({ indexUrl: 'https://mirror/simple', extraIndexUrls: ['https://extra/simple'], trustedHosts: ['mirror'], timeout: 90, retries: 10 });
  });

  it('lets SW_PYPI_INDEX_URL win and moves the config index to the extras, env extras first', () => {
    const o = resolvePipOptions(cfg, { SW_PYPI_INDEX_URL: 'http://ci/simple', SW_PYPI_EXTRA_INDEX_URL: 'http://e1/simple http://e2/simple', SW_PYPI_TRUSTED_HOST: 'ci', SW_PYPI_TIMEOUT: '5', SW_PYPI_RETRIES: '2' });
    expect(o).toEqual({
      indexUrl: 'http://ci/simple',
      extraIndexUrls: ['http://e1/simple', 'http://e2/simple', 'https://extra/simple', 'https://mirror/simple'],
      trustedHosts: ['ci', 'mirror'],
      timeout: 5,
      retries: 2,
    });
  });

  it('renders pip and uv arguments; uv gets best-match semantics only with extra indexes', () => {
    const o = resolvePipOptions(cfg, {});
    expect(pipArgs(o)).toEqual(['--timeout', '90', '--retries', '10', '--index-url', 'https://mirror/simple', '--extra-index-url', 'https://extra/simple', '--trusted-host', 'mirror']);
    expect(uvArgs(o)).toContain('unsafe-best-match');
    expect(uvArgs({ ...o, extraIndexUrls: [] })).not.toContain('--index-strategy');
  });

  it('finds credentials to mask and strips them from URLs', () => {
    const o = resolvePipOptions({ index_url: 'https://user:s3cr%40t@host/simple', extra_index_url: ['https://token@other/simple'], trusted_host: [] }, {});
    expect(indexCredentials(o)).toEqual(['s3cr@t', 's3cr%40t', 'token', 'token']);
    expect(stripCredentials(o.indexUrl)).toBe('https://host/simple');
  });
});
