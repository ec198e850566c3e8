// The local store verbs swcli has (info, list, history, tag, remove, recover), from a runtime URI
// as a user types it to the store operation, so the front doors only parse and print.
import { readManifest } from '../bundle/swrt.js';
import type { Manifest } from '../bundle/manifest.js';
import { listRuntimes, LocalStore, type StoredVersion } from '../store/store.js';
import { parseLocalUri, resolveLocal } from '../store/uri.js';
import { UserError } from '../util/errors.js';

export type { StoredVersion };

export interface RuntimeInfo {
  name: string;
  version: string;
  path: string;
  tags: string[];
  size: number;
  manifest: Manifest;
}

/** A stored runtime (URI) or a .swrt file, with the manifest it carries. */
export async function runtimeInfo(uri: string): Promise<RuntimeInfo> {
  const v = resolveLocal(uri);
  const manifest = await readManifest(v.path);
  return { name: manifest.name ?? v.name, version: manifest.version ?? v.version, path: v.path, tags: v.tags, size: v.size, manifest };
}

export function listStore(project: string, opts: { includeRemoved?: boolean; warn: (message: string) => void }): StoredVersion[] {
  return listRuntimes(new LocalStore(undefined, project), opts);
}

export function runtimeHistory(uri: string): StoredVersion[] {
  const ref = parseLocalUri(uri);
  return new LocalStore(undefined, ref.project).versions(ref.name);
}

export function recoverRuntime(uri: string, force?: boolean): StoredVersion {
  const ref = parseLocalUri(uri);
  return new LocalStore(undefined, ref.project).recover(ref.name, ref.version, force);
}

/** Removes a stored version (recoverable unless `force`); returns which one. */
export function removeRuntime(uri: string, force?: boolean): { name: string; version: string } {
  const v = resolveLocal(uri);
  if (!v.store) throw new UserError('give a runtime URI, not a file');
  v.store.remove(v.name, v.version, force);
  return { name: v.name, version: v.version };
}

/** Adds (or with `remove`, drops) tags on a stored version; returns it as it now stands. */
export function tagRuntime(uri: string, tags: string[], remove?: boolean): StoredVersion {
  const v = resolveLocal(uri);
  if (!v.store) throw new UserError('tags live in the store; give a runtime URI, not a file');
  v.store.tag(v.name, v.version, tags, remove);
  return v.store.findVersion(v.name, v.version);
}
