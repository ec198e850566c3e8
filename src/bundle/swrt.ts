// Writes and reads .swrt bundles: an uncompressed tar, _manifest.yaml the first file, Starwhale's
// layout (dependencies/, files/, wheels/, runtime.yaml, the lock under dependencies/.starwhale/lock/).
import { createHash } from 'node:crypto';
import { createReadStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, posix } from 'node:path';
import { list } from 'tar';
import { parse } from 'yaml';
import { pyyamlSafeDump, type YamlData } from '../conda/pyyaml-dump.js';
import { scanOrThrow } from '../spec/tree.js';
import type { LoadedSpec } from '../spec/types.js';
import { UserError } from '../util/errors.js';
import { dumpManifest, LOCK_DIR, type Manifest } from './manifest.js';
import { writeTar, type TarEntry } from './tar.js';

export interface BundleInput {
  loaded: LoadedSpec;
  manifest: Manifest;
  /** Lock file name and text, placed under dependencies/.starwhale/lock/. */
  lock?: { name: string; text: string };
  /** A packed env (export/venv_env.tar.gz). */
  packedEnv?: { name: string; path: string };
  /** Seconds since the epoch for every entry's mtime. */
  mtime: number;
}

export interface WrittenBundle {
  path: string;
  sha256: string;
  size: number;
}

const clean = (p: string) => posix.normalize(p.replace(/^\/+/, '')).replace(/\/+$/, '');
const isExec = (mode: number) => (mode & 0o111) !== 0;

class EntrySet {
  private readonly map = new Map<string, TarEntry>();
  dir(path: string): void {
    const parts = path.split('/');
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/');
      if (!this.map.has(p)) this.map.set(p, { path: p, type: 'dir', mode: 0o755 });
    }
  }
  data(path: string, data: Buffer, mode = 0o644): void {
    if (path.includes('/')) this.dir(posix.dirname(path));
    this.map.set(path, { path, type: 'file', mode, data });
  }
  /**
   * `ref` (relative to `root`) from disk: a regular file, or (with `dirs`) a directory tree whose
   * links that stay inside `root` are packed as links. Checked again here with lstat, links never
   * followed: the tree may have changed since runtime.yaml was validated.
   */
  disk(path: string, root: string, ref: string, what: string, dirs = false): void {
    for (const n of scanOrThrow(root, ref, what, { dirs })) {
      const at = n.sub ? `${path}/${n.sub}` : path;
      if (n.type === 'dir') {
        this.dir(at);
        continue;
      }
      if (at.includes('/')) this.dir(posix.dirname(at));
      if (n.type === 'symlink') this.map.set(at, { path: at, type: 'symlink', mode: 0o777, linkname: n.linkname });
      else this.map.set(at, { path: at, type: 'file', mode: isExec(n.mode) ? 0o755 : 0o644, source: n.full, size: n.size, expect: { dev: n.dev, ino: n.ino } });
    }
  }
  /** _manifest.yaml first (the server reads the first one), then everything sorted. */
  sorted(): TarEntry[] {
    const all = [...this.map.values()].filter((e) => e.path !== '_manifest.yaml');
    all.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const manifest = this.map.get('_manifest.yaml');
    return manifest ? [manifest, ...all] : all;
  }
}

export async function fileSha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(path)) h.update(c as Buffer);
  return h.digest('hex');
}

/** Writes the bundle to `<out>.tmp-…` and renames it to `out`; nothing half-written is left behind. */
export async function writeBundle(input: BundleInput, out: string): Promise<WrittenBundle> {
  const { loaded } = input;
  const set = new EntrySet();
  set.data('_manifest.yaml', Buffer.from(dumpManifest(input.manifest)));
  const condarc = loaded.spec.configs.conda.condarc;
  // swcli writes yaml.safe_dump(condarc): PyYAML's layout, not the yaml package's.
  if (Object.keys(condarc).length) set.data('configs/condarc', Buffer.from(pyyamlSafeDump(condarc as Record<string, YamlData>)));
  for (const d of ['dependencies', 'files', 'wheels']) set.dir(d);
  for (const dep of loaded.spec.dependencies) {
    if (dep.kind === 'pip_req_file') set.disk(`dependencies/${clean(dep.deps)}`, loaded.dir, dep.deps, 'requirements file');
    else if (dep.kind === 'conda_env_file') set.disk(`dependencies/${clean(dep.deps)}`, loaded.dir, dep.deps, 'conda env file');
    else if (dep.kind === 'wheel') for (const w of dep.deps) set.disk(`wheels/${clean(w)}`, loaded.dir, w, 'wheel');
    else if (dep.kind === 'native_file') for (const f of dep.deps) set.disk(`files/${clean(f.src)}`, loaded.dir, f.src, 'files src', true);
  }
  if (input.lock) set.data(`dependencies/${LOCK_DIR}/${input.lock.name}`, Buffer.from(input.lock.text));
  if (input.packedEnv) set.disk(`export/${input.packedEnv.name}`, dirname(input.packedEnv.path), basename(input.packedEnv.path), 'packed env');
  set.data('runtime.yaml', loaded.raw);
  const tmp = `${out}.tmp-${process.pid}`;
  try {
    await writeTar(tmp, set.sorted(), input.mtime);
    const sha256 = await fileSha256(tmp);
    const size = statSync(tmp).size;
    renameSync(tmp, out);
    return { path: out, sha256, size };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export interface BundleEntryInfo {
  path: string;
  type: string;
  size: number;
}

const normalizeName = (p: string) => {
  const n = posix.normalize(p.replace(/^\.?\/+/, '')).replace(/\/+$/, '');
  return n === '.' ? '' : n;
};

/** Every entry of a .swrt, in archive order (swcli's root directory entry `/` comes back as ''). */
export async function listEntries(swrt: string): Promise<BundleEntryInfo[]> {
  const out: BundleEntryInfo[] = [];
  await list({ file: swrt, strict: true, onReadEntry: (e) => out.push({ path: normalizeName(e.path), type: e.type, size: e.size ?? 0 }) });
  return out;
}

/** The bundle's _manifest.yaml (the first non-empty one, as the server reads it). */
export async function readManifest(swrt: string): Promise<Manifest> {
  let text: string | undefined;
  try {
    await list({
      file: swrt,
      strict: true,
      onReadEntry: (e) => {
        if (text === undefined && normalizeName(e.path) === '_manifest.yaml' && (e.size ?? 0) > 0) {
          const chunks: Buffer[] = [];
          e.on('data', (c: Buffer) => chunks.push(c));
          e.on('end', () => (text = Buffer.concat(chunks).toString('utf8')));
        } else e.resume();
      },
    });
  } catch (e) {
    throw new UserError(`${swrt} is not a readable tar: ${(e as Error).message}`, { hint: 'a .swrt is an uncompressed tar; the file may be truncated' });
  }
  if (text === undefined) throw new UserError(`${swrt} has no _manifest.yaml`, { hint: 'this is not a Starwhale runtime bundle' });
  const m = parse(text) as unknown;
  if (!m || typeof m !== 'object') throw new UserError(`${swrt}: _manifest.yaml is not a mapping`);
  return m as Manifest;
}

