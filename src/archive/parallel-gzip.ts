// A gzip writer that compresses on every core (up to MAX_GZIP_THREADS): the input is cut into
// fixed-size chunks, each chunk becomes one whole gzip member compressed on a worker thread, and
// the members are written in input order. A file of concatenated members is one valid gzip stream
// (RFC 1952; gzip -d, tar xzf and Python's gzip/tarfile read it all). The bytes depend only on the input and the chunk size, never
// on the number of threads or on scheduling: zlib's header here carries mtime 0 and no name.
// Memory is bounded: at most `inFlight` chunks are held (queued, compressing or waiting their turn);
// a write beyond that waits for the oldest member to be written out. Chunk buffers go to a worker
// and come back for reuse, and each member's buffer moves to this thread: a worker is left no
// garbage buffers, which V8 collects only after tens of MiB have piled up in each isolate.
import { availableParallelism } from 'node:os';
import { Writable } from 'node:stream';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { gzipSync } from 'node:zlib';

export const GZIP_CHUNK = 1 << 20;
/**
 * Workers by default: one per core, at most 8. One thread reads the tar (about 1 GB/s here) and
 * gzip -1 takes about 100 MB/s a core, so more would wait for input; each worker is a V8 isolate
 * of its own (some 15 MiB).
 */
export const MAX_GZIP_THREADS = 8;

// Inline (eval) so the bundled CLI needs no second file for the worker.
const WORKER = `
const { parentPort } = require('node:worker_threads');
const { gzipSync } = require('node:zlib');
parentPort.on('message', ({ seq, data, level }) => {
  // One output buffer (deflate grows a chunk by far less than 64 KiB), moved to the main thread
  // with the chunk's buffer. Level 0 sizes its stored blocks by the output space, so it keeps
  // zlib's default (its bytes must not change) and a small pooled buffer is copied, not moved.
  const out = level > 0 ? gzipSync(data, { level, chunkSize: data.length + 65536 }) : gzipSync(data, { level });
  const moves = out.buffer.byteLength >= 65536 ? [out.buffer, data.buffer] : [data.buffer];
  parentPort.postMessage({ seq, out, input: data }, moves);
});
`;

export interface ParallelGzipOptions {
  level?: number;
  chunkSize?: number;
  threads?: number;
  /** Chunks held at most; at least `threads`. */
  inFlight?: number;
}

/** Resolves on 'drain' or 'close' (an output that fails closes), leaving no listener behind. */
function drained(out: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done);
      out.off('close', done);
      resolve();
    };
    out.on('drain', done);
    out.on('close', done);
  });
}

interface Done {
  seq: number;
  out: Uint8Array;
  /** The chunk's buffer, handed back for the next chunk. */
  input?: Uint8Array;
}

export class ParallelGzip extends Writable {
  private readonly level: number;
  private readonly chunkSize: number;
  private readonly threads: number;
  private readonly inFlight: number;
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: { seq: number; data: Buffer }[] = [];
  private readonly done = new Map<number, Buffer>();
  private readonly spare: Buffer[] = [];
  private current: Buffer;
  private filled = 0;
  private nextSeq = 0;
  private nextOut = 0;
  private writing = Promise.resolve();
  private waiter: (() => void) | undefined;
  private failure: Error | undefined;
  private stopping = false;

  constructor(
    private readonly out: Writable,
    opts: ParallelGzipOptions = {},
  ) {
    super();
    this.level = opts.level ?? 1;
    this.chunkSize = opts.chunkSize ?? GZIP_CHUNK;
    this.threads = Math.max(1, opts.threads ?? Math.min(availableParallelism(), MAX_GZIP_THREADS));
    this.inFlight = Math.max(this.threads, opts.inFlight ?? this.threads * 2);
    this.current = Buffer.allocUnsafeSlow(this.chunkSize);
    out.on('error', (e) => {
      this.fail(e);
      this.destroy(e);
    });
  }

