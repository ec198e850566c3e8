// Byte-reproducible image layers: a tar of the entries in the order given (the callers sort them),
// every mtime 0 and owner 0:0 (archive/tar.ts), gzip with no name or time in its header; the blob
// lands in a content-addressed directory under its sha256, whole or not at all.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { writeTar, type TarEntry } from '../archive/tar.js';
import { tmpName } from '../util/tmp.js';

export interface Blob {
  digest: string;
  size: number;
  /** Where its bytes are on disk. */
  path: string;
}

export interface Layer extends Blob {
  /** sha256 of the uncompressed tar (the config's rootfs.diff_ids). */
  diffId: string;
}

/** A pass-through that hashes and counts what flows by. */
export function hasher(hash: ReturnType<typeof createHash>, count: { n: number }) {
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      count.n += chunk.length;
      done(null, chunk);
    },
  });
}

export const blobPath = (dir: string, digest: string) => join(dir, digest.replace(':', '/'));

/** Moves `tmp` into `dir` as the blob named by its digest (kept when already there). */
function settle(dir: string, tmp: string, digest: string): string {
  const path = blobPath(dir, digest);
  mkdirSync(join(dir, 'sha256'), { recursive: true });
  if (existsSync(path)) rmSync(tmp, { force: true });
  else renameSync(tmp, path);
  return path;
}

export async function writeLayer(entries: readonly TarEntry[], blobDir: string): Promise<Layer> {
  mkdirSync(join(blobDir, 'sha256'), { recursive: true });
  const tar = tmpName(join(blobDir, 'layer.tar'));
  const gz = tmpName(join(blobDir, 'layer.tar.gz'));
  try {
    await writeTar(tar, entries, 0);
    const diff = createHash('sha256');
    const blob = createHash('sha256');
    const raw = { n: 0 };
    const packed = { n: 0 };
    await pipeline(createReadStream(tar), hasher(diff, raw), createGzip({ level: 6 }), hasher(blob, packed), createWriteStream(gz));
    const digest = `sha256:${blob.digest('hex')}`;
    return { digest, diffId: `sha256:${diff.digest('hex')}`, size: packed.n, path: settle(blobDir, gz, digest) };
  } finally {
    rmSync(tar, { force: true });
    rmSync(gz, { force: true });
  }
}

/** A JSON document (config, manifest) as a blob. */
export function jsonBlob(value: unknown): { bytes: Buffer; digest: string; size: number } {
  return bytesBlob(Buffer.from(JSON.stringify(value), 'utf8'));
}

export function bytesBlob(bytes: Buffer): { bytes: Buffer; digest: string; size: number } {
  return { bytes, digest: `sha256:${createHash('sha256').update(bytes).digest('hex')}`, size: bytes.length };
}
