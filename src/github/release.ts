// Publishes a .swrt to a GitHub release (plus a `<asset>.sha256` sibling) and fetches one back,
// through @actions/github's Octokit at GITHUB_API_URL (read per call, not at import). The bundle is
// streamed from disk with an explicit Content-Length; it is never read into memory.
import { getOctokit } from '@actions/github';
import { createReadStream, createWriteStream } from 'node:fs';
import { readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { fileSha256 } from '../util/hash.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

type Env = Record<string, string | undefined>;
type Octokit = ReturnType<typeof getOctokit>;

export interface ReleaseAssetUpload {
  file: string;
  assetName: string;
  tag: string;
  token: string;
  /** Replace assets of the same names instead of failing. */
  force: boolean;
  repo: RepoRef;
  env?: Env;
  /** The file's sha256 when the caller has it (the build does): a big bundle is not read twice. */
  sha256?: string;
}

export interface UploadedReleaseAsset {
  /** browser_download_url of the bundle asset. */
  url: string;
  sha256Url: string;
  sha256: string;
}

export interface Release {
  id: number;
  tag_name: string;
  upload_url: string;
}

export interface ReleaseAsset {
  id: number;
  name: string;
  size: number;
  browser_download_url: string;
}

const status = (e: unknown) => (typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined);

export function apiUrl(env: Env = process.env): string {
  return (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '');
}

/** An Octokit for GITHUB_API_URL as it is now (@actions/github itself reads it once, at import). */
export function octokitFor(token: string, env: Env = process.env): Octokit {
  if (!token) throw new UserError('no GitHub token for releases', { hint: 'set the github-token input (default: ${{ github.token }}) with contents: write' });
  return getOctokit(token, { baseUrl: apiUrl(env) });
}

/** The release with `tag`; a UserError when there is none. */
export async function getReleaseByTag(octokit: Octokit, repo: RepoRef, tag: string): Promise<Release> {
  try {
    const { data } = await octokit.rest.repos.getReleaseByTag({ ...repo, tag });
    return data;
  } catch (e) {
    if (status(e) === 404) {
      throw new UserError(`no release with tag ${tag} in ${repo.owner}/${repo.repo}; create it first`, {
        hint: 'create the release (gh release create, or a `release: created` workflow trigger) before publishing to it',
        cause: e,
      });
    }
    throw e;
  }
}

export async function listReleaseAssets(octokit: Octokit, repo: RepoRef, releaseId: number): Promise<ReleaseAsset[]> {
  return octokit.paginate(octokit.rest.repos.listReleaseAssets, { ...repo, release_id: releaseId, per_page: 100 });
}

async function uploadOne(
  octokit: Octokit,
  release: Release,
  repo: RepoRef,
  name: string,
  body: { data: Buffer | Readable; size: number; contentType: string },
): Promise<ReleaseAsset> {
  const { data } = await octokit.rest.repos.uploadReleaseAsset({
    ...repo,
    release_id: release.id,
    // The release's own upload URL template (`…/assets{?name,label}`) replaces the route's host.
    url: release.upload_url,
    name,
    // Octokit types `data` as string; any fetch body works (a stream goes with `duplex: 'half'`).
    data: body.data as unknown as string,
    headers: { 'content-type': body.contentType, 'content-length': body.size },
  });
  return data;
}

/**
 * Uploads `file` as `assetName` and `<assetName>.sha256` (`<hex>  <assetName>\n`) to the release
 * with `tag`. Existing assets of those names are an error unless `force`, which deletes them first.
 */
export async function uploadReleaseAssets(opts: ReleaseAssetUpload, log: Log): Promise<UploadedReleaseAsset> {
  const octokit = octokitFor(opts.token, opts.env);
  log.secret(opts.token);
  const release = await getReleaseByTag(octokit, opts.repo, opts.tag);
  const shaName = `${opts.assetName}.sha256`;
  const existing = (await listReleaseAssets(octokit, opts.repo, release.id)).filter((a) => a.name === opts.assetName || a.name === shaName);
  const sha256 = opts.sha256 ?? (await fileSha256(opts.file));
  const same = existing.length === 2 && !opts.force ? await sameBundle(existing, shaName, sha256, opts) : undefined;
  if (same) {
    // Content-addressed versions: a re-run of the same release job publishes the same bytes.
    log.info(`release ${opts.tag} already has ${opts.assetName} with sha256 ${sha256}; nothing to upload`);
    return same;
  }
  if (existing.length && !opts.force) {
    throw new UserError(`release ${opts.tag} already has asset ${existing.map((a) => a.name).join(' and ')}`, {
      hint: 'set force: true to replace it, or publish under another version/asset name',
    });
  }
  for (const a of existing) {
    log.info(`deleting existing release asset ${a.name} (force)`);
    await octokit.rest.repos.deleteReleaseAsset({ ...opts.repo, asset_id: a.id });
  }
  const { size } = await stat(opts.file);
  log.info(`uploading ${opts.assetName} (${size} bytes) to release ${opts.tag}`);
  const main = await uploadOne(octokit, release, opts.repo, opts.assetName, {
    data: createReadStream(opts.file),
    size,
    contentType: 'application/x-tar',
  });
  const text = Buffer.from(`${sha256}  ${opts.assetName}\n`);
  const side = await uploadOne(octokit, release, opts.repo, shaName, { data: text, size: text.length, contentType: 'text/plain' });
  return { url: main.browser_download_url, sha256Url: side.browser_download_url, sha256 };
}

/** The existing pair when its .sha256 names exactly our bytes, else undefined. */
async function sameBundle(existing: ReleaseAsset[], shaName: string, sha256: string, opts: ReleaseAssetUpload): Promise<UploadedReleaseAsset | undefined> {
  const side = existing.find((a) => a.name === shaName);
  const main = existing.find((a) => a.name === opts.assetName);
  if (!side || !main) return undefined;
  const text = await fetchText(side, opts.repo, opts.token, opts.env, join(tmpdir(), `swrt-${process.pid}-${side.id}.sha256`)).catch(() => '');
  return text.trim().split(/\s+/)[0]?.toLowerCase() === sha256 ? { url: main.browser_download_url, sha256Url: side.browser_download_url, sha256 } : undefined;
}

/** The tag of the release that triggered this run (GITHUB_EVENT_NAME=release), else undefined. */
export async function releaseTagFromEvent(env: Env = process.env): Promise<string | undefined> {
  if (env.GITHUB_EVENT_NAME !== 'release' || !env.GITHUB_EVENT_PATH) return undefined;
  try {
    const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8')) as { release?: { tag_name?: unknown } };
    const tag = event.release?.tag_name;
    return typeof tag === 'string' && tag ? tag : undefined;
  } catch {
    return undefined;
  }
}

async function downloadAsset(asset: ReleaseAsset, repo: RepoRef, token: string, env: Env | undefined, out: string): Promise<void> {
  // The API asset URL works for private repos too; it redirects to storage, and fetch drops the
  // Authorization header on the cross-origin hop.
  const url = `${apiUrl(env)}/repos/${repo.owner}/${repo.repo}/releases/assets/${asset.id}`;
  const res = await fetch(url, { headers: { accept: 'application/octet-stream', authorization: `Bearer ${token}`, 'user-agent': 'swrt' } });
  if (res.status !== 200 || !res.body) {
    throw new Error(`downloading release asset ${asset.name}: HTTP ${res.status} from ${url}`);
  }
  const tmp = `${out}.part`;
  try {
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(tmp));
    await rename(tmp, out);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function fetchText(asset: ReleaseAsset, repo: RepoRef, token: string, env: Env | undefined, out: string): Promise<string> {
  await downloadAsset(asset, repo, token, env, out);
  try {
    return await readFile(out, 'utf8');
  } finally {
    await rm(out, { force: true });
  }
}

/**
 * Downloads release asset `assetName` of release `tag` to `out`. When a `<assetName>.sha256`
 * sibling exists the download must match it (else a UserError, and `out` is removed).
 */
export async function downloadReleaseAsset(
  opts: { tag: string; assetName: string; token: string; repo: RepoRef; out: string; env?: Env },
  log: Log,
): Promise<{ file: string; sha256: string; verified: boolean }> {
  const octokit = octokitFor(opts.token, opts.env);
  log.secret(opts.token);
  const release = await getReleaseByTag(octokit, opts.repo, opts.tag);
  const assets = await listReleaseAssets(octokit, opts.repo, release.id);
  const asset = assets.find((a) => a.name === opts.assetName);
  if (!asset) {
    throw new UserError(`release ${opts.tag} has no asset ${opts.assetName}`, {
      hint: assets.length ? `assets: ${assets.map((a) => a.name).join(', ')}` : 'the release has no assets',
    });
  }
  log.info(`downloading release asset ${asset.name} (${asset.size} bytes) from ${opts.tag}`);
  await downloadAsset(asset, opts.repo, opts.token, opts.env, opts.out);
  const sha256 = await fileSha256(opts.out);
  const side = assets.find((a) => a.name === `${opts.assetName}.sha256`);
  if (!side) {
    log.warn(`release ${opts.tag} has no ${opts.assetName}.sha256; the download is not verified`);
    return { file: opts.out, sha256, verified: false };
  }
  const expected = (await fetchText(side, opts.repo, opts.token, opts.env, `${opts.out}.sha256`)).trim().split(/\s+/)[0]?.toLowerCase();
  if (expected !== sha256) {
    await rm(opts.out, { force: true });
    throw new UserError(`release asset ${opts.assetName} does not match its .sha256 (expected ${expected || '(empty)'}, got ${sha256})`, {
      hint: 're-upload the asset with force: true',
    });
  }
  return { file: opts.out, sha256, verified: true };
}
