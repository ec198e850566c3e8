// Parallel gzip members: the bytes depend only on the input and the chunk size (not on threads or
// on how the input was sliced into writes), real gzip -d, tar and Python read the result whole, and
// a consumer that stops reading stops the producer after a bounded number of chunks.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { gunzipSync, gzipSync } from 'node:zlib';
import { ParallelGzip, type ParallelGzipOptions } from '../../src/archive/parallel-gzip.js';
import { packEnv } from '../../src/env/pack.js';

class Sink extends Writable {
  parts: Buffer[] = [];
  override _write(chunk: Buffer, _e: BufferEncoding, cb: () => void) {
    this.parts.push(Buffer.from(chunk));
    cb();
  }
  get bytes() {
    return Buffer.concat(this.parts);
  }
}

/** Input that compresses somewhat, like a venv: repeated text and pseudo-random bytes. */
function sample(n: number): Buffer {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = i % 3 === 0 ? 97 + (i % 26) : x >> 23;
  }
  return b;
}

async function gzipWith(input: Buffer, slice: number, opts: ParallelGzipOptions): Promise<Buffer> {
  const sink = new Sink();
  const gz = new ParallelGzip(sink, opts);
  for (let at = 0; at < input.length; at += slice) if (!gz.write(input.subarray(at, at + slice))) await once(gz, 'drain');
  gz.end();
  await once(gz, 'finish');
  return sink.bytes;
}

/** The offsets of gzip member headers (magic, deflate, no flags, mtime 0) in `b`. */
function members(b: Buffer): number {
  let n = 0;
  for (let i = b.indexOf(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0])); i >= 0; i = b.indexOf(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), i + 1)) n++;
  return n;
}

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-pgzip-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('ParallelGzip', () => {
  const input = sample(5 * 65536 + 1234);
  const chunkSize = 65536;

  it('gives the same bytes for any thread count and write slicing, one member per chunk, read whole by gzip -d', async () => {
    const one = await gzipWith(input, 1 << 20, { chunkSize, threads: 1 });
    const four = await gzipWith(input, 7777, { chunkSize, threads: 4, inFlight: 4 });
    const two = await gzipWith(input, 65536, { chunkSize, threads: 2 });
    expect(four.equals(one)).toBe(true);
    expect(two.equals(one)).toBe(true);
    expect(members(one)).toBe(6);
    expect(gunzipSync(one).equals(input)).toBe(true);
    const f = join(root, 'x.gz');
    writeFileSync(f, one);
    expect(execFileSync('gzip', ['-dc', f], { maxBuffer: 1 << 24 }).equals(input)).toBe(true);
    const py = execFileSync('python3', ['-c', 'import gzip, hashlib, sys; print(hashlib.sha256(gzip.open(sys.argv[1]).read()).hexdigest())', f], { encoding: 'utf8' });
    expect(py.trim()).toBe(createHash('sha256').update(input).digest('hex'));
    // A different chunk size is a different file: the chunk size is part of the format's contract.
    expect((await gzipWith(input, 65536, { chunkSize: 32768, threads: 2 })).equals(one)).toBe(false);
  });

  it('reuses the chunk buffers its workers hand back, instead of a new one per chunk', async () => {
    const big = sample(40 * chunkSize);
    const alloc = jest.spyOn(Buffer, 'allocUnsafeSlow');
    try {
      const out = await gzipWith(big, chunkSize, { chunkSize, threads: 2 });
      expect(gunzipSync(out).equals(big)).toBe(true);
      const chunks = alloc.mock.calls.filter(([n]) => n === chunkSize).length;
      // inFlight (2 x threads) held at once, plus the one being filled; 41 without the hand-back
      expect(chunks).toBeLessThanOrEqual(2 * 2 + 1);
    } finally {
      alloc.mockRestore();
    }
  });

  it('incompressible input, whose members are larger than their chunks, round-trips', async () => {
    const noise = randomBytes(6 * chunkSize + 99);
    const out = await gzipWith(noise, 50000, { chunkSize, threads: 2 });
    expect(out.length).toBeGreaterThan(noise.length);
    expect(gunzipSync(out).equals(noise)).toBe(true);
    expect(out.equals(await gzipWith(noise, 1 << 20, { chunkSize, threads: 1 }))).toBe(true);
  });

  it("each member is zlib's own gzip of its chunk, at level 0 too (whose stored blocks follow the output space)", async () => {
    for (const level of [0, 1, 6]) {
      const out = await gzipWith(input, 7777, { chunkSize, threads: 2, level });
      const expected = Buffer.concat(Array.from({ length: Math.ceil(input.length / chunkSize) }, (_, i) => gzipSync(input.subarray(i * chunkSize, (i + 1) * chunkSize), { level })));
      expect(out.equals(expected)).toBe(true);
    }
  });

  it('a small member is handed on in a buffer of its own size, not its whole chunk', async () => {
    const held: number[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, cb) {
        held.push(chunk.buffer.byteLength);
        cb();
      },
    });
    const gz = new ParallelGzip(sink, { chunkSize, threads: 2 });
    gz.end(Buffer.alloc(8 * chunkSize));
    await once(gz, 'finish');
    expect(held.length).toBe(8);
    for (const n of held) expect(n).toBeLessThan(chunkSize / 4);
  });

  it('destroyed at any moment, it starts no worker afterwards and leaves none running', async () => {
    const noise = randomBytes(48 * chunkSize);
    let lateSpawns = 0;
    let alive = 0;
    for (let trial = 0; trial < 15; trial++) {
      const gz = new ParallelGzip(new Writable({ write: (_c, _e, cb) => setImmediate(cb) }), { chunkSize, threads: 2, inFlight: 12, level: 9 });
      const inner = gz as unknown as { spawn(): Worker };
      const spawn = inner.spawn.bind(gz);
      const started: Worker[] = [];
      const exited = new Set<Worker>();
      inner.spawn = () => {
        if (gz.destroyed) lateSpawns++;
        const w = spawn();
        w.on('exit', () => exited.add(w));
        started.push(w);
        return w;
      };
      gz.on('error', () => undefined);
      // (events.once would reject on the 'error' the destroy emits)
      const closed = new Promise<void>((r) => gz.once('close', () => r()));
      const drainedOrClosed = () => Promise.race([new Promise<void>((r) => gz.once('drain', () => r())), closed]);
      setTimeout(() => gz.destroy(new Error('abort')), 10 + trial * 3);
      for (let at = 0; at < noise.length && !gz.destroyed; at += chunkSize) {
        if (!gz.write(noise.subarray(at, at + chunkSize))) await drainedOrClosed();
      }
      await closed;
      await new Promise((r) => setTimeout(r, 100));
      for (const w of started.filter((x) => !exited.has(x))) {
        alive++;
        await w.terminate();
      }
    }
    expect(lateSpawns).toBe(0);
    expect(alive).toBe(0);
  }, 30000);

  it('an empty input is still a gzip file', async () => {
    const out = await gzipWith(Buffer.alloc(0), 1, { chunkSize, threads: 2 });
    expect(gunzipSync(out).length).toBe(0);
  });

  it('holds a bounded number of chunks when the output stops draining', async () => {
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    const got: Buffer[] = [];
    const stuck = new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _e, cb) {
        got.push(Buffer.from(chunk));
        released.then(() => cb());
      },
    });
    const gz = new ParallelGzip(stuck, { chunkSize, threads: 2, inFlight: 3 });
    const big = sample(40 * chunkSize);
    let accepted = 0;
    const producer = (async () => {
      for (let at = 0; at < big.length; at += chunkSize) {
        const ok = gz.write(big.subarray(at, at + chunkSize), () => (accepted += chunkSize));
        if (!ok) await once(gz, 'drain');
      }
      gz.end();
      await once(gz, 'finish');
    })();
    await new Promise((r) => setTimeout(r, 1500));
    // inFlight chunks held, the one being filled, the member stuck in the output, gz's own buffer
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual((3 + 2 + 1) * chunkSize);
    release();
    await producer;
    expect(gunzipSync(Buffer.concat(got)).equals(big)).toBe(true);
  });

  it('an output error fails the stream and stops its workers', async () => {
    const bad = new Writable({
      write(_c, _e, cb) {
        cb(new Error('disk full'));
      },
    });
    const gz = new ParallelGzip(bad, { chunkSize, threads: 2 });
    const failed = once(gz, 'error');
    for (let i = 0; i < 8 && !gz.destroyed; i++) gz.write(input.subarray(0, chunkSize), () => undefined);
    const [err] = await failed;
    expect(String(err)).toMatch(/disk full/);
    expect(gz.destroyed).toBe(true);
    expect((gz as unknown as { workers: unknown[] }).workers).toEqual([]);
  });
});

