// Byte-reproducible image layers: a tar of the entries in the order given (the callers sort them),
// every mtime 0 and owner 0:0 (archive/tar.ts), gzip members with no name or time in their headers;
// the blob lands in a content-addressed directory under its sha256, whole or not at all.
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { ParallelGzip } from '../archive/parallel-gzip.js';
import { writeTarTo, type TarEntry } from '../archive/tar.js';
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

export const blobPath = (dir: string, digest: string) => join(dir, digest.replace(':', '/'));

/** Moves `tmp` into `dir` as the blob named by its digest (kept when already there). */
function settle(dir: string, tmp: string, digest: string): string {
  const path = blobPath(dir, digest);
  mkdirSync(join(dir, 'sha256'), { recursive: true });
  if (existsSync(path)) rmSync(tmp, { force: true });
  else renameSync(tmp, path);
  return path;
}

/** Hashes and counts what is written through it and hands it on to `next`, keeping its backpressure; ends when `next` has finished. */
class HashingWriter extends Writable {
  constructor(
    private readonly hash: ReturnType<typeof createHash>,
    private readonly count: { n: number },
    private readonly next: Writable,
  ) {
    super();
    next.on('error', (e) => this.destroy(e));
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.hash.update(chunk);
    this.count.n += chunk.length;
    if (this.next.write(chunk)) cb();
    else this.next.once('drain', () => cb());
  }

  override _final(cb: (e?: Error | null) => void): void {
    this.next.end();
    finished(this.next).then(() => cb(), cb);
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void): void {
    if (!this.next.destroyed) this.next.destroy(err ?? undefined);
    cb(err);
  }
}

/**
 * The tar streams straight into gzip (no temp tar), level 6, as parallel gzip members of a fixed
 * size (archive/parallel-gzip.ts): the same bytes on any number of cores, and a gzip stream every
 * registry client reads (Go's gzip, pigz and zlib read concatenated members as one).
 */
export async function writeLayer(entries: readonly TarEntry[], blobDir: string): Promise<Layer> {
  mkdirSync(join(blobDir, 'sha256'), { recursive: true });
  const gz = tmpName(join(blobDir, 'layer.tar.gz'));
  try {
    const diff = createHash('sha256');
    const blob = createHash('sha256');
    const packed = { n: 0 };
    const out = new HashingWriter(blob, packed, createWriteStream(gz));
    await writeTarTo(new HashingWriter(diff, { n: 0 }, new ParallelGzip(out, { level: 6 })), entries, 0);
    const digest = `sha256:${blob.digest('hex')}`;
    return { digest, diffId: `sha256:${diff.digest('hex')}`, size: packed.n, path: settle(blobDir, gz, digest) };
  } finally {
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
