// The local store in swcli's layout (docs/starwhale-compat.md: Local store), so swcli and swrt see each other's
// bundles: <root>/<project>/runtime/<name>/<ver[:2]>/<ver>.swrt, a per-runtime tag index
// (_manifest.yaml: latest, vN, user tags), and a .recover trash for removed versions. remove and
// recover leave the tag index alone, as swcli 0.6.15 does, so a recovered version has its tags again.
// Every name and version is checked before it becomes a path, every path is confined to the root,
// and no write, rename or delete goes through a symlink inside the store (confineReal);
// the tag index is validated when read and changed only under its lock, and debris of killed runs
// is swept when the store writes.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { swcliTime } from '../bundle/manifest.js';
import { UserError } from '../util/errors.js';
import { sweepDebris, tmpName } from '../util/tmp.js';
import { withFileLock } from './lock.js';
import { checkName, checkRef, checkVersion, confine, confineReal, NAME_RULE, VERSION_RULE } from '../util/names.js';

export interface TagIndex {
  fast_tag_seq: number;
  name: string;
  tags: Record<string, string>;
  typ: 'runtime';
  updated_at: string;
  versions: Record<string, Record<string, boolean>>;
}

export interface StoredVersion {
  name: string;
  version: string;
  path: string;
  size: number;
  tags: string[];
  removed: boolean;
  /** The bundle file's modification time. */
  modified: string;
}

const TAG_RULE = /^[a-zA-Z_][a-zA-Z0-9_.-]*$/;
/** latest and v<N> are kept by the store (and the server, which compares them case-insensitively). */
export const isBuiltinTag = (t: string) => t.toLowerCase() === 'latest' || /^v\d+$/i.test(t);

export function checkUserTags(tags: readonly string[]): void {
  for (const t of tags) {
    if (typeof t !== 'string') throw new UserError('a tag is not a string', { hint: 'use letters, digits, _ . - (at most 80), starting with a letter or _' });
    if (isBuiltinTag(t)) throw new UserError(`tag "${t}" is reserved`, { hint: 'latest and v<N> are set automatically; choose another tag' });
    if (!TAG_RULE.test(t) || t.length > 80) throw new UserError(`tag "${t}" is not valid`, { hint: 'use letters, digits, _ . - (at most 80), starting with a letter or _' });
  }
}

export function defaultStoreRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.SW_LOCAL_STORAGE || join(env.HOME || homedir(), '.starwhale');
}

const INDEX = '_manifest.yaml';
const FROM = 'this store request';
/** Debris older than this, whose owner is dead, is swept. */
const DEBRIS_AGE_MS = 10 * 60_000;
/** Ownerless files in <root>/.tmp go after a day, and only those a download leaves: <version>.swrt, .<version>.swrt.<hex>.part. */
const OWNERLESS = { ageMs: 24 * 3600_000, names: /^(?:[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}\.swrt|\.[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}\.swrt\.[0-9a-f]{16}\.part)$/ };

const isMapping = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The tag index text of runtime `name`, validated: a crafted or corrupt one is refused, never half-used. */
export function parseIndex(text: string, name: string, file: string): TagIndex {
  const bad = (what: string) =>
    new UserError(`the tag index ${file} ${what}`, { hint: `move it aside to start a fresh one (the bundles stay; tags are lost): mv ${file} ${file}.bad` });
  let raw: unknown;
  try {
    raw = parse(text);
  } catch (e) {
    throw bad(`is not valid YAML (${(e as Error).message.split('\n')[0]})`);
  }
  const idx: TagIndex = { fast_tag_seq: -1, name, tags: {}, typ: 'runtime', updated_at: '', versions: {} };
  if (raw === null || raw === undefined) return idx;
  if (!isMapping(raw)) throw bad('is not a mapping');
  if (raw.fast_tag_seq !== undefined && raw.fast_tag_seq !== null) {
    if (!Number.isSafeInteger(raw.fast_tag_seq) || (raw.fast_tag_seq as number) < -1) throw bad('has a fast_tag_seq that is not a whole number');
    idx.fast_tag_seq = raw.fast_tag_seq as number;
  }
  if (typeof raw.updated_at === 'string') idx.updated_at = raw.updated_at;
  if (raw.tags !== undefined && raw.tags !== null) {
    if (!isMapping(raw.tags)) throw bad('has tags that are not a mapping');
    for (const [tag, version] of Object.entries(raw.tags)) {
      if (!NAME_RULE.test(tag)) throw bad(`has the tag ${JSON.stringify(tag.slice(0, 100))}, which is not a valid tag`);
      if (typeof version !== 'string' || !VERSION_RULE.test(version)) throw bad(`maps tag ${tag} to ${JSON.stringify(String(version).slice(0, 100))}, which is not a version`);
      idx.tags[tag] = version;
    }
  }
  if (raw.versions !== undefined && raw.versions !== null) {
    if (!isMapping(raw.versions)) throw bad('has versions that are not a mapping');
    for (const [version, tags] of Object.entries(raw.versions)) {
      if (!VERSION_RULE.test(version)) throw bad(`has the version ${JSON.stringify(version.slice(0, 100))}, which is not a version`);
      if (tags !== null && !isMapping(tags)) throw bad(`has tags of version ${version} that are not a mapping`);
      const own: Record<string, boolean> = {};
      for (const [tag, on] of Object.entries(tags ?? {})) {
        if (!NAME_RULE.test(tag) || typeof on !== 'boolean') throw bad(`has a malformed tag entry under version ${version}`);
        own[tag] = on;
      }
      idx.versions[version] = own;
    }
  }
  return idx;
}

