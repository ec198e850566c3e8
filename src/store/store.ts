// The local store in swcli's layout (research notes §3.3), so swcli and swrt see each other's
// bundles: <root>/<project>/runtime/<name>/<ver[:2]>/<ver>.swrt, a per-runtime tag index
// (_manifest.yaml: latest, vN, user tags), and a .recover trash for removed versions.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { swcliTime } from '../bundle/manifest.js';
import { writeAtomic } from '../env/lock.js';
import { UserError } from '../util/errors.js';

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
    if (isBuiltinTag(t)) throw new UserError(`tag "${t}" is reserved`, { hint: 'latest and v<N> are set automatically; choose another tag' });
    if (!TAG_RULE.test(t) || t.length > 80) throw new UserError(`tag "${t}" is not valid`, { hint: 'use letters, digits, _ . - (at most 80), starting with a letter or _' });
  }
}

export function defaultStoreRoot(env: NodeJS.ProcessEnv = process.env): string {
  return env.SW_LOCAL_STORAGE || join(env.HOME || homedir(), '.starwhale');
}

export class LocalStore {
  constructor(
    readonly root: string = defaultStoreRoot(),
    readonly project = 'self',
  ) {}

  runtimeDir(name: string): string {
    return join(this.root, this.project, 'runtime', name);
  }
  bundlePath(name: string, version: string): string {
    return join(this.runtimeDir(name), version.slice(0, 2), `${version}.swrt`);
  }
  workdir(name: string, version: string): string {
    return join(this.root, this.project, 'workdir', 'runtime', name, version.slice(0, 2), version);
  }
  private trashPath(name: string, version: string): string {
    return join(this.root, this.project, 'runtime', '.recover', name, version.slice(0, 2), `${version}.swrt`);
  }
  private trashWorkdir(name: string, version: string): string {
    return join(this.root, this.project, 'workdir', 'runtime', '.recover', name, version.slice(0, 2), version);
  }
  /** A scratch directory on the store's filesystem, so renames into place are atomic. */
  tmpDir(): string {
    const d = join(this.root, '.tmp');
    mkdirSync(d, { recursive: true });
    return d;
  }
  uri(name: string, version: string): string {
    return `local/project/${this.project}/runtime/${name}/version/${version}`;
  }

  readIndex(name: string): TagIndex {
    const f = join(this.runtimeDir(name), '_manifest.yaml');
    const empty: TagIndex = { fast_tag_seq: -1, name, tags: {}, typ: 'runtime', updated_at: '', versions: {} };
    if (!existsSync(f)) return empty;
    const raw = (parse(readFileSync(f, 'utf8')) ?? {}) as Partial<TagIndex>;
    return { ...empty, ...raw, tags: raw.tags ?? {}, versions: raw.versions ?? {} };
  }
  private writeIndex(idx: TagIndex): void {
    idx.updated_at = swcliTime(new Date());
    writeAtomic(join(this.runtimeDir(idx.name), '_manifest.yaml'), stringify(idx, { sortMapEntries: true }));
  }
  private setTag(idx: TagIndex, tag: string, version: string): void {
    const prev = idx.tags[tag];
    if (prev && idx.versions[prev]) delete idx.versions[prev]![tag];
    idx.tags[tag] = version;
    (idx.versions[version] ??= {})[tag] = true;
  }

  /** Moves a finished bundle into the store (atomic rename) and tags it latest, vN and `tags`. */
  add(bundle: string, name: string, version: string, tags: readonly string[] = []): string {
    checkUserTags(tags);
    const dest = this.bundlePath(name, version);
    mkdirSync(dirname(dest), { recursive: true });
    renameSync(bundle, dest);
    const idx = this.readIndex(name);
    const hasFast = Object.keys(idx.versions[version] ?? {}).some((t) => /^v\d+$/.test(t));
    if (!hasFast) {
      let n = idx.fast_tag_seq + 1;
      while (idx.tags[`v${n}`]) n++;
      idx.fast_tag_seq = n;
      this.setTag(idx, `v${n}`, version);
    }
    this.setTag(idx, 'latest', version);
    for (const t of tags) this.setTag(idx, t, version);
    this.writeIndex(idx);
    return dest;
  }

