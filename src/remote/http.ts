// One HTTP exchange with a Starwhale server over node:http/https, with swcli's retry policy (docs/starwhale-compat.md: Server protocol):
// exponential backoff on connection errors, 408, 429 and 5xx. A request body is produced by a
// factory so every attempt re-opens it (swcli's own retry re-sent a consumed stream, docs/starwhale-compat.md: Server protocol). A reply
// is input: its body is read up to a cap, a silent socket times out, certificates are verified
// unless the caller opts out.
// Over node:http/https rather than fetch/undici or @actions/http-client: a per-request TLS opt-out,
// upload bodies streamed from a factory, and an idle-socket timeout are plain options there, and the
// core imports no @actions/*.
import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import type { Log } from '../util/log.js';

export interface Body {
  stream: Readable;
  length: number;
  contentType: string;
}

export interface HttpCall {
  method: string;
  url: string;
  headers?: Record<string, string>;
  /** Called once per attempt. */
  body?: () => Body;
  /** Socket idle timeout: no bytes either way for this long ends the exchange (also mid-body). */
  timeoutMs?: number;
  /** Accept any TLS certificate (self-signed servers, explicit opt-in only). */
  insecure?: boolean;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

/** The most a JSON or error reply may hold. */
export const MAX_REPLY_BYTES = 1 << 20;

const RETRY_STATUS = new Set([408, 429]);
const isRetryStatus = (s: number) => RETRY_STATUS.has(s) || (s >= 500 && s <= 599);

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

export class ConnectionError extends Error {
  readonly code?: string;
  /** The server's certificate failed verification; retrying will not help. */
  readonly tls: boolean;
  /** How many attempts were made before giving up (set by sendWithRetry). */
  attempts = 1;
  constructor(
    readonly url: string,
    cause: Error,
  ) {
    const code = (cause as NodeJS.ErrnoException).code;
    super(`${cause.message}${code && !cause.message.includes(code) ? ` (${code})` : ''}`, { cause });
    this.name = 'ConnectionError';
    this.code = code;
    this.tls = code !== undefined && TLS_CODES.has(code);
  }
}

/** A reply body over the cap; the connection has been destroyed. */
export class ReplyTooLarge extends Error {
  constructor(readonly limit: number) {
    super(`reply over ${limit} bytes`);
    this.name = 'ReplyTooLarge';
  }
}

export function idleError(ms: number): Error {
  return Object.assign(new Error(`no data for ${Math.round(ms / 100) / 10} s`), { code: 'ETIMEDOUT' });
}

/**
 * Sends one request; resolves with the response (body unread) or rejects with a ConnectionError.
 * The idle timeout keeps running while the caller reads the body: it then destroys the response.
 */
export function send(call: HttpCall): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const u = new URL(call.url);
    const body = call.body?.();
    const headers: Record<string, string> = { ...call.headers };
    if (body) {
      headers['Content-Type'] = body.contentType;
      headers['Content-Length'] = String(body.length);
    }
    const req = (u.protocol === 'https:' ? httpsRequest : httpRequest)(u, {
      method: call.method,
      headers,
      rejectUnauthorized: !call.insecure,
    });
    let response: IncomingMessage | undefined;
    const fail = (e: Error) => {
      body?.stream.destroy();
      if (response) return void response.destroy(e);
      req.destroy();
      reject(new ConnectionError(call.url, e));
    };
    const idle = call.timeoutMs ?? 90_000;
    req.setTimeout(idle, () => fail(idleError(idle)));
    req.on('error', fail);
    req.on('response', (res) => {
      response = res;
      res.on('error', () => undefined);
      resolve(res);
    });
    if (!body) return void req.end();
    body.stream.on('error', fail);
    body.stream.pipe(req);
  });
}

/** The body as text, at most `limit` bytes: over it the connection is destroyed (ReplyTooLarge). */
export async function readText(res: IncomingMessage, url: string, limit = MAX_REPLY_BYTES): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const c of res) {
      size += (c as Buffer).length;
      if (size > limit) {
        res.destroy();
        throw new ReplyTooLarge(limit);
      }
      chunks.push(c as Buffer);
    }
  } catch (e) {
    if (e instanceof ReplyTooLarge) throw e;
    throw new ConnectionError(url, e as Error);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  /** How many attempts this took. */
  attempts: number;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function backoff(policy: RetryPolicy, attempt: number): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
}

/**
 * Sends with retries. `keep` (optional) receives a successful response before its body is read
 * (downloads stream it); otherwise the body is read as text, capped. A certificate that fails
 * verification and an oversized reply are not retried.
 */
export async function sendWithRetry(
  call: HttpCall,
  policy: RetryPolicy,
  log: Log,
  keep?: (res: IncomingMessage) => boolean,
): Promise<Reply & { res?: IncomingMessage }> {
  for (let attempt = 1; ; attempt++) {
    let why: string;
    try {
      const res = await send(call);
      const status = res.statusCode ?? 0;
      if (keep && status >= 200 && status < 300 && keep(res)) return { status, headers: res.headers, text: '', res, attempts: attempt };
      const text = await readText(res, call.url);
      if (!isRetryStatus(status) || attempt >= policy.attempts) return { status, headers: res.headers, text, attempts: attempt };
      why = `HTTP ${status}`;
    } catch (e) {
      if (!(e instanceof ConnectionError) || e.tls || attempt >= policy.attempts) {
        if (e instanceof ConnectionError) e.attempts = attempt;
        throw e;
      }
      why = e.message;
    }
    const delay = backoff(policy, attempt);
    log.warn(`${call.method} ${new URL(call.url).pathname}: ${why}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${policy.attempts})`);
    await sleep(delay);
  }
}