export class LocalStore {
  readonly project: string;
  private swept = new Set<string>();

  constructor(
    readonly root: string = defaultStoreRoot(),
    project = 'self',
  ) {
    this.project = checkName(project, 'project', FROM);
  }

  runtimeDir(name: string): string {
    return confine(this.root, this.project, 'runtime', checkName(name, 'runtime name', FROM));
  }
  bundlePath(name: string, version: string): string {
    checkVersion(version, FROM);
    return confine(this.runtimeDir(name), version.slice(0, 2), `${version}.swrt`);
  }
  workdir(name: string, version: string): string {
    checkName(name, 'runtime name', FROM);
    checkVersion(version, FROM);
    return confine(this.root, this.project, 'workdir', 'runtime', name, version.slice(0, 2), version);
  }
  /** The workdir of a .swrt file opened by path whose name/version the store holds with other bytes. */
  digestWorkdir(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new UserError(`${JSON.stringify(sha256.slice(0, 80))} is not a sha256 digest`);
    return confine(this.root, this.project, 'workdir', 'runtime', '.by-digest', sha256.slice(0, 2), sha256);
  }
  private trashPath(name: string, version: string): string {
    return confine(this.root, this.project, 'runtime', '.recover', checkName(name, 'runtime name', FROM), version.slice(0, 2), `${checkVersion(version, FROM)}.swrt`);
  }
  private trashWorkdir(name: string, version: string): string {
    return confine(this.root, this.project, 'workdir', 'runtime', '.recover', checkName(name, 'runtime name', FROM), version.slice(0, 2), checkVersion(version, FROM));
  }
  /** `paths` unchanged, once none of them reaches through a symlink in the store's tree; else a UserError. */
  real(...paths: string[]): string[] {
    return paths.map((p) => confineReal(this.root, p));
  }
  /** A scratch directory on the store's filesystem, so renames into place are atomic. */
  tmpDir(): string {
    const [d] = this.real(confine(this.root, '.tmp')) as [string];
    mkdirSync(d, { recursive: true });
    this.sweep(d, OWNERLESS);
    return d;
  }
  uri(name: string, version: string): string {
    return `local/project/${this.project}/runtime/${checkName(name, 'runtime name', FROM)}/version/${checkVersion(version, FROM)}`;
  }

