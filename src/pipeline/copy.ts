// `copy` between the local store and a Starwhale server, in either direction: a local runtime (URI
// or .swrt) up to a project or runtime URI, or a server runtime down into the local store with the
// tags that are valid here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readManifest } from '../bundle/swrt.js';
import { connectStarwhale } from '../remote/connect.js';
import { downloadRuntime, isBuiltinTag, uploadRuntime, type CopyResult } from '../remote/copy.js';
import { isRemoteUri, parseRemoteUri } from '../remote/uri.js';
import { LocalStore } from '../store/store.js';
import { resolveLocal } from '../store/uri.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { NAME_RULE } from '../util/names.js';

export interface CopyOptions {
  force?: boolean;
  ignoreTag: string[];
  insecure?: boolean;
  log: Log;
}

export type Copied = (CopyResult & { direction: 'upload' }) | (CopyResult & { direction: 'download'; path: string });

export async function copyRuntime(src: string, dest: string, o: CopyOptions): Promise<Copied> {
  const up = isRemoteUri(dest);
  if (up === isRemoteUri(src)) {
    throw new UserError(up ? 'copy between two servers is not supported' : `neither "${src}" nor "${dest}" is a server URI`, {
      hint: 'one side must be http(s)://HOST/project/P… or cloud://ALIAS/project/P…, the other a local runtime',
    });
  }
  return up ? { direction: 'upload', ...(await upload(src, dest, o)) } : { direction: 'download', ...(await download(src, dest, o)) };
}

/** A local destination: `local`, `[local/]project/<p>[/runtime/<name>]`, or a bare project name. */
function parseLocalDest(dest: string): { project: string; name?: string } {
  const d = dest.replace(/^local(\/|$)/, '').replace(/\/+$/, '');
  if (d === '') return { project: 'self' };
  const m = /^project\/([^/]+)(?:\/runtime\/([^/]+))?$/.exec(d);
  if (m) return { project: m[1]!, name: m[2] };
  if (/^[^/]+$/.test(d)) return { project: d };
  throw new UserError(`cannot read copy destination "${dest}"`, { hint: 'use local, local/project/PROJECT or local/project/PROJECT/runtime/NAME' });
}

async function upload(src: string, dest: string, o: CopyOptions): Promise<CopyResult> {
  const to = parseRemoteUri(dest);
  if (to.version) throw new UserError(`copy destination "${dest}" names a version`, { hint: 'the version is always the source version; give a project URI or …/runtime/NEW-NAME' });
  const v = resolveLocal(src);
  const manifest = await readManifest(v.path);
  const name = to.name ?? v.name ?? (typeof manifest.name === 'string' ? manifest.name : '');
  const version = v.version || (typeof manifest.version === 'string' ? manifest.version : '');
  if (!name || !version) throw new UserError(`${v.path} has no name or version in its manifest`, { hint: 'give DEST as …/runtime/NAME' });
  const tags = v.tags.filter((t) => !isBuiltinTag(t) && !o.ignoreTag.includes(t));
  return uploadRuntime(connectStarwhale(to, o), { file: v.path, name, version, project: to.project, force: o.force, tags }, o.log);
}

async function download(src: string, dest: string, o: CopyOptions): Promise<CopyResult & { path: string }> {
  const from = parseRemoteUri(src);
  if (!from.name) throw new UserError(`copy source "${src}" names no runtime`, { hint: 'use …/project/P/runtime/NAME[/version/VERSION]' });
  const to = parseLocalDest(dest);
  const store = new LocalStore(undefined, to.project);
  const client = connectStarwhale(from, o);
  const local = to.name ? (_n: string, v: string) => store.bundlePath(to.name!, v) : (n: string, v: string) => store.bundlePath(n, v);
  const got = await downloadRuntime(
    client,
    { project: from.project, name: from.name, version: from.version, dest: (_n, v) => join(store.tmpDir(), `${v}.swrt`), have: (n, v) => !o.force && existsSync(local(n, v)) },
    o.log,
  );
  const name = to.name ?? got.name;
  const serverTags = await client.listTags(got.projectId, got.name, got.version).catch((e: unknown) => Promise.reject(client.masked(e)));
  const tags = serverTags.filter((t) => !isBuiltinTag(t) && !o.ignoreTag.includes(t));
  const kept = tags.filter((t) => NAME_RULE.test(t));
  for (const t of tags.filter((x) => !kept.includes(x))) o.log.warn(`server tag ${JSON.stringify(client.clean(t, 80))} is not a valid local tag; not copied`);
  const path = got.skipped ? store.bundlePath(name, got.version) : store.add(got.path, name, got.version, kept);
  if (got.skipped && kept.length) store.tag(name, got.version, kept);
  o.log.info(`copied to ${store.uri(name, got.version)}`);
  return { ...got, name, path, tags: kept, uri: store.uri(name, got.version) };
}
