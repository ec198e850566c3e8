// A tiny GitHub REST stand-in on 127.0.0.1 for releases: get by tag, list/upload/delete assets and
// download them (the API asset URL answers 302 to a storage-like URL, as github.com does). Bearer
// auth is required; every request is recorded with its headers and body size. In memory.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StubAsset {
  id: number;
  name: string;
  data: Buffer;
  contentType: string;
}

export interface StubRelease {
  id: number;
  tag: string;
  assets: StubAsset[];
}

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  bodyBytes: number;
  status: number;
}

export interface GitHubApiStub {
  url: string;
  token: string;
  owner: string;
  repo: string;
  requests: RecordedRequest[];
  releases: StubRelease[];
  addRelease(tag: string): StubRelease;
  addAsset(release: StubRelease, name: string, data: Buffer | string, contentType?: string): StubAsset;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export async function startGitHubApi(opts: { owner?: string; repo?: string; token?: string } = {}): Promise<GitHubApiStub> {
  const owner = opts.owner ?? 'acme';
  const repo = opts.repo ?? 'rt';
  const token = opts.token ?? 'ghs_testtoken';
  const requests: RecordedRequest[] = [];
  const releases: StubRelease[] = [];
  let nextId = 100;
  let origin = '';
  /** Asset storage lives on a second port: another origin, as objects.githubusercontent.com is. */
  let storage = '';
  const base = `/repos/${owner}/${repo}`;

  const assetJson = (a: StubAsset) => ({
    id: a.id,
    name: a.name,
    size: a.data.length,
    content_type: a.contentType,
    state: 'uploaded',
    url: `${origin}${base}/releases/assets/${a.id}`,
    browser_download_url: `${storage}/${owner}/${repo}/releases/download/${encodeURIComponent(releases.find((r) => r.assets.includes(a))?.tag ?? '')}/${encodeURIComponent(a.name)}`,
  });
  const releaseJson = (r: StubRelease) => ({
    id: r.id,
    tag_name: r.tag,
    url: `${origin}${base}/releases/${r.id}`,
    upload_url: `${origin}/uploads${base}/releases/${r.id}/assets{?name,label}`,
    assets: r.assets.map(assetJson),
  });
  const json = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
    return status;
  };
  const notFound = (res: ServerResponse) => json(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
  const findAsset = (id: number) => releases.flatMap((r) => r.assets.map((a) => ({ r, a }))).find((x) => x.a.id === id);

  async function route(req: IncomingMessage, res: ServerResponse, u: URL, body: Buffer): Promise<number> {
    const p = decodeURIComponent(u.pathname);
    const m = req.method ?? 'GET';
    // Storage-like download: no auth needed (signed in real life).
    let g = /^\/([^/]+)\/([^/]+)\/releases\/download\/(.+)\/([^/]+)$/.exec(p);
    if (m === 'GET' && g) {
      const a = releases.find((r) => r.tag === g![3])?.assets.find((x) => x.name === g![4]);
      if (!a) return notFound(res);
      if (req.headers.authorization) return json(res, 400, { message: 'storage rejects Authorization headers' });
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': String(a.data.length) });
      res.end(a.data);
      return 200;
    }
    if (req.headers.authorization !== `Bearer ${token}` && req.headers.authorization !== `token ${token}`) return json(res, 401, { message: 'Bad credentials' });
    if (m === 'GET' && (g = new RegExp(`^${base}/releases/tags/(.+)$`).exec(p))) {
      const r = releases.find((x) => x.tag === g![1]);
      return r ? json(res, 200, releaseJson(r)) : notFound(res);
    }
    if (m === 'GET' && (g = new RegExp(`^${base}/releases/(\\d+)/assets$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(g![1]));
      if (!r) return notFound(res);
      const per = Number(u.searchParams.get('per_page') ?? 30);
      const page = Number(u.searchParams.get('page') ?? 1);
      return json(res, 200, r.assets.slice((page - 1) * per, page * per).map(assetJson));
    }
    if (m === 'POST' && (g = new RegExp(`^/uploads${base}/releases/(\\d+)/assets$`).exec(p))) {
      const r = releases.find((x) => x.id === Number(g![1]));
      if (!r) return notFound(res);
      const name = u.searchParams.get('name') ?? '';
      if (!name) return json(res, 422, { message: 'name is required' });
      if (req.headers['content-length'] === undefined) return json(res, 411, { message: 'Length Required' });
      if (Number(req.headers['content-length']) !== body.length) return json(res, 400, { message: 'body does not match Content-Length' });
      if (r.assets.some((a) => a.name === name)) {
        return json(res, 422, { message: 'Validation Failed', errors: [{ resource: 'ReleaseAsset', code: 'already_exists', field: 'name' }] });
      }
      const a = { id: nextId++, name, data: body, contentType: String(req.headers['content-type'] ?? 'application/octet-stream') };
      r.assets.push(a);
      return json(res, 201, assetJson(a));
    }
    if ((g = new RegExp(`^${base}/releases/assets/(\\d+)$`).exec(p))) {
      const hit = findAsset(Number(g[1]));
      if (!hit) return notFound(res);
      if (m === 'DELETE') {
        hit.r.assets.splice(hit.r.assets.indexOf(hit.a), 1);
        res.writeHead(204);
        res.end();
        return 204;
      }
      if (m === 'GET' && req.headers.accept === 'application/octet-stream') {
        res.writeHead(302, { location: assetJson(hit.a).browser_download_url });
        res.end();
        return 302;
      }
      if (m === 'GET') return json(res, 200, assetJson(hit.a));
    }
    return notFound(res);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', origin);
    void (async () => {
      const body = await readBody(req);
      const status = await route(req, res, u, body);
      requests.push({ method: req.method ?? 'GET', path: decodeURIComponent(u.pathname) + u.search, headers: req.headers, bodyBytes: body.length, status });
    })().catch((e: unknown) => {
      if (!res.headersSent) json(res, 500, { message: String(e) });
    });
  };
  const server = createServer(handler);
  const store = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  await new Promise<void>((r) => store.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  storage = `http://127.0.0.1:${(store.address() as AddressInfo).port}`;

  return {
    url: origin,
    token,
    owner,
    repo,
    requests,
    releases,
    addRelease(tag) {
      const r = { id: nextId++, tag, assets: [] };
      releases.push(r);
      return r;
    },
    addAsset(release, name, data, contentType = 'application/octet-stream') {
      const a = { id: nextId++, name, data: Buffer.from(data), contentType };
      release.assets.push(a);
      return a;
    },
    close: async () => {
      for (const s of [server, store]) {
        s.closeAllConnections();
        await new Promise<void>((r) => s.close(() => r()));
      }
    },
  };
}
