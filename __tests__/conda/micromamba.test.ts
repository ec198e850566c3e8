// Provisioning the conda tool: the pinned micromamba downloaded from a base URL, sha256-checked and
// kept in the tool cache; or a conda/micromamba already on the runner. The "binaries" here are shell
// scripts answering --version (this tests download, verification and selection, not micromamba).
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureMicromamba,
  MICROMAMBA_BASE,
  MICROMAMBA_PINNED,
  MICROMAMBA_SHA256,
  micromambaUrl,
  probeCondaTool,
  resolveCondaTool,
  type CondaToolContext,
} from '../../src/conda/micromamba.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';

const STUB = (version: string) => Buffer.from(`#!/bin/sh\necho ${version}\n`);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const tmp = () => mkdtempSync(join(tmpdir(), 'swrt-mm-'));

function fakeFetch(files: Record<string, Buffer | string>): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const f = (async (input: string | URL | Request) => {
    const url = String(input);
    calls.push(url);
    const body = files[url];
    if (body === undefined) return new Response('not found', { status: 404 });
    return new Response(typeof body === 'string' ? body : new Uint8Array(body), { status: 200 });
  }) as typeof fetch;
  return { fetch: f, calls };
}

function stubTool(dir: string, name: string, output: string): string {
  mkdirSync(dir, { recursive: true });
  const f = join(dir, name);
  writeFileSync(f, `#!/bin/sh\nprintf '%s\\n' ${output.split('\n').map((l) => `'${l}'`).join(' ')}\n`);
  chmodSync(f, 0o755);
  return f;
}

const version = MICROMAMBA_PINNED.replace(/-\d+$/, '');

describe('ensureMicromamba', () => {
  it('downloads from a mirror with SWRT_MICROMAMBA_SHA256, installs into the tool cache, then reuses it', async () => {
    const cache = tmp();
    const bin = STUB(version);
    const mirror = 'http://127.0.0.1:9/mm';
    const { fetch, calls } = fakeFetch({ [`${mirror}/${MICROMAMBA_PINNED}/micromamba-linux-64`]: bin });
    const ctx: CondaToolContext = { log: new MemoryLog(), toolCacheDir: cache, arch: 'x86_64', fetch, retryDelayMs: 0, env: { SWRT_MICROMAMBA_URL: `${mirror}/`, SWRT_MICROMAMBA_SHA256: sha(bin).toUpperCase() } };
    const got = await ensureMicromamba(ctx);
    expect(got).toEqual({ path: join(cache, 'micromamba', MICROMAMBA_PINNED, 'x64', 'bin', 'micromamba'), flavor: 'micromamba', version, source: 'downloaded', sha256: sha(bin) });
    expect(existsSync(join(cache, 'micromamba', MICROMAMBA_PINNED, 'x64.complete'))).toBe(true);
    const again = await ensureMicromamba(ctx);
    expect(again.source).toBe('tool-cache');
    expect(again.sha256).toBe(sha(bin));
    expect(calls).toHaveLength(1);
  });

  it('the conda-mirror input beats SWRT_MICROMAMBA_URL; a mirror without a digest is refused before any download', async () => {
    const { fetch, calls } = fakeFetch({});
    // linux-aarch64 has no pinned digest (linux-64 has one, which a mirror's download must match).
    const ctx: CondaToolContext = { log: new MemoryLog(), toolCacheDir: tmp(), arch: 'aarch64', fetch, mirror: 'https://mirror.example/mm', env: { SWRT_MICROMAMBA_URL: 'https://other.example' } };
    await expect(ensureMicromamba(ctx)).rejects.toThrow(/no pinned sha256 .* from a mirror \(https:\/\/mirror\.example\/mm\)/);
    await expect(ensureMicromamba(ctx)).rejects.toThrow(UserError);
    expect(calls).toEqual([]);
  });

  it('from the default base without a pin, checks against the release .sha256 asset, with a warning', async () => {
    const bin = STUB(version);
    const url = micromambaUrl(MICROMAMBA_BASE, MICROMAMBA_PINNED, 'linux-aarch64');
    expect(url).toBe(`https://github.com/mamba-org/micromamba-releases/releases/download/${MICROMAMBA_PINNED}/micromamba-linux-aarch64`);
    const { fetch, calls } = fakeFetch({ [url]: bin, [`${url}.sha256`]: `${sha(bin)}\n` });
    const log = new MemoryLog();
    const cache = tmp();
    const got = await ensureMicromamba({ log, toolCacheDir: cache, arch: 'aarch64', fetch, retryDelayMs: 0, env: {} });
    expect(got.path).toBe(join(cache, 'micromamba', MICROMAMBA_PINNED, 'arm64', 'bin', 'micromamba'));
    expect(calls).toEqual([`${url}.sha256`, url]);
    expect(log.text('warn')).toMatch(/no pinned sha256/);
  });

  it('linux-64 from the default base is checked against the pinned digest: no .sha256 fetched, other bytes refused', async () => {
    expect(MICROMAMBA_SHA256[MICROMAMBA_PINNED]?.['linux-64']).toMatch(/^[0-9a-f]{64}$/);
    const url = micromambaUrl(MICROMAMBA_BASE, MICROMAMBA_PINNED, 'linux-64');
    const { fetch, calls } = fakeFetch({ [url]: STUB(version), [`${url}.sha256`]: `${sha(STUB(version))}\n` });
    const cache = tmp();
    await expect(ensureMicromamba({ log: new MemoryLog(), toolCacheDir: cache, arch: 'x86_64', fetch, retryDelayMs: 0, env: {} })).rejects.toThrow(/sha256 mismatch/);
    expect(calls.filter((c) => c.endsWith('.sha256'))).toEqual([]);
    expect(existsSync(join(cache, 'micromamba', MICROMAMBA_PINNED, 'x64'))).toBe(false);
  });

  it('refuses a binary whose sha256 differs, and one that is not the pinned micromamba; caches neither', async () => {
    const cache = tmp();
    const mirror = 'http://127.0.0.1:9/mm';
    const url = `${mirror}/${MICROMAMBA_PINNED}/micromamba-linux-64`;
    const good = STUB(version);
    const { fetch } = fakeFetch({ [url]: Buffer.from('tampered') });
    const env = { SWRT_MICROMAMBA_URL: mirror, SWRT_MICROMAMBA_SHA256: sha(good) };
    await expect(ensureMicromamba({ log: new MemoryLog(), toolCacheDir: cache, arch: 'x86_64', fetch, retryDelayMs: 0, env })).rejects.toThrow(/sha256 mismatch/);
    const wrong = STUB('1.5.10');
    const f2 = fakeFetch({ [url]: wrong });
    await expect(
      ensureMicromamba({ log: new MemoryLog(), toolCacheDir: cache, arch: 'x86_64', fetch: f2.fetch, retryDelayMs: 0, env: { ...env, SWRT_MICROMAMBA_SHA256: sha(wrong) } }),
    ).rejects.toThrow(/reports micromamba 1\.5\.10/);
    expect(existsSync(join(cache, 'micromamba', MICROMAMBA_PINNED, 'x64'))).toBe(false);
    await expect(ensureMicromamba({ log: new MemoryLog(), toolCacheDir: cache, env: { SWRT_MICROMAMBA_SHA256: 'abc' } })).rejects.toThrow(/not a sha256/);
    await expect(ensureMicromamba({ log: new MemoryLog(), toolCacheDir: cache, version: 'latest' })).rejects.toThrow(/not a release tag/);
  });
});

