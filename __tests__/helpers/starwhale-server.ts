// A local Starwhale server speaking the runtime endpoints of docs/starwhale-compat.md: Server protocol (0.6.15's
// RuntimeController): the {code, message, data} envelope, Bearer auth, project name → id, HEAD on a
// version, the multipart upload (part `file` required, 409 on a duplicate without force, the
// manifest read from the tar's first non-empty _manifest.yaml), tags, version URLs (id, vN, latest,
// name, tag) and the download. It stands in for the Java server, which cannot run here. Every
// request is recorded; faults can be injected (fail the next N requests with a status, reset the
// connection mid-upload, reset or stall a download mid-body). With `tls` it serves https.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer, type Server as HttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { list } from 'tar';
import { parse } from 'yaml';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Multipart text fields, in order. */
  fields?: [string, string][];
  /** The file part: its filename, content type, size and sha256. */
  file?: { name: string; filename: string; contentType: string; size: number; sha256: string };
  json?: unknown;
  /** The status the server answered (or 'reset'). */
  status?: number | 'reset';
}

interface StoredVersion {
  id: number;
  order: number;
  name: string;
  path: string;
  sha256: string;
  meta: string;
  tags: Set<string>;
}

interface Fault {
  match: (r: { method: string; path: string }) => boolean;
  remaining: number;
  status?: number;
  /** Destroy the socket after this many body bytes (mid-upload reset, or mid-download). */
  resetAfterBytes?: number;
  /** Send this many bytes of a download, then nothing more (the socket stays open). */
  stallAfterBytes?: number;
}

const NAME_RULE = /^[a-zA-Z][a-zA-Z\d_-]{2,80}$/;
const TAG_RULE = /^(?!latest$)(?!v\d+$)(?!\d+$)[\w._-]{2,80}$/;

export interface StarwhaleServerOptions {
  /** token (without `Bearer `) → role; OWNER/MAINTAINER may write, GUEST may only read. */
  tokens?: Record<string, 'OWNER' | 'MAINTAINER' | 'GUEST'>;
  /** project name → id */
  projects?: Record<string, number>;
  /** Serve https with this key and certificate (PEM). */
  tls?: { key: string; cert: string };
}

export class StarwhaleServer {
  readonly requests: RecordedRequest[] = [];
  private readonly server: Server | HttpsServer;
  private readonly dir = mkdtempSync(join(tmpdir(), 'sw-server-'));
  private readonly runtimes = new Map<string, StoredVersion[]>();
  private readonly faults: Fault[] = [];
  private nextId = 100;
  private readonly tokens: Record<string, string>;
  private readonly projects: Record<string, number>;
  url = '';

  constructor(opts: StarwhaleServerOptions = {}) {
    this.tokens = opts.tokens ?? { 'good-token': 'OWNER' };
    this.projects = opts.projects ?? { self: 1, 'starwhale:public': 7 };
    const handler = (req: IncomingMessage, res: ServerResponse) => {
      this.handle(req, res).catch((e: Error) => {
        if (!res.headersSent) this.reply(res, 500, { code: 'INTERNAL', message: e.message });
      });
    };
    this.scheme = opts.tls ? 'https' : 'http';
    this.server = opts.tls ? createTlsServer(opts.tls, handler) : createServer(handler);
  }

  private readonly scheme: 'http' | 'https';