  private indexFile(name: string): string {
    return join(this.runtimeDir(name), INDEX);
  }
  /** The validated tag index; a UserError naming the file when it is corrupt or crafted. */
  readIndex(name: string): TagIndex {
    const f = this.indexFile(name);
    if (!existsSync(f)) return { fast_tag_seq: -1, name, tags: {}, typ: 'runtime', updated_at: '', versions: {} };
    return parseIndex(readFileSync(f, 'utf8'), name, f);
  }
  private writeIndex(idx: TagIndex): void {
    idx.updated_at = swcliTime(new Date());
    const [f] = this.real(this.indexFile(idx.name)) as [string];
    const tmp = tmpName(f);
    try {
      writeFileSync(tmp, stringify(idx, { sortMapEntries: true }));
      renameSync(tmp, f);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  }
  /** Runs `fn` holding runtime `name`'s index lock, after sweeping that runtime's debris; fn re-reads the index. */
  private locked<T>(name: string, fn: () => T, create = false): T {
    const [dir] = this.real(this.runtimeDir(name)) as [string];
    if (!create && !existsSync(dir)) throw new UserError(`runtime ${name} not found in ${join(this.root, this.project)}`, { hint: 'swrt list shows what the store has' });
    mkdirSync(dir, { recursive: true });
    this.sweep(dir);
    return withFileLock(`${this.indexFile(name)}.lock`, fn);
  }
  private sweep(dir: string, ownerless?: typeof OWNERLESS): void {
    if (this.swept.has(dir)) return;
    this.swept.add(dir);
    sweepDebris(dir, { minAgeMs: DEBRIS_AGE_MS, ownerless });
  }
  private setTag(idx: TagIndex, tag: string, version: string): void {
    const prev = idx.tags[tag];
    if (prev && idx.versions[prev]) delete idx.versions[prev]![tag];
    idx.tags[tag] = version;
    (idx.versions[version] ??= {})[tag] = true;
  }
  private addFastTag(idx: TagIndex, version: string): void {
    let n = idx.fast_tag_seq + 1;
    while (idx.tags[`v${n}`]) n++;
    idx.fast_tag_seq = n;
    this.setTag(idx, `v${n}`, version);
  }

  /** Moves a finished bundle into the store (atomic rename) and tags it latest, vN and `tags`. */
  add(bundle: string, name: string, version: string, tags: readonly string[] = []): string {
    checkUserTags(tags);
    const dest = this.bundlePath(name, version);
    if (existsSync(join(this.root, '.tmp'))) this.tmpDir();
    return this.locked(name, () => {
      const idx = this.readIndex(name);
      this.real(dest);
      mkdirSync(dirname(dest), { recursive: true });
      renameSync(bundle, dest);
      const hasFast = Object.keys(idx.versions[version] ?? {}).some((t) => /^v\d+$/.test(t));
      if (!hasFast) this.addFastTag(idx, version);
      this.setTag(idx, 'latest', version);
      for (const t of tags) this.setTag(idx, t, version);
      this.writeIndex(idx);
      return dest;
    }, true);
  }

  tag(name: string, version: string, tags: readonly string[], remove = false): void {
    checkUserTags(tags);
    checkVersion(version, FROM);
    this.locked(name, () => {
      const idx = this.readIndex(name);
      for (const t of tags) {
        if (remove) {
          if (idx.tags[t] !== version) throw new UserError(`tag "${t}" is not on ${name}/version/${version.slice(0, 12)}`);
          delete idx.tags[t];
          delete idx.versions[version]?.[t];
        } else {
          this.setTag(idx, t, version);
        }
      }
      this.writeIndex(idx);
    });
  }

  /** Runtime names present in the project (directories with a valid name; anything else is not ours). */
  names(): string[] {
    const dir = confine(this.root, this.project, 'runtime');
    if (!existsSync(dir)) return [];
    const isDir = (p: string) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    };
    return readdirSync(dir).filter((n) => NAME_RULE.test(n) && isDir(join(dir, n)));
  }