  override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
    this.take(chunk).then(() => cb(), cb);
  }

  override _final(cb: (e?: Error | null) => void): void {
    this.finish().then(() => cb(), cb);
  }

  override _destroy(err: Error | null, cb: (e?: Error | null) => void): void {
    this.failure ??= err ?? new Error('parallel gzip destroyed');
    this.wake();
    if (!this.out.writableFinished) this.out.destroy();
    this.stopWorkers().then(() => cb(err), () => cb(err));
  }

  private async take(chunk: Buffer): Promise<void> {
    let at = 0;
    while (at < chunk.length) {
      const n = Math.min(chunk.length - at, this.chunkSize - this.filled);
      chunk.copy(this.current, this.filled, at, at + n);
      this.filled += n;
      at += n;
      if (this.filled === this.chunkSize) await this.submit();
    }
  }

  private async finish(): Promise<void> {
    // An empty input still gives one (empty) member, so the output is always a gzip file.
    if (this.filled > 0 || this.nextSeq === 0) await this.submit();
    while (this.nextOut < this.nextSeq) await this.turn();
    await this.writing;
    this.check();
    await this.stopWorkers();
    this.out.end();
    if (!this.out.writableFinished) await once(this.out, 'finish');
  }

  /** Hands the current chunk to a worker, after waiting for room if `inFlight` chunks are held. */
  private async submit(): Promise<void> {
    while (this.nextSeq - this.nextOut >= this.inFlight) await this.turn();
    this.check();
    const data = this.current.subarray(0, this.filled);
    this.current = this.spare.pop() ?? Buffer.allocUnsafeSlow(this.chunkSize);
    this.filled = 0;
    const seq = this.nextSeq++;
    // Below one chunk there is nothing to spread: no worker start-up (the same bytes either way).
    if (seq === 0 && data.length < this.chunkSize) return this.completed({ seq, out: gzipSync(data, { level: this.level }) });
    this.queue.push({ seq, data });
    this.dispatch();
  }

  private dispatch(): void {
    if (this.failure || this.stopping) return;
    while (this.queue.length > 0) {
      const w = this.idle.pop() ?? (this.workers.length < this.threads ? this.spawn() : undefined);
      if (!w) return;
      const job = this.queue.shift()!;
      // Only the chunk's own ArrayBuffer moves to the worker (allocUnsafeSlow: never a shared pool).
      const data = new Uint8Array(job.data.buffer, job.data.byteOffset, job.data.length);
      w.postMessage({ seq: job.seq, data, level: this.level }, [data.buffer as ArrayBuffer]);
    }
  }

  private spawn(): Worker {
    const w = new Worker(WORKER, { eval: true });
    w.on('message', (m: Done) => {
      if (this.stopping) return;
      this.idle.push(w);
      this.completed(m);
      this.dispatch();
    });
    w.on('error', (e) => this.fail(e));
    // Workers end only when stopped: any other exit, even code 0, may have taken a chunk with it.
    w.on('exit', (code) => {
      if (!this.stopping && !this.failure) this.fail(new Error(`gzip worker exited with code ${code}`));
    });
    this.workers.push(w);
    return w;
  }

  /** Queues finished members for writing, strictly in input order. */
  private completed(m: Done): void {
    if (m.input && m.input.buffer.byteLength === this.chunkSize) this.spare.push(Buffer.from(m.input.buffer, 0, this.chunkSize));
    const out = Buffer.from(m.out.buffer, m.out.byteOffset, m.out.byteLength);
    // A member comes in a buffer sized for its whole chunk: a small one is copied out, so what
    // waits downstream (which counts bytes, not buffers) holds only its own size.
    this.done.set(m.seq, out.length < out.buffer.byteLength / 2 ? Buffer.from(out) : out);
    let member: Buffer | undefined;
    while ((member = this.done.get(this.nextOut)) !== undefined) {
      this.done.delete(this.nextOut);
      this.nextOut++;
      const b = member;
      this.writing = this.writing.then(async () => {
        if (this.failure) return;
        if (!this.out.write(b)) await drained(this.out);
      });
    }
    this.wake();
  }

  /** Waits until a member is written out or the stream fails. */
  private async turn(): Promise<void> {
    this.check();
    const before = this.nextOut;
    await new Promise<void>((resolve) => {
      this.waiter = resolve;
    });
    if (this.nextOut === before) this.check();
    await this.writing;
    this.check();
  }

  private wake(): void {
    const w = this.waiter;
    this.waiter = undefined;
    w?.();
  }

  private fail(e: Error): void {
    this.failure ??= e;
    this.wake();
  }

  private check(): void {
    if (this.failure) throw this.failure;
  }

  private async stopWorkers(): Promise<void> {
    this.stopping = true;
    const all = this.workers.splice(0);
    this.idle.length = 0;
    this.spare.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }
}