  async start(): Promise<this> {
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `${this.scheme}://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** The next `n` requests matching `method` (and a path containing `pathPart`) get `status`. */
  failNext(n: number, status: number, method = 'POST', pathPart = '/file'): void {
    this.faults.push({ match: (r) => r.method === method && r.path.includes(pathPart), remaining: n, status });
  }

  /** The next `n` uploads have their connection destroyed after `afterBytes` body bytes. */
  resetNextUpload(n: number, afterBytes: number): void {
    this.faults.push({ match: (r) => r.method === 'POST' && r.path.endsWith('/file'), remaining: n, resetAfterBytes: afterBytes });
  }

  /** The next `n` downloads are cut (socket destroyed) after `afterBytes` body bytes. */
  resetNextDownload(n: number, afterBytes: number): void {
    this.faults.push({ match: (r) => r.method === 'GET' && r.path.endsWith('/file'), remaining: n, resetAfterBytes: afterBytes });
  }

  /** The next `n` downloads send `afterBytes` body bytes, then stall with the connection open. */
  stallNextDownload(n: number, afterBytes: number): void {
    this.faults.push({ match: (r) => r.method === 'GET' && r.path.endsWith('/file'), remaining: n, stallAfterBytes: afterBytes });
  }

  /** Seeds a version directly, as if someone else had uploaded it. */
  async seed(projectId: number, name: string, file: string, tags: string[] = []): Promise<StoredVersion> {
    const meta = await firstManifest(file);
    if (!meta) throw new Error('seed: no manifest');
    const version = (parse(meta) as { version: string }).version;
    const v = this.insert(projectId, name, version, file, await sha256(file), meta);
    for (const t of tags) v.tags.add(t);
    return v;
  }

  versions(projectId: number, name: string): StoredVersion[] {
    return this.runtimes.get(`${projectId}/${name}`) ?? [];
  }

  private insert(projectId: number, name: string, version: string, path: string, sha: string, meta: string): StoredVersion {
    const list = this.runtimes.get(`${projectId}/${name}`) ?? [];
    const v: StoredVersion = { id: this.nextId++, order: list.length, name: version, path, sha256: sha, meta, tags: new Set() };
    list.push(v);
    this.runtimes.set(`${projectId}/${name}`, list);
    return v;
  }

  private reply(res: ServerResponse, status: number, body: { code: string; message: string; data?: unknown }): void {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  }

  private ok(res: ServerResponse, data: unknown = ''): void {
    this.reply(res, 200, { code: 'success', message: 'Success', data });
  }

  private projectId(p: string): number | undefined {
    if (/^\d+$/.test(p)) return Object.values(this.projects).includes(Number(p)) ? Number(p) : undefined;
    return this.projects[p];
  }

  /** BundleManager.getBundleVersion: numeric id → vN → latest → name → tag. */
  private findVersion(list: StoredVersion[], url: string): StoredVersion | undefined {
    if (/^\d+$/.test(url)) return list.find((v) => v.id === Number(url));
    const alias = /^v(\d+)$/.exec(url);
    if (alias) return list.find((v) => v.order === Number(alias[1]));
    if (url.toLowerCase() === 'latest') return list[list.length - 1];
    return list.find((v) => v.name === url) ?? list.find((v) => v.tags.has(url));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const u = new URL(req.url ?? '/', 'http://x');
    const rec: RecordedRequest = { method: req.method ?? '', path: u.pathname, query: Object.fromEntries(u.searchParams), headers: { ...req.headers } };
    this.requests.push(rec);
    const done = (status: number | 'reset') => (rec.status = status);
    const fault = this.faults.find((f) => f.remaining > 0 && f.match(rec));
    if (fault) fault.remaining--;
    if (fault?.status !== undefined) {
      if (rec.method === 'POST' && req.headers['content-type']?.startsWith('multipart/')) await this.readMultipart(req, rec);
      else req.resume();
      done(fault.status);
      return this.reply(res, fault.status, { code: 'INTERNAL', message: 'injected failure' });
    }

    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const role = token ? this.tokens[token] : undefined;
    if (!role) {
      req.resume();
      done(401);
      return this.reply(res, 401, { code: 'UNAUTHORIZED', message: token ? 'JWT token is invalid or expired' : 'Unauthorized' });
    }

    const m = /^\/api\/v1\/project\/([^/]+)(?:\/runtime\/([^/]+)(?:\/version\/([^/]+)(\/file|\/tag)?)?)?$/.exec(u.pathname);
    if (!m) {
      req.resume();
      done(404);
      return this.reply(res, 404, { code: 'NOT_FOUND', message: `no route ${u.pathname}` });
    }
    const [, pEnc, nEnc, vEnc, leaf] = m;
    const pid = this.projectId(decodeURIComponent(pEnc!));
    if (pid === undefined) {
      req.resume();
      done(404);
      return this.reply(res, 404, { code: 'NOT_FOUND', message: `Project ${decodeURIComponent(pEnc!)} not found` });
    }
    const name = nEnc && decodeURIComponent(nEnc);
    const vurl = vEnc && decodeURIComponent(vEnc);
    const list = name ? this.versions(pid, name) : [];

    if (!name && req.method === 'GET') {
      done(200);
      const pname = Object.entries(this.projects).find(([, id]) => id === pid)![0];
      return this.ok(res, { id: String(pid), name: pname });
    }
    if (name && !vurl && req.method === 'GET') {
      const v = this.findVersion(list, u.searchParams.get('versionUrl') ?? 'latest');
      if (!v) {
        done(404);
        return this.reply(res, 404, { code: 'NOT_FOUND', message: `Runtime ${name} version not found` });
      }
      done(200);
      return this.ok(res, { id: '1', name, versionId: String(v.id), versionName: v.name, versionAlias: `v${v.order}`, versionTag: [...v.tags].join(','), versionMeta: v.meta, manifest: v.meta, shared: 0 });
    }
    if (name && vurl && !leaf && req.method === 'HEAD') {
      const st = this.findVersion(list, vurl) ? 200 : 404;
      done(st);
      res.writeHead(st).end();
      return;
    }
    if (name && vurl && leaf === '/file' && req.method === 'POST') return this.upload(req, res, rec, pid, name, vurl, role, fault);
    if (name && vurl && leaf === '/file' && req.method === 'GET') {
      const v = this.findVersion(list, vurl);
      if (!v) {
        done(404);
        return this.reply(res, 404, { code: 'NOT_FOUND', message: 'Runtime version not found' });
      }
      res.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': statSync(v.path).size, 'Content-Disposition': `attachment; filename="${v.name}.swrt"` });
      const cut = fault?.resetAfterBytes ?? fault?.stallAfterBytes;
      if (cut === undefined) {
        done(200);
        createReadStream(v.path).pipe(res);
        return;
      }
      done('reset');
      const head = createReadStream(v.path, { start: 0, end: cut - 1 });
      head.on('data', (c) => res.write(c));
      head.on('end', () => {
        if (fault?.resetAfterBytes !== undefined) setTimeout(() => res.socket?.destroy(), 20);
      });
      return;
    }
    if (name && vurl && leaf === '/tag') {
      const v = this.findVersion(list, vurl);
      if (!v) {
        req.resume();
        done(404);
        return this.reply(res, 404, { code: 'NOT_FOUND', message: 'Runtime version not found' });
      }
      if (req.method === 'GET') {
        done(200);
        return this.ok(res, [...v.tags]);
      }
      if (req.method === 'POST') {
        const body = JSON.parse(await text(req)) as { tag?: string; force?: boolean };
        rec.json = body;
        if (role === 'GUEST') {
          done(403);
          return this.reply(res, 403, { code: 'ACCESS_DENIED', message: 'Access is denied' });
        }
        if (!body.tag || !TAG_RULE.test(body.tag)) {
          done(400);
          return this.reply(res, 400, { code: 'VALIDATION', message: `invalid tag ${body.tag}` });
        }
        const owner = list.find((x) => x.tags.has(body.tag!));
        if (owner && owner !== v && !body.force) {
          done(400);
          return this.reply(res, 400, { code: 'VALIDATION', message: `tag ${body.tag} already exists` });
        }
        owner?.tags.delete(body.tag);
        v.tags.add(body.tag);
        done(200);
        return this.ok(res);
      }
    }
    req.resume();
    done(405);
    return this.reply(res, 405, { code: 'METHOD', message: 'method not allowed' });
  }

  private async upload(req: IncomingMessage, res: ServerResponse, rec: RecordedRequest, pid: number, name: string, version: string, role: string, fault?: Fault): Promise<void> {
    if (fault?.resetAfterBytes !== undefined) {
      let seen = 0;
      const cut = fault.resetAfterBytes;
      await new Promise<void>((resolve) => {
        req.on('data', (c: Buffer) => {
          seen += c.length;
          if (seen >= cut) {
            rec.status = 'reset';
            req.socket.destroy();
            resolve();
          }
        });
        req.on('close', () => resolve());
      });
      return;
    }
    if (!req.headers['content-type']?.startsWith('multipart/form-data')) {
      req.resume();
      rec.status = 415;
      return this.reply(res, 415, { code: 'VALIDATION', message: 'Content-Type must be multipart/form-data' });
    }
    const file = await this.readMultipart(req, rec);
    const fail = (status: number, code: string, message: string) => {
      if (file) rmSync(file, { force: true });
      rec.status = status;
      this.reply(res, status, { code, message });
    };
    if (role === 'GUEST') return fail(403, 'ACCESS_DENIED', 'Access is denied');
    if (!NAME_RULE.test(name)) return fail(400, 'VALIDATION', `invalid runtime name ${name}`);
    if (!file || !rec.file) return fail(400, 'VALIDATION', "Required request part 'file' is not present");
    const force = rec.fields?.find(([k]) => k === 'force')?.[1] === '1';
    const list = this.versions(pid, name);
    const existing = list.find((v) => v.name === version);
    if (existing && !force) return fail(409, 'DUPLICATE', 'Runtime version duplicate');
    if (existing) {
      // docs/starwhale-compat.md: Server protocol quirk: a forced overwrite replaces the file but not version_meta.
      existing.path = file;
      existing.sha256 = rec.file.sha256;
      rec.status = 200;
      return this.ok(res);
    }
    const meta = await firstManifest(file);
    if (!meta) return fail(500, 'INTERNAL', 'java.lang.NullPointerException: manifest');
    this.insert(pid, name, version, file, rec.file.sha256, meta);
    rec.status = 200;
    return this.ok(res);
  }

  /** A streaming multipart/form-data parser: text fields into rec.fields, the `file` part to disk. */
  private async readMultipart(req: IncomingMessage, rec: RecordedRequest): Promise<string | undefined> {
    const boundary = /boundary=([^;]+)/.exec(req.headers['content-type'] ?? '')?.[1]?.replace(/^"|"$/g, '');
    if (!boundary) {
      req.resume();
      return undefined;
    }
    const delim = Buffer.from(`\r\n--${boundary}`);
    rec.fields = [];
    let buf = Buffer.from('\r\n');
    let state: 'head' | 'body' | 'end' = 'head';
    let part: { name: string; filename?: string; contentType: string; chunks: Buffer[]; out?: ReturnType<typeof createWriteStream>; hash?: ReturnType<typeof createHash>; size: number } | undefined;
    let filePath: string | undefined;
    const writes: Promise<void>[] = [];
    const finishPart = () => {
      if (!part) return;
      if (part.out) {
        const out = part.out;
        writes.push(new Promise((r) => out.end(r)));
        rec.file = { name: part.name, filename: part.filename ?? '', contentType: part.contentType, size: part.size, sha256: part.hash!.digest('hex') };
      } else rec.fields!.push([part.name, Buffer.concat(part.chunks).toString('utf8')]);
      part = undefined;
    };
    const emit = (data: Buffer) => {
      if (!part || data.length === 0) return;
      part.size += data.length;
      if (part.out) {
        part.hash!.update(data);
        part.out.write(data);
      } else part.chunks.push(data);
    };
    for await (const chunk of req) {
      buf = Buffer.concat([buf, chunk as Buffer]);
      for (;;) {
        if (state === 'end') {
          buf = Buffer.alloc(0);
          break;
        }
        if (state === 'head') {
          const start = buf.indexOf(delim);
          if (start < 0) break;
          const after = buf.subarray(start + delim.length);
          if (after.length < 2) break;
          if (after.subarray(0, 2).toString() === '--') {
            state = 'end';
            continue;
          }
          const hEnd = after.indexOf('\r\n\r\n');
          if (hEnd < 0) break;
          const head = after.subarray(2, hEnd).toString('utf8');
          const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
          const filename = /filename="([^"]*)"/.exec(head)?.[1];
          const contentType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? '';
          part = { name, filename, contentType, chunks: [], size: 0 };
          if (filename !== undefined) {
            filePath = join(this.dir, `${this.nextId++}-${filename}`);
            part.out = createWriteStream(filePath);
            part.hash = createHash('sha256');
          }
          buf = after.subarray(hEnd + 4);
          state = 'body';
          continue;
        }
        const end = buf.indexOf(delim);
        if (end < 0) {
          const keep = Math.min(buf.length, delim.length);
          emit(buf.subarray(0, buf.length - keep));
          buf = buf.subarray(buf.length - keep);
          break;
        }
        emit(buf.subarray(0, end));
        finishPart();
        buf = buf.subarray(end);
        state = 'head';
      }
    }
    await Promise.all(writes);
    return filePath;
  }
}

async function text(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function sha256(file: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(file)) h.update(c as Buffer);
  return h.digest('hex');
}

/** The server's manifest extraction: the first non-empty _manifest.yaml entry of the tar, or undefined. */
async function firstManifest(file: string): Promise<string | undefined> {
  let found: string | undefined;
  try {
    await list({
      file,
      onReadEntry: (e) => {
        if (found === undefined && e.path.replace(/^\.?\//, '') === '_manifest.yaml' && (e.size ?? 0) > 0) {
          const chunks: Buffer[] = [];
          e.on('data', (c: Buffer) => chunks.push(c));
          e.on('end', () => (found = Buffer.concat(chunks).toString('utf8')));
        } else e.resume();
      },
    });
  } catch {
    return undefined;
  }
  return found;
}
