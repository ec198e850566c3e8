// Downloads one file to a temp name beside its destination, hashing while it streams, checks the
// size and sha256 it must have, and only then renames it into place. Network errors and 5xx are
// retried, and so is a server that stops sending; a 404 or a checksum mismatch is not (retrying
// cannot fix it).
// Not @actions/tool-cache's downloadTool: it neither checks a size or sha256 while streaming nor runs
// outside the action (the core imports no @actions/*).
import { createHash } from 'node:crypto';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { UserError, errorMessage } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { DEFAULT_IDLE_MS, idleTimeoutFromEnv } from '../util/idle-timeout.js';
import { tmpName } from '../util/tmp.js';

export interface DownloadSpec {
  url: string;
  dest: string;
  /** What the file is, for messages ("python-build-standalone 3.12.7"). */
  what: string;
  sha256?: string;
  size?: number;
}

export interface DownloadOptions {
  log: Log;
  fetch?: typeof fetch;
  retries?: number;
  retryDelayMs?: number;
  /** No bytes for this long ends an attempt (default: $SWRT_HTTP_IDLE_TIMEOUT seconds, else 90 s). */
  idleTimeoutMs?: number;
}


export interface Downloaded {
  bytes: number;
  seconds: number;
  sha256: string;
}

class Retryable extends Error {}

export function formatBytes(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

async function once(spec: DownloadSpec, tmp: string, doFetch: typeof fetch, idleMs: number): Promise<{ bytes: number; sha256: string }> {
  // A server that stops sending (before the headers or mid-body) ends the attempt, never the job's hours.
  const abort = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => abort.abort(), idleMs);
  };
  const stalled = () => `no data for ${Math.round(idleMs / 1000)} s (SWRT_HTTP_IDLE_TIMEOUT sets the wait)`;
  arm();
  try {
    let res: Response;
    try {
      res = await doFetch(spec.url, { redirect: 'follow', signal: abort.signal });
    } catch (e) {
      throw new Retryable(abort.signal.aborted ? stalled() : `request failed: ${errorMessage(e)}${e instanceof Error && e.cause ? ` (${errorMessage(e.cause)})` : ''}`);
    }
    if (res.status >= 500 || res.status === 408 || res.status === 429) throw new Retryable(`HTTP ${res.status}`);
    if (!res.ok || !res.body) {
      throw new UserError(`download of ${spec.what} failed: HTTP ${res.status} for ${spec.url}`, {
        hint: res.status === 404 ? 'the file is not on this server; check the version and the mirror URL' : 'check the mirror URL and network access',
      });
    }
    const hash = createHash('sha256');
    let bytes = 0;
    const tap = new Transform({
      transform(chunk: Buffer, _enc, done) {
        arm();
        hash.update(chunk);
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    try {
      await pipeline(Readable.fromWeb(res.body as import('node:stream/web').ReadableStream<Uint8Array>), tap, createWriteStream(tmp));
    } catch (e) {
      throw new Retryable(`the transfer broke off after ${formatBytes(bytes)}: ${abort.signal.aborted ? stalled() : errorMessage(e)}`);
    }
    return { bytes, sha256: hash.digest('hex') };
  } finally {
    clearTimeout(timer);
  }
}

/** Downloads `spec.url` to `spec.dest`, verified; nothing is left at `dest` when it fails. */
export async function download(spec: DownloadSpec, opts: DownloadOptions): Promise<Downloaded> {
  const doFetch = opts.fetch ?? fetch;
  const tries = (opts.retries ?? 2) + 1;
  const tmp = tmpName(`${spec.dest}.part`);
  const idleMs = opts.idleTimeoutMs ?? idleTimeoutFromEnv() ?? DEFAULT_IDLE_MS;
  const t0 = performance.now();
  for (let attempt = 1; ; attempt++) {
    try {
      const got = await once(spec, tmp, doFetch, idleMs);
      if (spec.size !== undefined && got.bytes !== spec.size) {
        throw new UserError(`download of ${spec.what} is ${got.bytes} bytes, expected ${spec.size} (from ${spec.url})`, {
          hint: 'the download was truncated or the mirror serves a different file; retry, or check the mirror',
        });
      }
      if (spec.sha256 && got.sha256 !== spec.sha256.toLowerCase()) {
        throw new UserError(`sha256 mismatch for ${spec.what}: got ${got.sha256}, expected ${spec.sha256} (from ${spec.url})`, {
          hint: 'the file is corrupted or was replaced; do not use it, check the mirror',
        });
      }
      renameSync(tmp, spec.dest);
      const seconds = (performance.now() - t0) / 1000;
      opts.log.info(`downloaded ${spec.what}: ${formatBytes(got.bytes)} in ${seconds.toFixed(1)} s${spec.sha256 ? ', sha256 ok' : ''}`);
      return { bytes: got.bytes, seconds, sha256: got.sha256 };
    } catch (e) {
      rmSync(tmp, { force: true });
      if (!(e instanceof Retryable)) throw e;
      if (attempt >= tries) {
        throw new UserError(`download of ${spec.what} failed after ${tries} attempts: ${e.message} (${spec.url})`, { hint: 'check network access or the mirror URL, then retry' });
      }
      opts.log.warn(`download of ${spec.what} failed (${e.message}); retrying`);
      await sleep((opts.retryDelayMs ?? 1000) * attempt);
    }
  }
}
