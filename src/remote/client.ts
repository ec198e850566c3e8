// The Starwhale server API a runtime copy needs (docs/starwhale-compat.md: Server protocol): the {code, message, data} envelope, project
// name → id, version existence, the multipart upload, tags, version resolution and the download.
// A reply is input: its shape and types are checked before use, its text is printed only cleaned
// (the token masked, one line, capped). Errors name the instance and say what to do; the token is
// only ever put in a header.
import { createWriteStream, rmSync, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parse } from 'yaml';
import { checkName, checkVersion } from '../util/names.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { backoff, ConnectionError, DEFAULT_RETRY, MAX_REPLY_BYTES, ReplyTooLarge, sendWithRetry, sleep, type Body, type HttpCall, type Reply, type RetryPolicy } from './http.js';
import { checkInstanceUrl, checkSegment } from './uri.js';
import { DEFAULT_IDLE_MS, idleTimeoutFromEnv } from '../util/idle-timeout.js';
import { oneLine } from '../util/one-line.js';

export interface ClientOptions {
  instanceUrl: string;
  /** `Bearer …` (see auth.ts); undefined for anonymous. */
  token?: string;
  log: Log;
  retry?: Partial<RetryPolicy>;
  /** Timeout of the upload request (docs/starwhale-compat.md: Server protocol: swcli uses 1200 s). */
  uploadTimeoutMs?: number;
  /** No bytes for this long ends a reply or a download; default $SWRT_HTTP_IDLE_TIMEOUT seconds, else 90 s. */
  idleTimeoutMs?: number;
  /** Accept a certificate that does not verify (self-signed servers; an explicit opt-in). */
  insecure?: boolean;
}

interface Envelope {
  code?: unknown;
  message?: unknown;
  data?: unknown;
}

export interface VersionInfo {
  name: string;
  versionName: string;
  versionMeta?: string;
}

const enc = encodeURIComponent;
/** A project, runtime or version as one path segment: `.`, `..` and empty are refused, the rest encoded. */
const seg = (kind: string, value: string) => enc(checkSegment(kind, value));

export const INSECURE_HINT =
  'for a self-signed server, trust its CA with NODE_EXTRA_CA_CERTS=ca.pem, or turn verification off with --insecure (swrt copy), server-insecure: true (action) or SWRT_INSECURE=1';
const NOT_STARWHALE = 'check the server URL: a Starwhale server does not answer this way';


function connectionHint(code: string | undefined): string {
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'check the host name in the server URL, and the DNS of this machine';
  if (code === 'ECONNREFUSED') return 'nothing listens there: check the server URL and port, and that the server is up';
  if (code === 'ETIMEDOUT') return 'the server stopped answering: check the URL, proxies and firewalls (SWRT_HTTP_IDLE_TIMEOUT sets the wait)';
  return 'check the server URL and the network, then run it again';
}

export class StarwhaleClient {
  readonly instanceUrl: string;
  private readonly retry: RetryPolicy;
  private readonly idleMs: number;

  constructor(private readonly opts: ClientOptions) {
    this.instanceUrl = checkInstanceUrl(opts.instanceUrl);
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
    this.idleMs = opts.idleTimeoutMs ?? idleTimeoutFromEnv() ?? DEFAULT_IDLE_MS;
  }

  private url(path: string): string {
    return `${this.instanceUrl}/api/v1/${path}`;
  }

  private headers(json: boolean): Record<string, string> {
    const h: Record<string, string> = {};
    if (json) h['Content-Type'] = 'application/json';
    if (this.opts.token) h.Authorization = this.opts.token;
    const alias = process.env.SW_CLIENT_FAVORED_OSS_DOMAIN_ALIAS;
    if (alias) h.SW_CLIENT_FAVORED_OSS_DOMAIN_ALIAS = alias;
    return h;
  }

