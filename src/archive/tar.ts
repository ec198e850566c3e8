// A small deterministic tar writer (POSIX ustar, with pax records for long names): the bytes
// depend only on the entries given, so the same inputs always give the same .swrt. A file is
// opened once (never through a link), must be a regular file, and must give exactly the bytes its
// header announces: one that changes while it is packed stops the write.
// Not node-tar's packer (node-tar still reads archives here): it stats and opens each path by name
// and writes what it finds, where a bundle must refuse a file swapped for a link or changed while it
// is packed, and must carry fixed modes and owners in a fixed order.
import { closeSync, constants, createWriteStream, fstatSync, openSync, readSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { once } from 'node:events';
import { UserError } from '../util/errors.js';

export interface TarEntry {
  /** Archive path, '/'-separated, no leading '/' (directories without a trailing '/'). */
  path: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  /** Symlink target. */
  linkname?: string;
  /** File content: a buffer, or a path on disk streamed at write time. */
  data?: Buffer;
  source?: string;
  /** The size `source` had when it was scanned; a different size at write time is refused. */
  size?: number;
  /** The identity `source` had when it was scanned; a different file at write time is refused. */
  expect?: { dev: number; ino: number };
}

const BLOCK = 512;

function octal(n: number, width: number): string {
  return `${n.toString(8).padStart(width - 1, '0')}\0`;
}

function header(name: string, e: { mode: number; size: number; mtime: number; type: string; linkname?: string }): Buffer {
  const h = Buffer.alloc(BLOCK, 0);
  h.write(name, 0, 100, 'utf8');
  if (e.linkname) h.write(e.linkname, 157, 100, 'utf8');
  h.write(octal(e.mode, 8), 100, 'ascii');
  h.write(octal(0, 8), 108, 'ascii');
  h.write(octal(0, 8), 116, 'ascii');
  h.write(octal(e.size, 12), 124, 'ascii');
  h.write(octal(e.mtime, 12), 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(e.type, 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

function paxRecord(key: string, value: string): Buffer {
  const body = ` ${key}=${value}\n`;
  let len = Buffer.byteLength(body) + 1;
  while (String(len).length + Buffer.byteLength(body) !== len) len = String(len).length + Buffer.byteLength(body);
  return Buffer.from(`${len}${body}`, 'utf8');
}

const pad = (n: number) => Buffer.alloc((BLOCK - (n % BLOCK)) % BLOCK, 0);

async function write(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

const changed = (path: string) =>
  new UserError(`${path} changed while it was being packed`, { hint: 'nothing may write to the files a runtime packs during a build; run it again' });

// Source files are read with synchronous calls: an env has thousands of small files, and five
// thread-pool round trips per file (open, stat, read, the EOF probe, close) cost more than the
// reads themselves. The main thread only reads; compressing and writing stay off it.

/** Opens a source file once, as a regular file that is still the one scanned; the caller closes it. */
function openSource(e: TarEntry): { fd: number; size: number; mtimeMs: number } {
  const path = e.source!;
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ELOOP') throw new UserError(`${path} became a symlink while it was being packed`, { hint: 'nothing may change the files a runtime packs during a build' });
    throw new UserError(`${path}: cannot read it to pack it (${code ?? String(err)})`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UserError(`${path} is not a regular file any more; it cannot be packed`, { hint: 'only regular files, directories and links are packed' });
    if (e.expect && (e.expect.dev !== st.dev || e.expect.ino !== st.ino)) throw changed(path);
    if (e.size !== undefined && e.size !== st.size) throw changed(path);
    return { fd, size: st.size, mtimeMs: st.mtimeMs };
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}

const PROBE = Buffer.alloc(1);

/** Streams exactly `size` bytes of `fd` to `out`; more or fewer, or a new mtime, is a changed file. */
async function copyExactly(out: Writable, fd: number, size: number, mtimeMs: number, path: string): Promise<void> {
  let left = size;
  while (left > 0) {
    // A fresh buffer per piece: write() keeps the chunk until it is flushed.
    const buf = Buffer.allocUnsafe(Math.min(1 << 20, left));
    const bytesRead = readSync(fd, buf, 0, buf.length, null);
    if (bytesRead === 0) throw changed(path);
    await write(out, bytesRead === buf.length ? buf : buf.subarray(0, bytesRead));
    left -= bytesRead;
  }
  if (readSync(fd, PROBE, 0, 1, null) !== 0) throw changed(path);
  const st = fstatSync(fd);
  if (st.size !== size || st.mtimeMs !== mtimeMs) throw changed(path);
}

/**
 * Writes `entries` in the order given to `file`. `mtime` is seconds since the epoch. On an error
 * the output stream is closed before the error is thrown, so the caller may remove `file`.
 */
export async function writeTar(file: string, entries: readonly TarEntry[], mtime: number): Promise<void> {
  await writeTarTo(createWriteStream(file), entries, mtime);
}

/** writeTar into any stream (a gzip stream: no temp tar); the stream is ended, or destroyed on an error. */
export async function writeTarTo(out: Writable, entries: readonly TarEntry[], mtime: number): Promise<void> {
  const failed = once(out, 'error').then(([e]) => {
    throw e;
  });
  const run = async () => {
    for (const e of entries) {
      const name = e.type === 'dir' ? `${e.path}/` : e.path;
      const long = Buffer.byteLength(name) > 100 || Buffer.byteLength(e.linkname ?? '') > 100;
      if (long) {
        const rec = Buffer.concat([paxRecord('path', name), ...(e.linkname ? [paxRecord('linkpath', e.linkname)] : [])]);
        await write(out, header(`PaxHeader/${name.slice(-80)}`.slice(0, 99), { mode: 0o644, size: rec.length, mtime, type: 'x' }));
        await write(out, Buffer.concat([rec, pad(rec.length)]));
      }
      const type = e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0';
      const src = e.type === 'file' && !e.data && e.source ? openSource(e) : undefined;
      try {
        const size = src ? src.size : e.type === 'file' ? (e.data?.length ?? 0) : 0;
        await write(out, header(name.slice(0, 100), { mode: e.mode, size, mtime, type, linkname: e.linkname?.slice(0, 100) }));
        if (e.type === 'file') {
          if (src) await copyExactly(out, src.fd, src.size, src.mtimeMs, e.source!);
          else if (e.data) await write(out, e.data);
          await write(out, pad(size));
        }
      } finally {
        if (src) closeSync(src.fd);
      }
    }
    await write(out, Buffer.alloc(BLOCK * 2, 0));
    out.end();
    await once(out, 'finish');
  };
  failed.catch(() => undefined);
  try {
    await Promise.race([run(), failed]);
  } catch (e) {
    if (!out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
    throw e;
  }
}
