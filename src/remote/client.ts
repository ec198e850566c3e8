// The Starwhale server API a runtime copy needs (§7): the {code, message, data} envelope, project
// name → id, version existence, the multipart upload, tags, version resolution and the download.
// Errors name the instance and say what to do; the token is only ever put in a header.
import type { IncomingMessage } from 'node:http';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { DEFAULT_RETRY, sendWithRetry, type Body, type Reply, type RetryPolicy } from './http.js';

export interface ClientOptions {
  instanceUrl: string;
  /** `Bearer …` (see auth.ts); undefined for anonymous. */
  token?: string;
  log: Log;
  retry?: Partial<RetryPolicy>;
  /** Timeout of the upload request (§7.1: swcli uses 1200 s). */
  uploadTimeoutMs?: number;
}

interface Envelope {
  code?: string;
  message?: string;
  data?: unknown;
}

export interface VersionInfo {
  name: string;
  versionName: string;
  versionMeta?: string;
}

const enc = encodeURIComponent;

export class StarwhaleClient {
  readonly instanceUrl: string;
  private readonly retry: RetryPolicy;

  constructor(private readonly opts: ClientOptions) {
    this.instanceUrl = opts.instanceUrl.replace(/\/+$/, '');
    this.retry = { ...DEFAULT_RETRY, ...opts.retry };
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

  async call(method: string, path: string, opts: { json?: unknown; body?: () => Body; timeoutMs?: number } = {}): Promise<Reply> {
    const payload = opts.json === undefined ? undefined : Buffer.from(JSON.stringify(opts.json));
    return sendWithRetry(
      {
        method,
        url: this.url(path),
        headers: this.headers(payload !== undefined),
        body: opts.body,
        timeoutMs: opts.timeoutMs,
        ...(payload ? { body: () => bufferBody(payload) } : {}),
      },
      this.retry,
      this.opts.log,
    );
  }

  /** Turns a non-2xx reply into a UserError that names the instance and the server's reason. */
  fail(what: string, r: Reply): never {
    const env = envelope(r.text);
    const reason = env?.message || r.text.slice(0, 200) || `HTTP ${r.status}`;
    const where = `${this.instanceUrl}`;
    if (r.status === 401) {
      throw new UserError(`${where} refused ${what}: not authenticated (HTTP 401: ${reason})`, {
        hint: this.opts.token ? 'the token is invalid or expired; get a new one and pass it with server-token / SW_TOKEN' : 'no token was given: set server-token / SW_TOKEN, or run swcli instance login',
      });
    }
    if (r.status === 403) {
      throw new UserError(`${where} refused ${what}: permission denied (HTTP 403: ${reason})`, { hint: 'the token user needs the OWNER or MAINTAINER role in that project' });
    }
    throw new UserError(`${where}: ${what} failed: HTTP ${r.status}${env?.code ? ` ${env.code}` : ''}: ${reason}`);
  }

  async json<T>(method: string, path: string, what: string, body?: unknown): Promise<T> {
    const r = await this.call(method, path, { json: body });
    if (r.status < 200 || r.status > 299) this.fail(what, r);
    return (envelope(r.text)?.data ?? null) as T;
  }

  /** A project name (or `owner:name`) to its numeric id; ids pass through (§3.4). */
  async projectId(project: string): Promise<string> {
    if (/^\d+$/.test(project)) return project;
    const r = await this.call('GET', `project/${enc(project)}`);
    if (r.status === 404) throw new UserError(`project "${project}" not found on ${this.instanceUrl}`, { hint: 'check the project name (owner:project for another owner), or create it in the console' });
    if (r.status !== 200) this.fail(`reading project "${project}"`, r);
    const id = (envelope(r.text)?.data as { id?: unknown } | undefined)?.id;
    if (id === undefined || id === null) throw new UserError(`${this.instanceUrl} returned no id for project "${project}"`);
    return String(id);
  }

  private rpath(projectId: string, name: string, version?: string): string {
    return `project/${enc(projectId)}/runtime/${enc(name)}${version === undefined ? '' : `/version/${enc(version)}`}`;
  }

  async versionExists(projectId: string, name: string, version: string): Promise<boolean> {
    const r = await this.call('HEAD', this.rpath(projectId, name, version));
    if (r.status === 200) return true;
    if (r.status === 404) return false;
    return this.fail(`checking ${name}/version/${version}`, r);
  }

  /** One multipart POST; returns the raw reply so the caller can handle 409. */
  async uploadFile(projectId: string, name: string, version: string, body: () => Body): Promise<Reply> {
    return this.call('POST', `${this.rpath(projectId, name, version)}/file`, { body, timeoutMs: this.opts.uploadTimeoutMs ?? 1_200_000 });
  }

  async addTag(projectId: string, name: string, version: string, tag: string, force: boolean): Promise<void> {
    await this.json('POST', `${this.rpath(projectId, name, version)}/tag`, `tagging ${name}/version/${version} with "${tag}"`, { force, tag });
  }

  async listTags(projectId: string, name: string, version: string): Promise<string[]> {
    const d = await this.json<unknown>('GET', `${this.rpath(projectId, name, version)}/tag`, `listing tags of ${name}/version/${version}`);
    return Array.isArray(d) ? d.map(String) : [];
  }

  /** Resolves a version, tag, `latest` or `vN` (§7.3); undefined when the server has none. */
  async versionInfo(projectId: string, name: string, versionUrl: string): Promise<VersionInfo | undefined> {
    const r = await this.call('GET', `${this.rpath(projectId, name)}?versionUrl=${enc(versionUrl)}`);
    if (r.status === 404) return undefined;
    if (r.status !== 200) this.fail(`resolving ${name}/version/${versionUrl}`, r);
    const d = (envelope(r.text)?.data ?? {}) as { name?: unknown; versionName?: unknown; versionMeta?: unknown };
    if (typeof d.versionName !== 'string') return undefined;
    return { name: typeof d.name === 'string' ? d.name : name, versionName: d.versionName, versionMeta: typeof d.versionMeta === 'string' ? d.versionMeta : undefined };
  }

  /** Starts the bundle download; the caller consumes the stream. */
  async openFile(projectId: string, name: string, version: string): Promise<{ res: IncomingMessage; length?: number }> {
    const path = `${this.rpath(projectId, name, version)}/file?runtime=${enc(`${name}:${version}`)}&project=${enc(projectId)}`;
    const r = await sendWithRetry({ method: 'GET', url: this.url(path), headers: this.headers(false), timeoutMs: this.opts.uploadTimeoutMs ?? 1_200_000 }, this.retry, this.opts.log, () => true);
    if (!r.res) this.fail(`downloading ${name}/version/${version}`, r);
    const len = Number(r.headers['content-length']);
    return { res: r.res, length: Number.isFinite(len) ? len : undefined };
  }
}

function bufferBody(buf: Buffer): Body {
  return { stream: Readable.from([buf]), length: buf.length, contentType: 'application/json' };
}

export function envelope(text: string): Envelope | undefined {
  try {
    const v = JSON.parse(text) as unknown;
    return v && typeof v === 'object' ? (v as Envelope) : undefined;
  } catch {
    return undefined;
  }
}

/** The `version` field of a manifest YAML (the server keeps it as versionMeta). */
export function metaVersion(meta: string | undefined): string | undefined {
  if (!meta) return undefined;
  try {
    const m = parse(meta) as { version?: unknown } | null;
    return typeof m?.version === 'string' ? m.version : undefined;
  } catch {
    return undefined;
  }
}
