// A local stand-in for GitHub's results service, so the unmodified @actions/cache (Twirp v2) and
// @actions/artifact (Twirp) run their real code against 127.0.0.1: Twirp JSON RPCs plus an Azure
// Blob REST endpoint (Put Blob, Put Block, Put Block List, GET/HEAD with Range). In memory.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runtimeToken } from './runtime-token.js';

const CACHE_SVC = 'github.actions.results.api.v1.CacheService';
const ARTIFACT_SVC = 'github.actions.results.api.v1.ArtifactService';

export interface RecordedCall {
  /** `CreateCacheEntry`, `ListArtifacts`, … or `blob:PUT`, `blob:GET`, `blob:HEAD`. */
  route: string;
  status: number;
  body?: Record<string, unknown>;
  url: string;
}

export interface Blob {
  data: Buffer;
  contentType?: string;
}

export interface CacheEntry {
  id: number;
  key: string;
  version: string;
  blob: string;
  finalized: boolean;
  sizeBytes: number;
  createdAt: number;
}

export interface ArtifactEntry {
  id: number;
  runId: string;
  jobId: string;
  name: string;
  blob: string;
  finalized: boolean;
  size: number;
  digest?: string;
  createdAt: string;
}

export interface ResultsServiceOptions {
  /** Token the Bearer check expects; a fresh unsigned JWT by default. */
  token?: string;
  runId?: string;
  jobId?: string;
  /** Refuse CreateCacheEntry with `ok:false` once the stored cache bytes exceed this (quota). */
  cacheQuotaBytes?: number;
}

