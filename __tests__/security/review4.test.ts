// review4: findings against dockerize and the registry client, each an assertion of the refusal.
// The registry here is a small local HTTP server that plays a hostile registry (no real registry
// sends an endless blob on purpose).
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manifestStarwhaleVersion } from '../../src/bundle/manifest.js';
import { stripYamlCredentials } from '../../src/plan/pip-options.js';
import { renderDockerfile } from '../../src/image/dockerfile.js';
import { Registry } from '../../src/image/registry.js';
import { MemoryLog } from '../../src/util/log.js';
import { starwhaleRequirement } from '../../src/env/starwhale.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

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

  it('cuts the whole password when it holds an unescaped @ (pip reads up to the last @)', () => {
    const text = renderDockerfile({ manifest: manifest(), name: 'ours', env: { SW_PYPI_INDEX_URL: 'https://bob:p@ss-w0rd@idx.example.com/simple' } });
    expect(text).not.toMatch(/ss-w0rd|bob/);
    expect(text).toContain('ENV SW_PYPI_INDEX_URL "https://idx.example.com/simple"');
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

/** A registry that answers every blob GET with `body` (or an endless stream). */
async function hostileRegistry(body: Buffer | 'endless'): Promise<{ host: string; server: Server; sent: () => number }> {
  let sent = 0;
  const server = createServer((req, res) => {
    if (!req.url?.includes('/blobs/sha256:')) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/octet-stream' });
    if (body !== 'endless') {
      sent += body.length;
      res.end(body);
      return;
    }
    const chunk = Buffer.alloc(1 << 16, 0x41);
    const pump = () => {
      while (!res.destroyed && sent < 1 << 30) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { host: `127.0.0.1:${(server.address() as AddressInfo).port}`, server, sent: () => sent };
}

describe('registry client: a blob is never more than its descriptor says', () => {
  const small = Buffer.from('sixteen bytes!!\n');
  const digest = `sha256:${createHash('sha256').update(small).digest('hex')}`;

  it('stops reading a base layer at its descriptor size, keeps no partial file', async () => {
    const reg = await hostileRegistry('endless');
    const dir = mkdtempSync(join(tmpdir(), 'swrt-r4-'));
    roots.push(dir);
    try {
      const client = new Registry(reg.host, { log: new MemoryLog(), retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
      await expect(client.fetchBlob('base/tiny', { digest, size: small.length }, join(dir, 'layer'))).rejects.toThrow(/is over 16 bytes/);
      expect(reg.sent()).toBeLessThan(64 << 20);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      reg.server.closeAllConnections();
      reg.server.close();
    }
  }, 60_000);

  it('takes a blob of exactly its descriptor size', async () => {
    const reg = await hostileRegistry(small);
    const dir = mkdtempSync(join(tmpdir(), 'swrt-r4-'));
    roots.push(dir);
    try {
      const client = new Registry(reg.host, { log: new MemoryLog(), retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 } });
      await client.fetchBlob('base/tiny', { digest, size: small.length }, join(dir, 'layer'));
      expect(existsSync(join(dir, 'layer'))).toBe(true);
    } finally {
      reg.server.close();
    }
  });
});

describe('a git+ starwhale_version with a token in it', () => {
  const url = 'git+https://bob:ghp_t0kenInUrl@github.com/star-whale/starwhale.git@v0.6.15';

  it('is recorded in the manifest without the token', () => {
    for (const v of [manifestStarwhaleVersion({ spec: url }), manifestStarwhaleVersion({ override: url })]) {
      expect(v).toBe('git+https://github.com/star-whale/starwhale.git@v0.6.15');
    }
  });

  it("is cut out of the bundle's runtime.yaml copy, the rest byte for byte", () => {
    const yaml = `name: ours\nenvironment:\n  python: "3.11"\n  starwhale_version: ${url} # pinned\n`;
    expect(stripYamlCredentials(yaml)).toBe(yaml.replace('bob:ghp_t0kenInUrl@', ''));
  });
});

describe("a crafted bundle's starwhale_version", () => {
  it('becomes an installer argument only as a version or a network git+ URL', () => {
    expect(starwhaleRequirement('0.6.15')).toBe('starwhale==0.6.15');
    expect(starwhaleRequirement('git+https://github.com/star-whale/starwhale.git@v0.6.15#subdirectory=client')).toMatch(/^git\+https:/);
    expect(starwhaleRequirement('git+ssh://git@github.com/star-whale/starwhale.git')).toMatch(/^git\+ssh:/);
    for (const bad of ['git+file:///etc', 'git+ext::sh -c id', 'git+ext::sh%20-c%20id', 'git+git://example.com/sw.git', '--index-url=http://evil', 'git+https://']) {
      expect(() => starwhaleRequirement(bad)).toThrow(/neither a version nor a git\+ URL/);
    }
  });
});