  versions(name: string, includeRemoved = false): StoredVersion[] {
    const idx = this.readIndex(name);
    const out: StoredVersion[] = [];
    const scan = (dir: string, removed: boolean) => {
      if (!existsSync(dir)) return;
      for (const pre of readdirSync(dir)) {
        const sub = join(dir, pre);
        if (pre.startsWith('.') || pre === INDEX || !statSync(sub).isDirectory()) continue;
        for (const f of readdirSync(sub).filter((x) => x.endsWith('.swrt'))) {
          const version = basename(f, '.swrt');
          if (!VERSION_RULE.test(version) || version.slice(0, 2) !== pre) continue;
          const st = statSync(join(sub, f));
          if (!st.isFile()) continue;
          out.push({ name, version, path: join(sub, f), size: st.size, removed, modified: swcliTime(st.mtime), tags: Object.keys(idx.versions[version] ?? {}).sort() });
        }
      }
    };
    scan(this.runtimeDir(name), false);
    if (includeRemoved) scan(confine(this.root, this.project, 'runtime', '.recover', name), true);
    return out.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.version.localeCompare(b.version)));
  }

  /**
   * Finds one live version: exact, a tag (latest, vN, user), or a unique prefix of at least 5 characters.
   * A tag that names a removed or deleted version (remove leaves tags alone, as swcli does) is an error.
   */
  findVersion(name: string, ref = 'latest'): StoredVersion {
    checkRef(ref, FROM);
    const all = this.versions(name);
    const idx = this.readIndex(name);
    const byTag = idx.tags[ref];
    const exact = all.find((v) => v.version === (byTag ?? ref));
    if (exact) return exact;
    const trashed = byTag !== undefined && existsSync(this.trashPath(name, byTag));
    if (all.length === 0 && !trashed) throw new UserError(`runtime ${name} not found in ${join(this.root, this.project)}`, { hint: 'swrt list shows what the store has' });
    if (byTag) {
      throw new UserError(`tag "${ref}" of ${name} names version ${byTag.slice(0, 12)}, which was ${trashed ? 'removed' : 'deleted'}`, {
        hint: trashed ? `swrt recover ${name}/version/${byTag} brings it back` : `swrt tag ${name}/version/VERSION ${ref} moves the tag`,
      });
    }
    if (ref.length >= 5) {
      const matches = all.filter((v) => v.version.startsWith(ref));
      if (matches.length === 1) return matches[0]!;
      if (matches.length > 1) throw new UserError(`version prefix "${ref}" of ${name} is ambiguous`, { hint: 'give more characters' });
    }
    throw new UserError(`runtime ${name} has no version or tag "${ref}"`, { hint: `swrt history ${name} lists its versions and tags` });
  }

  /**
   * Moves a version (and its workdir) to the .recover trash, or deletes both with `force`. As in swcli,
   * the tag index is not touched: latest, vN and user tags keep naming the removed version, so recover
   * brings it back with its tags, and vN numbers are never reused.
   */
  remove(name: string, version: string, force = false): StoredVersion {
    checkRef(version, FROM);
    return this.locked(name, () => {
      const v = this.findVersion(name, version);
      const wd = this.workdir(name, v.version);
      const trash = this.trashPath(name, v.version);
      const twd = this.trashWorkdir(name, v.version);
      this.real(v.path, wd, ...(force ? [] : [trash, twd]));
      if (force) {
        rmSync(v.path, { force: true });
        rmSync(wd, { recursive: true, force: true });
      } else {
        mkdirSync(dirname(trash), { recursive: true });
        renameSync(v.path, trash);
        if (existsSync(wd)) {
          mkdirSync(dirname(twd), { recursive: true });
          rmSync(twd, { recursive: true, force: true });
          renameSync(wd, twd);
        }
      }
      return v;
    });
  }

  /**
   * Moves a removed version back from the .recover trash, with the tags it had. `ref` is a tag (so a
   * bare NAME, i.e. latest, recovers the version latest names, as in swcli), a full version, or a unique
   * prefix of at least 5 characters. A version also in the store again is refused unless `force`.
   */
  recover(name: string, ref: string, force = false): StoredVersion {
    checkRef(ref, FROM);
    const version = this.locked(name, () => {
      const idx = this.readIndex(name);
      const removed = this.versions(name, true).filter((v) => v.removed);
      const target = idx.tags[ref] ?? ref;
      let hits = removed.filter((v) => v.version === target);
      if (!hits.length && !idx.tags[ref] && ref.length >= 5) hits = removed.filter((v) => v.version.startsWith(ref));
      if (hits.length > 1) throw new UserError(`version prefix "${ref}" matches ${hits.length} removed versions of ${name}`, { hint: 'give more characters' });
      const v = hits[0];
      if (!v) {
        const live = idx.tags[ref] !== undefined && existsSync(this.bundlePath(name, target));
        throw new UserError(live ? `${name}/version/${target.slice(0, 12)} ("${ref}") is not removed` : `no removed version "${ref}" of ${name} to recover`, {
          hint: 'swrt list --show-removed lists removed versions',
        });
      }
      const dest = this.bundlePath(name, v.version);
      const twd = this.trashWorkdir(name, v.version);
      const wd = this.workdir(name, v.version);
      this.real(v.path, dest, twd, wd);
      if (existsSync(dest) && !force) {
        throw new UserError(`${name}/version/${v.version.slice(0, 12)} is both in the store and in its .recover trash`, { hint: 'swrt recover --force replaces the one in the store' });
      }
      mkdirSync(dirname(dest), { recursive: true });
      renameSync(v.path, dest);
      if (existsSync(twd)) {
        // The same version id means the same content: a workdir made since the remove is kept.
        if (existsSync(wd) && !force) {
          rmSync(twd, { recursive: true, force: true });
        } else {
          rmSync(wd, { recursive: true, force: true });
          mkdirSync(dirname(wd), { recursive: true });
          renameSync(twd, wd);
        }
      }
      return v.version;
    }, true);
    return this.findVersion(name, version);
  }
}

/** Every version in the project; a runtime whose index is corrupt is reported through `warn` and skipped. */
export function listRuntimes(store: LocalStore, opts: { includeRemoved?: boolean; warn: (message: string) => void }): StoredVersion[] {
  return store.names().flatMap((n) => {
    try {
      return store.versions(n, opts.includeRemoved);
    } catch (e) {
      if (!(e instanceof UserError)) throw e;
      opts.warn(`skipping runtime ${n}: ${e.describe()}`);
      return [];
    }
  });
}