export interface ResultsService {
  url: string;
  token: string;
  /** The variables the runner sets for node actions (v2 cache, github.com mode). */
  env(): Record<string, string>;
  calls: RecordedCall[];
  blobs: Map<string, Blob>;
  caches: CacheEntry[];
  artifacts: ArtifactEntry[];
  /** The next `times` requests whose route (RPC name or `blob:<METHOD>`) matches answer `status`. */
  failNext(route: string, status: number, times?: number): void;
  /** Every blob GET waits this long before it answers (a slow download); 0 turns it off. */
  slowBlobReads(ms: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
};
const twirpError = (res: ServerResponse, status: number, code: string, msg: string) => json(res, status, { code, msg });

export async function startResultsService(opts: ResultsServiceOptions = {}): Promise<ResultsService> {
  const runId = opts.runId ?? 'run-1';
  const jobId = opts.jobId ?? 'job-1';
  const token = opts.token ?? runtimeToken(runId, jobId);
  const calls: RecordedCall[] = [];
  const blobs = new Map<string, Blob>();
  const staged = new Map<string, Buffer>();
  const caches: CacheEntry[] = [];
  const artifacts: ArtifactEntry[] = [];
  const faults: { route: string; status: number; left: number }[] = [];
  let readDelayMs = 0;
  let nextId = 1;
  let origin = '';

  const blobUrl = (container: string, name: string) => `${origin}/devstoreaccount1/${container}/${encodeURIComponent(name)}?sig=fake`;
  const takeFault = (route: string) => {
    const i = faults.findIndex((f) => f.route === route);
    if (i < 0) return undefined;
    const f = faults[i];
    if (--f.left <= 0) faults.splice(i, 1);
    return f.status;
  };

  function cacheRpc(method: string, b: Record<string, unknown>, res: ServerResponse): number {
    const version = String(b.version ?? '');
    const key = String(b.key ?? '');
    if (method === 'CreateCacheEntry') {
      // Like the real service, a key being uploaded by another job is taken too.
      if (caches.some((c) => c.key === key && c.version === version)) {
        twirpError(res, 409, 'already_exists', 'cache entry with the same key, version, and scope already exists');
        return 409;
      }
      const used = caches.filter((c) => c.finalized).reduce((n, c) => n + c.sizeBytes, 0);
      if (opts.cacheQuotaBytes !== undefined && used >= opts.cacheQuotaBytes) {
        json(res, 200, { ok: false, message: 'cache storage quota exceeded' });
        return 200;
      }
      const id = nextId++;
      const blob = `actions-cache/${id}`;
      caches.push({ id, key, version, blob, finalized: false, sizeBytes: 0, createdAt: Date.now() + id });
      json(res, 200, { ok: true, signed_upload_url: blobUrl('actions-cache', String(id)) });
      return 200;
    }
    if (method === 'FinalizeCacheEntryUpload') {
      const e = caches.find((c) => c.key === key && c.version === version && !c.finalized);
      if (!e) {
        twirpError(res, 404, 'not_found', `no pending cache entry for ${key}`);
        return 404;
      }
      e.finalized = true;
      e.sizeBytes = Number(b.size_bytes ?? blobs.get(e.blob)?.data.length ?? 0);
      json(res, 200, { ok: true, entry_id: String(e.id) });
      return 200;
    }
    if (method === 'GetCacheEntryDownloadURL') {
      const ready = caches.filter((c) => c.finalized && c.version === version).sort((a, b2) => b2.createdAt - a.createdAt);
      for (const k of [key, ...((b.restore_keys as string[] | undefined) ?? [])]) {
        const hit = ready.find((c) => c.key === k) ?? ready.find((c) => c.key.startsWith(k));
        if (hit) {
          json(res, 200, { ok: true, signed_download_url: blobUrl('actions-cache', String(hit.id)), matched_key: hit.key });
          return 200;
        }
      }
      json(res, 200, { ok: false });
      return 200;
    }
    twirpError(res, 404, 'bad_route', `no such method ${method}`);
    return 404;
  }

  const listed = (a: ArtifactEntry) => ({
    workflow_run_backend_id: a.runId,
    workflow_job_run_backend_id: a.jobId,
    database_id: String(a.id),
    name: a.name,
    size: String(a.size),
    created_at: a.createdAt,
    ...(a.digest ? { digest: a.digest } : {}),
  });

  function artifactRpc(method: string, b: Record<string, unknown>, res: ServerResponse): number {
    const run = String(b.workflow_run_backend_id ?? '');
    const job = String(b.workflow_job_run_backend_id ?? '');
    const name = String(b.name ?? '');
    const live = artifacts.filter((a) => a.finalized && a.runId === run);
    if (method === 'CreateArtifact') {
      if (live.some((a) => a.name === name)) {
        twirpError(res, 409, 'already_exists', `an artifact with this name already exists on the workflow run: ${name}`);
        return 409;
      }
      const id = nextId++;
      const blob = `actions-results/${run}/${b.mime_type === 'application/zip' ? `${name}.zip` : name}`;
      artifacts.push({ id, runId: run, jobId: job, name, blob, finalized: false, size: 0, createdAt: new Date().toISOString() });
      json(res, 200, { ok: true, signed_upload_url: blobUrl('actions-results', blob.slice('actions-results/'.length)) });
      return 200;
    }
    if (method === 'FinalizeArtifact') {
      const a = artifacts.find((x) => x.runId === run && x.name === name && !x.finalized);
      if (!a) {
        twirpError(res, 404, 'not_found', `no pending artifact ${name}`);
        return 404;
      }
      a.finalized = true;
      a.size = Number(b.size ?? 0);
      a.digest = typeof b.hash === 'string' ? b.hash : undefined;
      json(res, 200, { ok: true, artifact_id: String(a.id) });
      return 200;
    }
    if (method === 'ListArtifacts') {
      const byName = b.name_filter === undefined ? live : live.filter((a) => a.name === b.name_filter);
      const byId = b.id_filter === undefined ? byName : byName.filter((a) => String(a.id) === String(b.id_filter));
      json(res, 200, { artifacts: byId.map(listed) });
      return 200;
    }
    if (method === 'GetSignedArtifactURL') {
      const a = live.find((x) => x.name === name);
      if (!a) {
        twirpError(res, 404, 'not_found', `artifact ${name} not found`);
        return 404;
      }
      json(res, 200, { signed_url: blobUrl('actions-results', a.blob.slice('actions-results/'.length)) });
      return 200;
    }
    if (method === 'DeleteArtifact') {
      const a = live.find((x) => x.name === name);
      if (!a) {
        twirpError(res, 404, 'not_found', `artifact ${name} not found`);
        return 404;
      }
      artifacts.splice(artifacts.indexOf(a), 1);
      blobs.delete(a.blob);
      json(res, 200, { ok: true, artifact_id: String(a.id) });
      return 200;
    }
    twirpError(res, 404, 'bad_route', `no such method ${method}`);
    return 404;
  }

  async function blobRoute(req: IncomingMessage, res: ServerResponse, u: URL): Promise<number> {
    const name = decodeURIComponent(u.pathname.slice('/devstoreaccount1/'.length));
    const comp = u.searchParams.get('comp');
    const ok = (status: number) => {
      res.writeHead(status, { 'x-ms-request-id': String(nextId++), etag: `"0x${Date.now().toString(16)}"`, 'last-modified': new Date().toUTCString(), 'content-length': '0' });
      res.end();
      return status;
    };
    if (req.method === 'PUT') {
      const body = await readBody(req);
      if (comp === 'block') {
        staged.set(`${name}\0${u.searchParams.get('blockid')}`, body);
        return ok(201);
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Committed|Uncommitted)>([^<]*)<\//g)].map((m) => m[1]);
        const parts = ids.map((id) => staged.get(`${name}\0${id}`));
        if (parts.some((p) => !p)) return ok(400);
        blobs.set(name, { data: Buffer.concat(parts as Buffer[]), contentType: req.headers['x-ms-blob-content-type'] as string | undefined });
        for (const id of ids) staged.delete(`${name}\0${id}`);
        return ok(201);
      }
      blobs.set(name, { data: body, contentType: (req.headers['x-ms-blob-content-type'] ?? req.headers['content-type']) as string | undefined });
      return ok(201);
    }
    if (readDelayMs && req.method === 'GET') await new Promise((r) => setTimeout(r, readDelayMs));
    const blob = blobs.get(name);
    if (!blob) {
      res.writeHead(404, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0"?><Error><Code>BlobNotFound</Code></Error>');
      return 404;
    }
    const headers: Record<string, string> = { 'content-type': blob.contentType ?? 'application/octet-stream', 'accept-ranges': 'bytes' };
    if (!name.endsWith('.zip') && name.startsWith('actions-results/')) headers['content-disposition'] = `attachment; filename="${name.split('/').pop()}"`;
    const range = /bytes=(\d+)-(\d*)/.exec(String(req.headers['x-ms-range'] ?? req.headers.range ?? ''));
    let data = blob.data;
    let status = 200;
    if (range) {
      const start = Number(range[1]);
      const end = range[2] ? Math.min(Number(range[2]), data.length - 1) : data.length - 1;
      headers['content-range'] = `bytes ${start}-${end}/${data.length}`;
      data = data.subarray(start, end + 1);
      status = 206;
    }
    headers['content-length'] = String(data.length);
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
    return status;
  }

  const server = createServer((req, res) => {
    const u = new URL(req.url ?? '/', origin);
    const record = (route: string, status: number, body?: Record<string, unknown>) => calls.push({ route, status, body, url: u.pathname + u.search });
    void (async () => {
      if (u.pathname.startsWith('/devstoreaccount1/')) {
        const route = `blob:${req.method}`;
        const fault = takeFault(route);
        if (fault) {
          await readBody(req);
          res.writeHead(fault, { 'content-length': '0' });
          res.end();
          return record(route, fault);
        }
        return record(route, await blobRoute(req, res, u));
      }
      const m = /^\/twirp\/([^/]+)\/([^/]+)$/.exec(u.pathname);
      const raw = await readBody(req);
      if (!m || req.method !== 'POST') return record(u.pathname, (twirpError(res, 404, 'bad_route', `no route ${u.pathname}`), 404));
      const [, svc, method] = m;
      let body: Record<string, unknown> = {};
      try {
        body = raw.length ? (JSON.parse(raw.toString('utf8')) as Record<string, unknown>) : {};
      } catch {
        return record(method, (twirpError(res, 400, 'malformed', 'body is not JSON'), 400));
      }
      if (req.headers.authorization !== `Bearer ${token}`) return record(method, (twirpError(res, 401, 'unauthenticated', 'missing or wrong bearer token'), 401), body);
      const fault = takeFault(method);
      if (fault) return record(method, (twirpError(res, fault, fault === 409 ? 'already_exists' : fault === 429 ? 'resource_exhausted' : 'internal', `injected ${fault}`), fault), body);
      if (svc === CACHE_SVC) return record(method, cacheRpc(method, body, res), body);
      if (svc === ARTIFACT_SVC) return record(method, artifactRpc(method, body, res), body);
      record(method, (twirpError(res, 404, 'bad_route', `no service ${svc}`), 404), body);
    })().catch((e: unknown) => {
      if (!res.headersSent) twirpError(res, 400, 'internal', String(e));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${origin}/`,
    token,
    calls,
    blobs,
    caches,
    artifacts,
    env: () => ({
      ACTIONS_RUNTIME_TOKEN: token,
      ACTIONS_RESULTS_URL: `${origin}/`,
      ACTIONS_CACHE_SERVICE_V2: 'True',
      GITHUB_SERVER_URL: 'https://github.com',
      NO_PROXY: '127.0.0.1,localhost',
    }),
    failNext: (route, status, times = 1) => void faults.push({ route, status, left: times }),
    slowBlobReads: (ms) => void (readDelayMs = ms),
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