describe('finding a tool on the runner', () => {
  it('reads conda, mamba 1.x and micromamba --version output', async () => {
    const d = tmp();
    const log = new MemoryLog();
    expect(await probeCondaTool(stubTool(d, 'conda', 'conda 24.9.2'), log)).toEqual({ flavor: 'conda', version: '24.9.2' });
    expect(await probeCondaTool(stubTool(d, 'mamba', 'mamba 1.5.8\nconda 23.11.0'), log)).toEqual({ flavor: 'conda', version: '1.5.8' });
    expect(await probeCondaTool(stubTool(d, 'micromamba', '2.0.5'), log)).toEqual({ flavor: 'micromamba', version: '2.0.5' });
    expect(await probeCondaTool(stubTool(d, 'other', 'hello'), log)).toBeUndefined();
    expect(await probeCondaTool(join(d, 'missing'), log)).toBeUndefined();
  });

  it('conda-tool: conda uses $CONDA/bin/conda, and fails with a hint when there is none', async () => {
    const root = tmp();
    const exe = stubTool(join(root, 'bin'), 'conda', 'conda 24.9.2');
    const got = await resolveCondaTool('conda', { log: new MemoryLog(), env: { CONDA: root, PATH: '/nonexistent' } });
    expect(got).toMatchObject({ path: exe, flavor: 'conda', version: '24.9.2', source: 'runner' });
    expect(got.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(resolveCondaTool('conda', { log: new MemoryLog(), env: { PATH: '/nonexistent' } })).rejects.toThrow(/no conda was found/);
  });

  it('conda-tool: micromamba takes the one on PATH whatever its version; auto takes it only at the pinned version', async () => {
    const d = tmp();
    stubTool(d, 'micromamba', '1.5.10');
    const got = await resolveCondaTool('micromamba', { log: new MemoryLog(), env: { PATH: d } });
    expect(got).toMatchObject({ path: join(d, 'micromamba'), version: '1.5.10', source: 'path' });
    const bin = STUB(version);
    const { fetch, calls } = fakeFetch({ [`http://m/${MICROMAMBA_PINNED}/micromamba-linux-64`]: bin });
    const auto = await resolveCondaTool('auto', { log: new MemoryLog(), toolCacheDir: tmp(), arch: 'x86_64', fetch, retryDelayMs: 0, mirror: 'http://m', env: { PATH: d, SWRT_MICROMAMBA_SHA256: sha(bin) } });
    expect(auto.source).toBe('downloaded');
    expect(calls).toHaveLength(1);
    const d2 = tmp();
    stubTool(d2, 'micromamba', version);
    expect((await resolveCondaTool('auto', { log: new MemoryLog(), env: { PATH: d2 } })).source).toBe('path');
  });
});
