// An image layer is a tar in gzip members: the same entries give the same bytes every time, the
// members decompress (gzip, as registry clients do) to the tar whose sha256 is the diffId, and the
// tar holds the files with zeroed times and owners.
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TarEntry } from '../../src/archive/tar.js';
import { writeLayer } from '../../src/image/layer.js';

function entries(dir: string): TarEntry[] {
  const st = (n: string) => statSync(join(dir, n));
  return [
    { path: 'opt/x', type: 'dir', mode: 0o755 },
    { path: 'opt/x/big.bin', type: 'file', mode: 0o644, source: join(dir, 'big.bin'), size: st('big.bin').size, expect: { dev: st('big.bin').dev, ino: st('big.bin').ino } },
    { path: 'opt/x/run.sh', type: 'file', mode: 0o755, data: Buffer.from('#!/bin/sh\necho hi\n') },
    { path: 'opt/x/link', type: 'symlink', mode: 0o777, linkname: 'run.sh' },
  ];
}

describe('writeLayer', () => {
  it('writes the same blob twice, in several gzip members that decompress to the diffId tar', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-layer-src-'));
    // Past one 1 MiB member, half incompressible.
    writeFileSync(join(dir, 'big.bin'), Buffer.concat([randomBytes(1_500_000), Buffer.alloc(1_500_000, 7)]));
    const a = await writeLayer(entries(dir), join(mkdtempSync(join(tmpdir(), 'swrt-layer-')), 'blobs'));
    const b = await writeLayer(entries(dir), join(mkdtempSync(join(tmpdir(), 'swrt-layer-')), 'blobs'));
    expect(b).toMatchObject({ digest: a.digest, diffId: a.diffId, size: a.size });
    const gz = readFileSync(a.path);
    expect(`sha256:${createHash('sha256').update(gz).digest('hex')}`).toBe(a.digest);
    expect(gz.length).toBe(a.size);
    // More than one member: the gzip magic appears again after the first.
    expect(gz.indexOf(Buffer.from([0x1f, 0x8b, 0x08]), 10)).toBeGreaterThan(0);
    const tar = execFileSync('gzip', ['-dc', a.path], { maxBuffer: 1 << 26 });
    expect(`sha256:${createHash('sha256').update(tar).digest('hex')}`).toBe(a.diffId);
    const listing = execFileSync('tar', ['-tvf', '-', '--numeric-owner'], { input: tar, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(listing).toMatch(/-rwxr-xr-x 0\/0 +18 1970-01-01 00:00 opt\/x\/run.sh/);
    expect(listing).toMatch(/lrwxrwxrwx 0\/0 +0 1970-01-01 00:00 opt\/x\/link -> run.sh/);
    expect(listing).toMatch(/-rw-r--r-- 0\/0 +3000000 1970-01-01 00:00 opt\/x\/big.bin/);
  });
});
