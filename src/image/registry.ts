// A client for an OCI distribution registry (docs/images.md: Registry protocol): manifests and blobs
// read, blobs pushed (HEAD first, cross-repository mount, chunked PATCH uploads, the whole blob
// retried on a broken upload), manifests put last. Auth: anonymous, Basic, or the Bearer token flow
// (WWW-Authenticate realm/service/scope). Every reply is input: sizes capped, digests verified,
// redirects and token realms confined to https (http only for a loopback host or --plain-http).
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, readFileSync, renameSync, rmSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { backoff, ConnectionError, DEFAULT_RETRY, readText, sendWithRetry, sleep, type HttpCall, type Reply, type RetryPolicy } from '../remote/http.js';
import { UserError } from '../util/errors.js';
import { registerSecret, type Log } from '../util/log.js';
import { tmpName } from '../util/tmp.js';
import { DIGEST_RULE } from './reference.js';

export interface Credentials {
  username?: string;
  password?: string;
}

export interface RegistryOptions {
  credentials?: Credentials;
  /** Accept any TLS certificate. */
  insecure?: boolean;
  /** Speak http:// to a registry that is not on the loopback interface (needs insecure). */
  plainHttp?: boolean;
  log: Log;
  retry?: RetryPolicy;
  /** Bytes per PATCH. */
  chunkSize?: number;
  timeoutMs?: number;
}

export const MANIFEST_TYPES = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
];
const MANIFEST_MAX = 4 << 20;
const CONFIG_MAX = 16 << 20;

/** What a manifest says of a blob: its digest and size. */
export interface BlobRef {
  digest: string;
  size: number;
}

export interface PushStats {
  uploaded: number;
  uploadedBytes: number;
  present: number;
  mounted: number;
}

const isLoopback = (host: string) => /^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/i.test(host);

export class Registry {
  readonly base: string;
  private readonly tokens = new Map<string, string>();
  private basicOk = false;
  readonly stats: PushStats = { uploaded: 0, uploadedBytes: 0, present: 0, mounted: 0 };

  constructor(
    readonly host: string,
    private readonly opts: RegistryOptions,
  ) {
    this.base = `${isLoopback(host) || (opts.plainHttp && opts.insecure) ? 'http' : 'https'}://${host}`;
    registerSecret(opts.credentials?.password);
  }

  private get retry(): RetryPolicy {
    return this.opts.retry ?? DEFAULT_RETRY;
  }

  /** A URL a reply names (Location, realm): absolute or relative to the registry; https, or http where allowed. */
  private followable(raw: string, what: string): string {
    let u: URL;
    try {
      u = new URL(raw, this.base);
    } catch {
      throw new UserError(`${this.host}: the registry's ${what} ${JSON.stringify(raw.slice(0, 200))} is not a URL`);
    }
    const ok = u.protocol === 'https:' || (u.protocol === 'http:' && (isLoopback(u.host) || (this.opts.insecure && this.opts.plainHttp) || u.origin === new URL(this.base).origin));
    if (!ok) throw new UserError(`${this.host}: refusing the registry's ${what} ${u.origin}: not https`, { hint: 'a registry must not send credentials or uploads over plain http; pass --insecure --plain-http only for a registry you trust' });
    return u.toString();
  }

  private authHeader(scope: string): Record<string, string> {
    const token = this.tokens.get(scope);
    if (token) return { Authorization: `Bearer ${token}` };
    const c = this.opts.credentials;
    if (this.basicOk && c?.username !== undefined) return { Authorization: `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}` };
    return {};
  }

