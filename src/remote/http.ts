// One HTTP exchange with a Starwhale server over node:http/https, with swcli's retry policy (§7.1):
// exponential backoff on connection errors, 408, 429 and 5xx. A request body is produced by a
// factory so every attempt re-opens it (swcli's own retry re-sent a consumed stream, §8.6).
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
  timeoutMs?: number;
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 6, baseDelayMs: 1000, maxDelayMs: 60_000 };

const RETRY_STATUS = new Set([408, 429]);
const isRetryStatus = (s: number) => RETRY_STATUS.has(s) || (s >= 500 && s <= 599);

export class ConnectionError extends Error {
  constructor(
    readonly url: string,
    cause: Error,
  ) {
    super(`${cause.message}${(cause as NodeJS.ErrnoException).code ? ` (${(cause as NodeJS.ErrnoException).code})` : ''}`, { cause });
    this.name = 'ConnectionError';
  }
}

/** Sends one request; resolves with the response (body unread) or rejects with a ConnectionError. */
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
      // §7.1: swcli does not check certificates (verify=False); private instances use self-signed ones.
      rejectUnauthorized: false,
    });
    const fail = (e: Error) => {
      body?.stream.destroy();
      req.destroy();
      reject(new ConnectionError(call.url, e));
    };
    req.setTimeout(call.timeoutMs ?? 90_000, () => fail(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })));
    req.on('error', fail);
    req.on('response', (res) => {
      res.on('error', () => undefined);
      resolve(res);
    });
    if (!body) return void req.end();
    body.stream.on('error', fail);
    body.stream.pipe(req);
  });
}

export async function readText(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of res) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends with retries. `keep` (optional) receives a successful response before its body is read
 * (downloads stream it); otherwise the body is read as text.
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
      if (keep && status >= 200 && status < 300 && keep(res)) return { status, headers: res.headers, text: '', res };
      const text = await readText(res);
      if (!isRetryStatus(status) || attempt >= policy.attempts) return { status, headers: res.headers, text };
      why = `HTTP ${status}`;
    } catch (e) {
      if (!(e instanceof ConnectionError) || attempt >= policy.attempts) throw e;
      why = e.message;
    }
    const delay = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() / 2));
    log.warn(`${call.method} ${new URL(call.url).pathname}: ${why}; retrying in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${policy.attempts})`);
    await sleep(delay);
  }
}