  /** `text` with the token (with and without `Bearer `) masked. */
  mask(text: string): string {
    const t = this.opts.token;
    if (!t) return text;
    const raw = t.replace(/^bearer\s+/i, '');
    let out = text.split(t).join('***');
    if (raw.length >= 4) out = out.split(raw).join('***');
    return out;
  }

  /** Server text made printable: masked, control characters folded to spaces, at most `max` characters. */
  clean(text: string, max = 200): string {
    const one = oneLine(this.mask(text));
    return one.length > max ? `${one.slice(0, max)}…` : one;
  }

  /** The same error with the token masked in its message and hint (user errors only). */
  masked(e: unknown): unknown {
    if (!(e instanceof UserError)) return e;
    const msg = this.mask(e.message);
    const hint = e.hint === undefined ? undefined : this.mask(e.hint);
    if (msg === e.message && hint === e.hint) return e;
    return new UserError(msg, { hint, where: e.where });
  }

  private httpCall(method: string, path: string, extra: Partial<HttpCall> = {}): HttpCall {
    return { method, url: this.url(path), headers: this.headers(false), timeoutMs: this.idleMs, insecure: this.opts.insecure, ...extra };
  }

  /** A transport failure as one line that names the instance. */
  private transportError(e: unknown, what: string): unknown {
    if (e instanceof ConnectionError) {
      if (e.tls) return new UserError(`cannot verify the TLS certificate of ${this.instanceUrl} (${this.clean(e.message)})`, { hint: INSECURE_HINT });
      const tries = e.attempts > 1 ? ` after ${e.attempts} attempts` : '';
      return new UserError(`cannot reach ${this.instanceUrl} for ${what}${tries}: ${this.clean(e.message)}`, { hint: connectionHint(e.code) });
    }
    if (e instanceof ReplyTooLarge) {
      return new UserError(`${this.instanceUrl} sent a reply over ${MAX_REPLY_BYTES / 2 ** 20} MiB to ${what}; refused`, { hint: NOT_STARWHALE });
    }
    return e;
  }

  async call(method: string, path: string, what: string, opts: { json?: unknown; body?: () => Body; timeoutMs?: number } = {}): Promise<Reply> {
    const payload = opts.json === undefined ? undefined : Buffer.from(JSON.stringify(opts.json));
    const call = this.httpCall(method, path, {
      headers: this.headers(payload !== undefined),
      body: payload ? () => bufferBody(payload) : opts.body,
      ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    });
    try {
      return await sendWithRetry(call, this.retry, this.opts.log);
    } catch (e) {
      throw this.transportError(e, what);
    }
  }

  /** Turns a non-2xx reply into a UserError that names the instance and the server's reason. */
  fail(what: string, r: Reply): never {
    const env = envelope(r.text);
    const reason = this.clean(typeof env?.message === 'string' && env.message ? env.message : r.text.slice(0, 400)) || `HTTP ${r.status}`;
    const code = typeof env?.code === 'string' ? ` ${this.clean(env.code, 40)}` : '';
    const where = `${this.instanceUrl}`;
    if (r.status === 401) {
      throw new UserError(`${where} refused ${what}: not authenticated (HTTP 401: ${reason})`, {
        hint: this.opts.token ? 'the token is invalid or expired; get a new one and pass it with server-token / SW_TOKEN' : 'no token was given: set server-token / SW_TOKEN, or run swcli instance login',
      });
    }
    if (r.status === 403) {
      throw new UserError(`${where} refused ${what}: permission denied (HTTP 403: ${reason})`, { hint: 'the token user needs the OWNER or MAINTAINER role in that project' });
    }
    throw new UserError(`${where}: ${what} failed: HTTP ${r.status}${code}: ${reason}`);
  }

