// A small deterministic tar writer (POSIX ustar, with pax records for long names): the bytes
// depend only on the entries given, so the same inputs always give the same .swrt.
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

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
  size?: number;
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

async function write(out: WriteStream, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

/** Writes `entries` in the order given to `file`. `mtime` is seconds since the epoch. */
export async function writeTar(file: string, entries: readonly TarEntry[], mtime: number): Promise<void> {
  const out = createWriteStream(file);
  const failed = once(out, 'error').then(([e]) => {
    throw e;
  });
  const run = async () => {
    for (const e of entries) {
      const name = e.type === 'dir' ? `${e.path}/` : e.path;
      const size = e.type === 'file' ? (e.data?.length ?? e.size ?? 0) : 0;
      const long = Buffer.byteLength(name) > 100 || Buffer.byteLength(e.linkname ?? '') > 100;
      if (long) {
        const rec = Buffer.concat([paxRecord('path', name), ...(e.linkname ? [paxRecord('linkpath', e.linkname)] : [])]);
        await write(out, header(`PaxHeader/${name.slice(-80)}`.slice(0, 99), { mode: 0o644, size: rec.length, mtime, type: 'x' }));
        await write(out, Buffer.concat([rec, pad(rec.length)]));
      }
      const type = e.type === 'dir' ? '5' : e.type === 'symlink' ? '2' : '0';
      await write(out, header(name.slice(0, 100), { mode: e.mode, size, mtime, type, linkname: e.linkname?.slice(0, 100) }));
      if (e.type === 'file') {
        if (e.data) await write(out, e.data);
        else if (e.source) for await (const c of createReadStream(e.source)) await write(out, c as Buffer);
        await write(out, pad(size));
      }
    }
    await write(out, Buffer.alloc(BLOCK * 2, 0));
    out.end();
    await once(out, 'finish');
  };
  failed.catch(() => undefined);
  await Promise.race([run(), failed]);
}