describe('packEnv with parallel members', () => {
  it('tar xzf unpacks it to the same files, and packs on 1 or many threads are the same bytes', async () => {
    const env = join(root, 'venv');
    mkdirSync(join(env, 'bin'), { recursive: true });
    mkdirSync(join(env, 'lib', 'python3.11', 'site-packages', 'pkg'), { recursive: true });
    writeFileSync(join(env, 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
    writeFileSync(join(env, 'bin', 'tool'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
    symlinkSync('tool', join(env, 'bin', 'tool-link'));
    const data = sample(3 * (1 << 20) + 99);
    writeFileSync(join(env, 'lib', 'python3.11', 'site-packages', 'pkg', 'data.bin'), data);
    const out = join(root, 'venv_env.tar.gz');
    await packEnv(env, out, 1700000000);
    expect(members(readFileSync(out))).toBeGreaterThanOrEqual(4);
    const x = join(root, 'x');
    mkdirSync(x);
    execFileSync('tar', ['xzf', out, '-C', x]);
    expect(readFileSync(join(x, 'lib', 'python3.11', 'site-packages', 'pkg', 'data.bin')).equals(data)).toBe(true);
    expect(readFileSync(join(x, 'bin', 'tool'), 'utf8')).toBe('#!/bin/sh\necho tool\n');
    // The same tar through one thread: identical file.
    const tarBytes = execFileSync('gzip', ['-dc', out], { maxBuffer: 1 << 26 });
    const single = join(root, 'single.gz');
    const gz = new ParallelGzip(createWriteStream(single), { threads: 1, level: 1 });
    gz.end(tarBytes);
    await once(gz, 'finish');
    expect(readFileSync(single).equals(readFileSync(out))).toBe(true);
  });
});