  /** The `data` of a 2xx JSON envelope (a reply that is not one is refused). */
  async json(method: string, path: string, what: string, body?: unknown): Promise<unknown> {
    const r = await this.call(method, path, what, { json: body });
    if (r.status < 200 || r.status > 299) this.fail(what, r);
    const env = envelope(r.text);
    if (!env) throw new UserError(`${this.instanceUrl} did not answer ${what} with a JSON envelope (HTTP ${r.status}: ${this.clean(r.text, 80) || 'empty'})`, { hint: NOT_STARWHALE });
    return env.data ?? null;
  }

  /** A project name (or `owner:name`) to its numeric id; ids pass through (docs/starwhale-compat.md: URIs). */
  async projectId(project: string): Promise<string> {
    if (/^\d+$/.test(project)) return project;
    const what = `reading project "${project}"`;
    const r = await this.call('GET', `project/${seg('project', project)}`, what);
    if (r.status === 404) throw new UserError(`project "${project}" not found on ${this.instanceUrl}`, { hint: 'check the project name (owner:project for another owner), or create it in the console' });
    if (r.status !== 200) this.fail(what, r);
    const data = envelope(r.text)?.data;
    const id = data && typeof data === 'object' ? (data as { id?: unknown }).id : undefined;
    if (typeof id === 'number' && Number.isSafeInteger(id) && id >= 0) return String(id);
    if (typeof id === 'string' && /^\d{1,18}$/.test(id)) return id;
    const got = id === undefined ? 'no id' : `${this.clean(JSON.stringify(id) ?? typeof id, 60)} as its id`;
    throw new UserError(`${this.instanceUrl} answered project "${project}" with ${got}, not a number`, { hint: NOT_STARWHALE });
  }

  private rpath(projectId: string, name: string, version?: string): string {
    return `project/${seg('project', projectId)}/runtime/${seg('runtime', name)}${version === undefined ? '' : `/version/${seg('version', version)}`}`;
  }

  /** HEAD on the version: true on 200, false on 404. A 200 alone proves nothing (see copy.ts). */
  async versionExists(projectId: string, name: string, version: string): Promise<boolean> {
    const what = `checking ${name}/version/${version}`;
    const r = await this.call('HEAD', this.rpath(projectId, name, version), what);
    if (r.status === 200) return true;
    if (r.status === 404) return false;
    return this.fail(what, r);
  }

  /** One multipart POST; returns the raw reply so the caller can handle 409. */
  async uploadFile(projectId: string, name: string, version: string, body: () => Body): Promise<Reply> {
    return this.call('POST', `${this.rpath(projectId, name, version)}/file`, `the upload of ${name}/version/${version}`, { body, timeoutMs: this.opts.uploadTimeoutMs ?? 1_200_000 });
  }

  async addTag(projectId: string, name: string, version: string, tag: string, force: boolean): Promise<void> {
    await this.json('POST', `${this.rpath(projectId, name, version)}/tag`, `tagging ${name}/version/${version} with "${tag}"`, { force, tag });
  }

  /** The server's tags of a version: an array of strings (their names are the caller's to check). */
  async listTags(projectId: string, name: string, version: string): Promise<string[]> {
    const what = `listing tags of ${name}/version/${version}`;
    const d = await this.json('GET', `${this.rpath(projectId, name, version)}/tag`, what);
    if (d === null) return [];
    if (!Array.isArray(d) || d.some((t) => typeof t !== 'string' || t.length > 200)) {
      throw new UserError(`${this.instanceUrl} answered ${what} with something other than a list of tags`, { hint: NOT_STARWHALE });
    }
    return d as string[];
  }