  /** Answers a 401: Basic credentials, or a token from the challenge's realm. False when nothing more can be tried. */
  private async authenticate(res: { headers: IncomingMessage['headers'] }, scope: string): Promise<boolean> {
    const challenge = String(res.headers['www-authenticate'] ?? '');
    const c = this.opts.credentials;
    if (/^basic\b/i.test(challenge)) {
      if (this.basicOk || c?.username === undefined) return false;
      this.basicOk = true;
      return true;
    }
    if (!/^bearer\b/i.test(challenge) || this.tokens.has(scope)) return false;
    const params = Object.fromEntries([...challenge.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1]!.toLowerCase(), m[2]!]));
    if (!params.realm) throw new UserError(`${this.host}: the registry asks for a token but names no realm`);
    const url = new URL(this.followable(params.realm, 'token realm'));
    if (params.service) url.searchParams.set('service', params.service);
    for (const s of new Set([params.scope ?? '', ...scope.split(' ')].filter(Boolean))) url.searchParams.append('scope', s);
    const headers: Record<string, string> = {};
    if (c?.username !== undefined) headers.Authorization = `Basic ${Buffer.from(`${c.username}:${c.password ?? ''}`).toString('base64')}`;
    const r = await sendWithRetry({ method: 'GET', url: url.toString(), headers, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, this.retry, this.opts.log);
    if (r.status === 401 || r.status === 403) throw new UserError(`${this.host}: the token service refused the credentials (HTTP ${r.status})`, { hint: 'check the registry user and token (image-registry-token)' });
    if (r.status !== 200) throw new UserError(`${this.host}: the token service answered HTTP ${r.status}`);
    let token: unknown;
    try {
      const j = JSON.parse(r.text) as { token?: unknown; access_token?: unknown };
      token = j.token ?? j.access_token;
    } catch {
      // reported below
    }
    if (typeof token !== 'string' || !token || !/^[\x21-\x7e]+$/.test(token)) throw new UserError(`${this.host}: the token service's reply holds no token`);
    registerSecret(token);
    this.tokens.set(scope, token);
    return true;
  }

  /** One call with auth: a 401 is answered once per scheme, then reported. */
  private async call(call: HttpCall, scope: string, keep?: (res: IncomingMessage) => boolean, retry = this.retry): Promise<Reply & { res?: IncomingMessage }> {
    for (let round = 0; ; round++) {
      // Credentials go to the registry's own host only, never to an upload location or redirect elsewhere.
      const auth = new URL(call.url).host === this.host ? this.authHeader(scope) : {};
      const r = await sendWithRetry({ ...call, headers: { ...call.headers, ...auth }, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, retry, this.opts.log, keep);
      if (r.status !== 401 || round >= 2 || !(await this.authenticate(r, scope))) {
        if (r.status === 401) throw new UserError(`${this.host}: unauthorized (HTTP 401) for ${call.method} ${new URL(call.url).pathname}`, { hint: 'give registry credentials: SWRT_REGISTRY_USERNAME and SWRT_REGISTRY_PASSWORD, or the image-registry-token input' });
        return r;
      }
    }
  }

  private url(repo: string, rest: string): string {
    return `${this.base}/v2/${repo}/${rest}`;
  }

  async manifest(repo: string, ref: string): Promise<{ mediaType: string; bytes: Buffer; digest: string }> {
    const got = await this.manifestIfAny(repo, ref, `repository:${repo}:pull`);
    if (!got) throw new UserError(`${this.host}/${repo}:${ref}: no such image (HTTP 404)`, { hint: 'check the base image name (--base) and that the registry has it' });
    return got;
  }

  /** The manifest or index a tag or digest names, or undefined when the registry has none (404). */
  async manifestIfAny(repo: string, ref: string, scope = `repository:${repo}:pull`): Promise<{ mediaType: string; bytes: Buffer; digest: string } | undefined> {
    const r = await this.call({ method: 'GET', url: this.url(repo, `manifests/${ref}`), headers: { Accept: MANIFEST_TYPES.join(', ') } }, scope, () => true);
    if (r.status === 404) {
      r.res?.resume();
      return undefined;
    }
    if (r.status !== 200 || !r.res) throw new UserError(`${this.host}/${repo}:${ref}: the registry answered HTTP ${r.status} for the manifest`);
    const bytes = Buffer.from(await readText(r.res, r.status.toString(), MANIFEST_MAX).catch((e: unknown) => {
      throw new UserError(`${this.host}/${repo}:${ref}: cannot read the manifest: ${(e as Error).message}`);
    }), 'utf8');
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    if (DIGEST_RULE.test(ref) && ref !== digest) throw new UserError(`${this.host}/${repo}@${ref}: the registry sent a manifest with digest ${digest}`, { hint: 'the registry or something between is not to be trusted' });
    const mediaType = String(r.res.headers['content-type'] ?? '').split(';')[0]!.trim();
    return { mediaType, bytes, digest };
  }

  /** A small blob (a config) read whole, size-capped, its digest verified. */
  async blobBytes(repo: string, blob: BlobRef, max = CONFIG_MAX): Promise<Buffer> {
    if (blob.size > max) throw new UserError(`${this.host}/${repo}: blob ${blob.digest} is over ${max} bytes`);
    const tmp = tmpName(join(tmpdir(), 'swrt-blob'));
    try {
      await this.fetchBlob(repo, blob, tmp);
      return readFileSync(tmp);
    } finally {
      rmSync(tmp, { force: true });
    }
  }

  /**
   * Streams a blob into `file` (temp + rename), following a redirect to its storage; the digest must
   * match. Reading stops at the descriptor's size: a longer body would only be found out at the end.
   */
  async fetchBlob(repo: string, blob: BlobRef, file: string): Promise<void> {
    const { digest, size: max } = blob;
    let url = this.url(repo, `blobs/${digest}`);
    for (let hop = 0; hop < 4; hop++) {
      const sameHost = new URL(url).host === this.host;
      const call: HttpCall = { method: 'GET', url };
      const r = sameHost ? await this.call(call, `repository:${repo}:pull`, () => true) : await sendWithRetry({ ...call, insecure: this.opts.insecure, timeoutMs: this.opts.timeoutMs }, this.retry, this.opts.log, () => true);
      if ([301, 302, 303, 307, 308].includes(r.status) && r.headers.location) {
        url = this.followable(String(r.headers.location), 'blob redirect');
        continue;
      }
      if (r.status !== 200 || !r.res) throw new UserError(`${this.host}/${repo}: blob ${digest}: HTTP ${r.status}`);
      const hash = createHash('sha256');
      let size = 0;
      const tmp = tmpName(file);
      try {
        await pipeline(
          r.res,
          new Transform({
            transform(chunk: Buffer, _e, done) {
              size += chunk.length;
              if (size > max) return done(new UserError(`${repo}: blob ${digest} is over ${max} bytes`));
              hash.update(chunk);
              done(null, chunk);
            },
          }),
          createWriteStream(tmp),
        );
        if (`sha256:${hash.digest('hex')}` !== digest) throw new UserError(`${this.host}/${repo}: blob ${digest} arrived with other content`, { hint: 'the registry or something between is not to be trusted' });
        renameSync(tmp, file);
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${this.host}/${repo}: blob ${digest}: ${e instanceof ConnectionError ? e.message : (e as Error).message}`);
      } finally {
        rmSync(tmp, { force: true });
      }
      return;
    }
    throw new UserError(`${this.host}/${repo}: blob ${digest}: too many redirects`);
  }

  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const r = await this.call({ method: 'HEAD', url: this.url(repo, `blobs/${digest}`) }, `repository:${repo}:pull,push`);
    if (r.status === 200) return true;
    if (r.status === 404) return false;
    throw new UserError(`${this.host}/${repo}: HEAD blob ${digest}: HTTP ${r.status}`);
  }

  /**
   * Makes the blob present in `repo`: skipped when it is there, mounted from `from` (a repository on
   * the same registry that has it), else uploaded from `path` in chunks. A broken upload starts over
   * with a new session, up to the retry policy's attempts.
   */
  async pushBlob(repo: string, blob: { digest: string; size: number; path?: string; bytes?: Buffer }, from?: string): Promise<void> {
    if (await this.hasBlob(repo, blob.digest)) {
      this.stats.present++;
      return;
    }
    let start: string | undefined;
    if (from && from !== repo) {
      const r = await this.call({ method: 'POST', url: this.url(repo, `blobs/uploads/?mount=${encodeURIComponent(blob.digest)}&from=${encodeURIComponent(from)}`), body: emptyBody }, `repository:${repo}:pull,push repository:${from}:pull`);
      if (r.status === 201) {
        this.stats.mounted++;
        return;
      }
      if (r.status === 202 && r.headers.location) start = String(r.headers.location);
    }
    if (!blob.path && !blob.bytes) throw new UserError(`${this.host}/${repo}: blob ${blob.digest} is neither in the registry nor here to upload`);
    for (let attempt = 1; ; attempt++) {
      try {
        await this.upload(repo, blob, start);
        this.stats.uploaded++;
        this.stats.uploadedBytes += blob.size;
        return;
      } catch (e) {
        start = undefined;
        if (e instanceof UserError || attempt >= this.retry.attempts) throw e instanceof UserError ? e : new UserError(`${this.host}/${repo}: uploading ${blob.digest} failed after ${attempt} attempts: ${(e as Error).message}`);
        const delay = backoff(this.retry, attempt);
        this.opts.log.warn(`upload of ${blob.digest.slice(0, 19)} broke (${(e as Error).message}); starting it again in ${(delay / 1000).toFixed(1)}s (attempt ${attempt + 1} of ${this.retry.attempts})`);
        await sleep(delay);
      }
    }
  }

  private async upload(repo: string, blob: { digest: string; size: number; path?: string; bytes?: Buffer }, start?: string): Promise<void> {
    const scope = `repository:${repo}:pull,push`;
    let location = start;
    if (!location) {
      const r = await this.call({ method: 'POST', url: this.url(repo, 'blobs/uploads/'), body: emptyBody }, scope);
      if (r.status !== 202 || !r.headers.location) throw new UserError(`${this.host}/${repo}: starting an upload: HTTP ${r.status}`);
      location = String(r.headers.location);
    }
    const chunk = this.opts.chunkSize ?? 16 << 20;
    for (let offset = 0; offset < blob.size; offset += chunk) {
      const end = Math.min(blob.size, offset + chunk);
      const url = this.followable(location, 'upload location');
      const body = () => ({
        stream: blob.bytes ? ReadableFrom(blob.bytes.subarray(offset, end)) : createReadStream(blob.path!, { start: offset, end: end - 1 }),
        length: end - offset,
        contentType: 'application/octet-stream',
      });
      // One attempt per chunk: a chunk the registry may have half-taken is not sent again into the same session.
      const r = await this.call({ method: 'PATCH', url, body, headers: { 'Content-Range': `${offset}-${end - 1}` } }, scope, undefined, { ...this.retry, attempts: 1 });
      if (r.status !== 202 || !r.headers.location) throw new Error(`PATCH answered HTTP ${r.status}`);
      location = String(r.headers.location);
    }
    const put = new URL(this.followable(location, 'upload location'));
    put.searchParams.set('digest', blob.digest);
    const r = await this.call({ method: 'PUT', url: put.toString(), body: emptyBody }, scope);
    if (r.status !== 201) throw new Error(`closing the upload answered HTTP ${r.status}`);
    const got = r.headers['docker-content-digest'];
    if (got && got !== blob.digest) throw new UserError(`${this.host}/${repo}: the registry stored ${String(got)} for ${blob.digest}`);
  }

  /** Puts the manifest (last, once every blob is there) and returns the digest the registry confirms. */
  async putManifest(repo: string, tag: string, bytes: Buffer, mediaType: string): Promise<string> {
    const digest = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const r = await this.call({ method: 'PUT', url: this.url(repo, `manifests/${tag}`), body: () => ({ stream: ReadableFrom(bytes), length: bytes.length, contentType: mediaType }) }, `repository:${repo}:pull,push`);
    if (r.status !== 201) throw new UserError(`${this.host}/${repo}:${tag}: the registry refused the manifest (HTTP ${r.status}): ${r.text.slice(0, 300).replace(/\s+/g, ' ')}`);
    const got = r.headers['docker-content-digest'];
    if (got && got !== digest) throw new UserError(`${this.host}/${repo}:${tag}: the registry stored manifest ${String(got)}, not ${digest}`);
    return digest;
  }
}

function ReadableFrom(buf: Buffer): Readable {
  return Readable.from([buf]);
}
const emptyBody = () => ({ stream: ReadableFrom(Buffer.alloc(0)), length: 0, contentType: 'application/octet-stream' });
