// review4: findings against dockerize and the registry client, each an assertion of the refusal.
// The registry here is a small local HTTP server that plays a hostile registry (no real registry
// sends an endless blob on purpose).
import { renderDockerfile } from '../../src/image/dockerfile.js';

const manifest = (over: Record<string, unknown> = {}) => ({
  name: 'ours',
  version: 'abcdeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  environment: { mode: 'venv', python: '3.11', lock: { starwhale_version: '0.6.15' } },
  configs: { pip: { index_url: '', extra_index_url: [], trusted_host: [] } },
  dependencies: {},
  docker: { builtin_run_image: { name: 'starwhale', tag: 'latest-cuda11.7' } },
  ...over,
});

describe('swrt dockerize: what the Dockerfile (and so the image config) carries', () => {
  it('writes index URLs from SW_PYPI_* without the credentials in them', () => {
    const env = { SW_PYPI_INDEX_URL: 'https://bob:s3cr3t-pw@idx.example.com/simple', SW_PYPI_EXTRA_INDEX_URL: 'https://tok3n@extra.example.com/simple https://plain.example.com/simple' };
    const text = renderDockerfile({ manifest: manifest(), name: 'ours', env });
    expect(text).not.toMatch(/s3cr3t-pw|tok3n|bob/);
    expect(text).toContain('ENV SW_PYPI_INDEX_URL "https://idx.example.com/simple"');
    expect(text).toContain('ENV SW_PYPI_EXTRA_INDEX_URL "https://extra.example.com/simple https://plain.example.com/simple"');
  });

  it("writes a crafted manifest's index URLs without credentials too", () => {
    const m = manifest({ configs: { pip: { index_url: 'https://al:pw-in-bundle@idx.example.com/simple', extra_index_url: ['https://x:y2@e.example.com/s'], trusted_host: [] } } });
    const text = renderDockerfile({ manifest: m, name: 'ours', env: {} });
    expect(text).not.toMatch(/pw-in-bundle|x:y2/);
  });

  it.each([
    ['environment.python', manifest({ environment: { mode: 'venv', python: '3.11 LD_PRELOAD=/tmp/evil.so', lock: { starwhale_version: '0.6.15' } } })],
    ['environment.lock.starwhale_version', manifest({ environment: { mode: 'venv', python: '3.11', lock: { starwhale_version: '0.6.15 PATH=/tmp/evil' } } })],
    ['version', manifest({ version: 'abc PATH=/tmp/evil' })],
    ['a quote in an index URL', manifest({ configs: { pip: { index_url: 'https://idx.example.com/simple" PATH="/tmp/evil', extra_index_url: [], trusted_host: [] } } })],
  ])('refuses a manifest value that would set more image variables (%s)', (_what, m) => {
    expect(() => renderDockerfile({ manifest: m, name: 'ours', env: {} })).toThrow(/refusing to render a Dockerfile/);
  });
});