  /** Resolves a version, tag, `latest` or `vN` (docs/starwhale-compat.md: Server protocol); undefined when the server has none. Names and versions are checked. */
  async versionInfo(projectId: string, name: string, versionUrl: string): Promise<VersionInfo | undefined> {
    const what = `resolving ${name}/version/${versionUrl}`;
    const r = await this.call('GET', `${this.rpath(projectId, name)}?versionUrl=${enc(versionUrl)}`, what);
    if (r.status === 404) return undefined;
    if (r.status !== 200) this.fail(what, r);
    const data = envelope(r.text)?.data;
    const from = `${this.instanceUrl}'s answer to ${what}`;
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new UserError(`${from} holds no version information`, { hint: NOT_STARWHALE });
    const d = data as { name?: unknown; versionName?: unknown; versionMeta?: unknown };
    try {
      const info: VersionInfo = { name: checkName(d.name, 'runtime name', from), versionName: checkVersion(d.versionName, from) };
      if (typeof d.versionMeta === 'string') info.versionMeta = d.versionMeta;
      else if (d.versionMeta !== undefined && d.versionMeta !== null) throw new UserError(`${from} has a versionMeta that is not text`, { hint: NOT_STARWHALE });
      return info;
    } catch (e) {
      throw this.masked(e);
    }
  }

  /**
   * Downloads the bundle into `file` (created, never overwritten): the idle timeout ends a stalled
   * transfer, a transfer cut short is downloaded again from the start within the retry budget, and
   * the size must match Content-Length. On failure `file` does not exist.
   */
  async download(projectId: string, name: string, version: string, file: string): Promise<{ size: number }> {
    const what = `the download of ${name}/version/${version}`;
    const call = this.httpCall('GET', `${this.rpath(projectId, name, version)}/file?runtime=${enc(`${name}:${version}`)}&project=${enc(projectId)}`);
    let used = 0;
    for (;;) {
      let r: Reply & { res?: Readable };
      try {
        r = await sendWithRetry(call, { ...this.retry, attempts: this.retry.attempts - used }, this.opts.log, () => true);
      } catch (e) {
        throw this.transportError(e, what);
      }
      used += r.attempts;
      if (!r.res) this.fail(what, r);
      const lenHeader = r.headers['content-length'];
      const length = lenHeader !== undefined && /^\d+$/.test(lenHeader) ? Number(lenHeader) : undefined;
      let why: string;
      try {
        await pipeline(r.res, createWriteStream(file, { flags: 'wx' }));
        const size = statSync(file).size;
        if (length === undefined || size === length) return { size };
        why = `got ${size} bytes of the ${length} announced`;
      } catch (e) {
        const err = e as NodeJS.ErrnoException;
        if (err.syscall && err.path === file) throw new UserError(`cannot write ${file}: ${err.message}`);
        why = this.clean(err.message);
      }
      rmSync(file, { force: true });
      if (used >= this.retry.attempts) {
        throw new UserError(`${what} from ${this.instanceUrl} failed after ${used} attempt${used > 1 ? 's' : ''}: ${why}`, {
          hint: 'run the copy again; for a slow server raise SWRT_HTTP_IDLE_TIMEOUT (seconds)',
        });
      }
      const delay = backoff(this.retry, used);
      this.opts.log.warn(`${what}: ${why}; downloading again from the start in ${(delay / 1000).toFixed(1)}s (attempt ${used + 1} of ${this.retry.attempts})`);
      await sleep(delay);
    }
  }
}

function bufferBody(buf: Buffer): Body {
  return { stream: Readable.from([buf]), length: buf.length, contentType: 'application/json' };
}

export function envelope(text: string): Envelope | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

/** The `name` and `version` of a manifest YAML (the server keeps it as versionMeta), when they are text. */
export function metaFields(meta: string | undefined): { name?: string; version?: string } {
  if (!meta) return {};
  try {
    const m = parse(meta) as { name?: unknown; version?: unknown } | null;
    if (!m || typeof m !== 'object') return {};
    return { name: typeof m.name === 'string' ? m.name : undefined, version: typeof m.version === 'string' ? m.version : undefined };
  } catch {
    return {};
  }
}

/** The `version` field of a manifest YAML. */
export function metaVersion(meta: string | undefined): string | undefined {
  return metaFields(meta).version;
}
