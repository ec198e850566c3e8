// Writes and reads .swrt bundles: an uncompressed tar, _manifest.yaml the first file, Starwhale's
// layout (dependencies/, files/, wheels/, runtime.yaml, the lock under dependencies/.starwhale/lock/).
import { existsSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { parse } from 'yaml';
import { pyyamlSafeDump, type YamlData } from '../util/pyyaml-dump.js';
import { readInput, requirementIncludes } from '../spec/digests.js';
import { scanOrThrow } from '../spec/tree.js';
import type { LoadedSpec } from '../spec/types.js';
import { stripYamlCredentials } from '../plan/pip-options.js';
import { publicCondaConfig, publicRequirements } from '../spec/credentials.js';
import { parseErrorPlace, UserError } from '../util/errors.js';
import { tmpName } from '../util/tmp.js';
import { MANIFEST_MAX, MANIFEST_NAME } from '../archive/extract.js';
import { fileSha256 } from '../util/hash.js';
import { checkManifest, dumpManifest, LOCK_DIR, type Manifest } from './manifest.js';
import { writeTar, type TarEntry } from '../archive/tar.js';
import { CRAFTED_HINT, scanTar } from '../archive/tar-scan.js';

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

/** runtime.yaml as published: byte for byte, except credentials in configs and dependencies are cut out. */
function publicRuntimeYaml(raw: Buffer): Buffer {
  const text = raw.toString('utf8');
  const out = stripYamlCredentials(text);
  return out === text ? raw : Buffer.from(out);
}

/** A requirements file as it is, or a copy without the credentials in its URLs (the build warned of them). */
function packRequirements(set: EntrySet, loaded: LoadedSpec, file: string): void {
  const at = `dependencies/${clean(file)}`;
  set.disk(at, loaded.dir, file, 'requirements file');
  const stripped = publicRequirements(readInput(loaded, file).toString('utf8'));
  if (stripped !== undefined) set.data(at, Buffer.from(stripped));
}

/** Writes the bundle to `<out>.tmp-…` and renames it to `out`; nothing half-written is left behind. */
export async function writeBundle(input: BundleInput, out: string): Promise<WrittenBundle> {
  const { loaded } = input;
  const set = new EntrySet();
  set.data('_manifest.yaml', Buffer.from(dumpManifest(input.manifest)));
  const condarc = publicCondaConfig(loaded.spec.configs.conda).condarc;
  // swcli writes yaml.safe_dump(condarc): PyYAML's layout, not the yaml package's.
  if (Object.keys(condarc).length) set.data('configs/condarc', Buffer.from(pyyamlSafeDump(condarc as Record<string, YamlData>)));
  for (const d of ['dependencies', 'files', 'wheels']) set.dir(d);
  for (const dep of loaded.spec.dependencies) {
    if (dep.kind === 'pip_req_file') {
      // at the same relative paths, so the packed file's `-r`/`-c` lines still resolve
      for (const f of [dep.deps, ...requirementIncludes(loaded, dep.deps)]) packRequirements(set, loaded, f);
    }
    else if (dep.kind === 'conda_env_file') set.disk(`dependencies/${clean(dep.deps)}`, loaded.dir, dep.deps, 'conda env file');
    else if (dep.kind === 'wheel') for (const w of dep.deps) set.disk(`wheels/${clean(w)}`, loaded.dir, w, 'wheel');
    else if (dep.kind === 'native_file') for (const f of dep.deps) set.disk(`files/${clean(f.src)}`, loaded.dir, f.src, 'files src', true);
  }
  if (input.lock) set.data(`dependencies/${LOCK_DIR}/${input.lock.name}`, Buffer.from(input.lock.text));
  if (input.packedEnv) set.disk(`export/${input.packedEnv.name}`, dirname(input.packedEnv.path), basename(input.packedEnv.path), 'packed env');
  set.data('runtime.yaml', publicRuntimeYaml(loaded.raw));
  const tmp = tmpName(out);
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

const notReadable = (swrt: string, e: unknown) =>
  e instanceof UserError ? e : new UserError(`${swrt} is not a readable tar: ${(e as Error).message}`, { hint: 'a .swrt is an uncompressed tar; the file may be truncated or crafted' });

/**
 * Every entry of a .swrt, in archive order (swcli's root directory entry `/` comes back as ''). The
 * whole archive is read: a damaged one, or one with two _manifest.yaml, is refused.
 */
export async function listEntries(swrt: string): Promise<BundleEntryInfo[]> {
  const out: BundleEntryInfo[] = [];
  let manifests = 0;
  try {
    await scanTar(swrt, (e) => {
      const path = normalizeName(e.path);
      if (path === MANIFEST_NAME && ++manifests > 1) throw twoManifests(swrt);
      out.push({ path, type: e.type, size: e.size ?? 0 });
      e.resume();
    });
  } catch (e) {
    throw notReadable(swrt, e);
  }
  return out;
}

const twoManifests = (swrt: string) => new UserError(`${swrt} has more than one ${MANIFEST_NAME}`, { hint: CRAFTED_HINT });

/** A manifest's text as data: YAML errors and alias bombs become one-line UserErrors. */
export function parseManifestText(text: string, where: string): Manifest {
  let m: unknown;
  try {
    m = parse(text, { maxAliasCount: 100, prettyErrors: false });
  } catch (e) {
    // Only the place: a manifest's configs may carry credentials.
    throw new UserError(`${where}: ${MANIFEST_NAME} is not valid YAML${parseErrorPlace(e, text)}`, { hint: CRAFTED_HINT });
  }
  if (!m || typeof m !== 'object' || Array.isArray(m)) throw new UserError(`${where}: ${MANIFEST_NAME} is not a mapping`, { hint: CRAFTED_HINT });
  return checkManifest(m, where);
}

/** The manifest of a bundle extracted into `workdir` (by extract or swcli). */
export function readWorkdirManifest(workdir: string): Manifest {
  const f = join(workdir, MANIFEST_NAME);
  if (!existsSync(f)) throw new UserError(`${workdir} is not an extracted runtime (no _manifest.yaml)`, { hint: 'pass a runtime URI, a .swrt file, or a directory made by swrt extract' });
  return parseManifestText(readFileSync(f, 'utf8'), f);
}

/**
 * The bundle's _manifest.yaml. The whole archive is read, so a truncated one is refused here as in
 * extract; so is one with two manifests (extract and info would disagree on which counts) or one
 * where another `…_manifest.yaml` comes first (a Starwhale server would read that one).
 */
export async function readManifest(swrt: string): Promise<Manifest> {
  let text: string | undefined;
  let seen = false;
  try {
    await scanTar(swrt, (e) => {
      const name = normalizeName(e.path);
      if (name === MANIFEST_NAME) {
        if (seen) throw twoManifests(swrt);
        seen = true;
        if (e.type !== 'File' && e.type !== 'OldFile') throw new UserError(`${swrt}: ${MANIFEST_NAME} is a ${e.type} entry, not a file`, { hint: CRAFTED_HINT });
        if (e.size > MANIFEST_MAX) throw new UserError(`${swrt}: ${MANIFEST_NAME} is ${e.size} bytes (at most ${MANIFEST_MAX})`, { hint: CRAFTED_HINT });
        const chunks: Buffer[] = [];
        e.on('data', (c: Buffer) => chunks.push(c));
        e.on('end', () => (text = Buffer.concat(chunks).toString('utf8')));
        return;
      }
      if (!seen && name.endsWith(MANIFEST_NAME) && e.size > 0) {
        throw new UserError(`${swrt}: "${name}" comes before ${MANIFEST_NAME}, and a Starwhale server would read it as the manifest`, { hint: CRAFTED_HINT });
      }
      e.resume();
    });
  } catch (e) {
    throw notReadable(swrt, e);
  }
  if (text === undefined) throw new UserError(`${swrt} has no ${MANIFEST_NAME}`, { hint: 'this is not a Starwhale runtime bundle' });
  return parseManifestText(text, swrt);
}