  tag(name: string, version: string, tags: readonly string[], remove = false): void {
    checkUserTags(tags);
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
  }

  names(): string[] {
    const dir = join(this.root, this.project, 'runtime');
    if (!existsSync(dir)) return [];
    return readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory());
  }

  versions(name: string, includeRemoved = false): StoredVersion[] {
    const idx = this.readIndex(name);
    const out: StoredVersion[] = [];
    const scan = (dir: string, removed: boolean) => {
      if (!existsSync(dir)) return;
      for (const pre of readdirSync(dir)) {
        const sub = join(dir, pre);
        if (pre.startsWith('.') || pre === '_manifest.yaml' || !statSync(sub).isDirectory()) continue;
        for (const f of readdirSync(sub).filter((x) => x.endsWith('.swrt'))) {
          const version = basename(f, '.swrt');
          const st = statSync(join(sub, f));
          out.push({ name, version, path: join(sub, f), size: st.size, removed, modified: swcliTime(st.mtime), tags: removed ? [] : Object.keys(idx.versions[version] ?? {}).sort() });
        }
      }
    };
    scan(this.runtimeDir(name), false);
    if (includeRemoved) scan(join(this.root, this.project, 'runtime', '.recover', name), true);
    return out.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.version.localeCompare(b.version)));
  }

  /** Finds one version: exact, a tag (latest, vN, user), or a unique prefix of at least 5 characters. */
  findVersion(name: string, ref = 'latest'): StoredVersion {
    const all = this.versions(name);
    if (all.length === 0) throw new UserError(`runtime ${name} not found in ${join(this.root, this.project)}`, { hint: 'swrt list shows what the store has' });
    const idx = this.readIndex(name);
    const byTag = idx.tags[ref];
    const exact = all.find((v) => v.version === (byTag ?? ref));
    if (exact) return exact;
    if (ref.length >= 5) {
      const matches = all.filter((v) => v.version.startsWith(ref));
      if (matches.length === 1) return matches[0]!;
      if (matches.length > 1) throw new UserError(`version prefix "${ref}" of ${name} is ambiguous`, { hint: 'give more characters' });
    }
    throw new UserError(`runtime ${name} has no version or tag "${ref}"`, { hint: `swrt history ${name} lists its versions and tags` });
  }

  remove(name: string, version: string, force = false): void {
    const v = this.findVersion(name, version);
    const idx = this.readIndex(name);
    for (const t of Object.keys(idx.versions[v.version] ?? {})) delete idx.tags[t];
    delete idx.versions[v.version];
    const wd = this.workdir(name, v.version);
    if (force) {
      rmSync(v.path, { force: true });
      rmSync(wd, { recursive: true, force: true });
    } else {
      const trash = this.trashPath(name, v.version);
      mkdirSync(dirname(trash), { recursive: true });
      renameSync(v.path, trash);
      if (existsSync(wd)) {
        mkdirSync(dirname(this.trashWorkdir(name, v.version)), { recursive: true });
        rmSync(this.trashWorkdir(name, v.version), { recursive: true, force: true });
        renameSync(wd, this.trashWorkdir(name, v.version));
      }
    }
    this.writeIndex(idx);
  }

  recover(name: string, version: string): StoredVersion {
    const removed = this.versions(name, true).filter((v) => v.removed && (v.version === version || (version.length >= 5 && v.version.startsWith(version))));
    if (removed.length !== 1) throw new UserError(`no removed version "${version}" of ${name} to recover`, { hint: `swrt list --show-removed lists them` });
    const v = removed[0]!;
    const dest = this.bundlePath(name, v.version);
    mkdirSync(dirname(dest), { recursive: true });
    renameSync(v.path, dest);
    const twd = this.trashWorkdir(name, v.version);
    if (existsSync(twd)) {
      mkdirSync(dirname(this.workdir(name, v.version)), { recursive: true });
      renameSync(twd, this.workdir(name, v.version));
    }
    const idx = this.readIndex(name);
    let n = idx.fast_tag_seq + 1;
    while (idx.tags[`v${n}`]) n++;
    idx.fast_tag_seq = n;
    this.setTag(idx, `v${n}`, v.version);
    this.writeIndex(idx);
    return this.findVersion(name, v.version);
  }
}
