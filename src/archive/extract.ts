// The one safe extractor for every archive that arrives from outside: .swrt bundles, packed envs
// (export/*_env.tar.gz) and downloaded tool archives. It writes only into a fresh private temp dir
// next to the target and renames it into place at the end; a refused or damaged archive leaves
// nothing. Names with `..` or a leading `/` are refused; nothing is written through a symlink (one
// from the archive at any depth, or one already in a merge target); hard links only to regular files
// this archive already put in; symlinks only when they resolve inside the target (absolute ones only
// where the caller's rule allows); devices, FIFOs and other special entries are refused. A root
// _manifest.yaml (a bundle's) must be single and at most MANIFEST_MAX bytes.
import { chmodSync, closeSync, constants, fchmodSync, futimesSync, linkSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync, utimesSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import type { ReadEntry } from 'tar';
import { UserError, errorMessage } from '../util/errors.js';
import { CRAFTED_HINT, scanTar, TarRefusal } from './tar-scan.js';

/** A bundle's manifest, checked in every archive the extractor reads (the bundle layer owns its format). */
export const MANIFEST_NAME = '_manifest.yaml';
/** A manifest is a few KiB; anything near this is not one. */
export const MANIFEST_MAX = 1024 * 1024;

/** What an absolute symlink becomes: kept as it is (never followed or written through), or a path inside the archive it stands for. */
export type AbsoluteLink = { keep: true } | { inside: string };
/** Asked once every entry is in (`root` is the temp dir holding them); undefined refuses the link. */
export type AbsoluteLinkRule = (root: string) => (path: string, target: string) => AbsoluteLink | undefined;

export interface ExtractOptions {
  /** Replace an existing target (else an existing target is an error). */
  force?: boolean;
  /** The target is a directory to merge into (tool archives laid over each other). */
  merge?: boolean;
  /** Leading path components dropped from every name (and hard link target). */
  strip?: number;
  absoluteLinks?: AbsoluteLinkRule;
  /** What the messages call the archive (default: its path). */
  what?: string;
  /** The hint for an archive that is not a complete tar. */
  damagedHint?: string;
  /** Without `merge`: runs on the complete temp dir just before it replaces the target (to add a file of the caller's). */
  prepare?: (dir: string) => void;
}

/** A packed venv's bin/python, bin/python3 and bin/python3.N point at the build interpreter. */
export const VENV_PYTHON_LINK = /^bin\/python(3(\.\d+)?)?$/;
export const venvPythonLinks: AbsoluteLinkRule = () => (path) => (VENV_PYTHON_LINK.test(path) ? { keep: true } : undefined);

interface Node {
  kind: 'dir' | 'file' | 'link' | 'other';
  /** Symlink target as written in the archive. */
  target?: string;
  /** An absolute link, not yet created (decided by the rule at the end). */
  pendingAbsolute?: boolean;
  /** An absolute link kept as it is. */
  keep?: boolean;
  /** An absolute link standing for this path inside the archive. */
  inside?: string;
  /** Already in the merge target before this archive. */
  old?: boolean;
  /** Exists in the temp dir (old dirs are made there when something goes inside). */
  inTmp?: boolean;
  mode?: number;
  mtime?: Date;
}

const FILE_TYPES = new Set(['File', 'OldFile', 'ContiguousFile']);
const MAX_HOPS = 40;

/** Python's tarfile.add(dir, arcname="") writes the root as `/`; GNU tar -C dir . writes `./`. */
const isRoot = (p: string) => /^(\.?\/*|\.)$/.test(p);

class Refused extends Error {}

/** The name's parts (`.` and empty parts dropped), or undefined when it is absolute or has `..`. */
function parts(name: string): string[] | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || name.includes('\0')) return undefined;
  const out = name.split('/').filter((p) => p !== '' && p !== '.');
  return out.includes('..') ? undefined : out;
}

/**
 * The tree as a trie of ids (0 is the root), so a walk looks up one short key per path part instead
 * of joining the whole path again at every step.
 */
class TreeIndex {
  private readonly ids = new Map<string, number>();
  private readonly nodes: (Node | undefined)[] = [undefined];

  constructor(tree: Map<string, Node>) {
    for (const [rel, n] of tree) this.nodes[this.path(rel.split('/'), true)] = n;
  }

  /** The id of `parent`'s child `name` (-1: not in the tree, nor anything under it). */
  child(parent: number, name: string, create = false): number {
    if (parent < 0) return -1;
    const key = `${parent}/${name}`;
    let id = this.ids.get(key);
    if (id === undefined && create) {
      id = this.nodes.length;
      this.nodes.push(undefined);
      this.ids.set(key, id);
    }
    return id ?? -1;
  }

  /** The id of a path's parts from the root. */
  path(ps: readonly string[], create = false): number {
    let id = 0;
    for (const p of ps) id = this.child(id, p, create);
    return id;
  }

  node(id: number): Node | undefined {
    return id < 0 ? undefined : this.nodes[id];
  }
}

/** Path parts all the symlink checks of one archive may walk; an archive needing more is refused. */
const WALK_BUDGET = 1_000_000;

/**
 * Whether a link in the directory `start` (ids from the root down) with `target` resolves outside
 * the tree, following the archive's own links. `budget.left` counts the path parts walked.
 */
function escapes(index: TreeIndex, start: readonly number[], target: string, mayEndAtKept: boolean, budget: { left: number }): boolean {
  const stack = [...start];
  // the parts still to walk, last first (pop takes the next one)
  const todo = target.split('/').reverse();
  let hops = 0;
  while (todo.length) {
    if (--budget.left < 0) throw new Refused(`its symlinks take more than ${WALK_BUDGET} steps to check`);
    const c = todo.pop()!;
    if (c === '' || c === '.') continue;
    if (c === '..') {
      if (!stack.length) return true;
      stack.pop();
      continue;
    }
    const id = index.child(stack.length ? stack[stack.length - 1]! : 0, c);
    const n = index.node(id);
    if (!n || n.kind !== 'link') {
      stack.push(id);
      continue;
    }
    if (++hops > MAX_HOPS) return true;
    if (n.keep) return !(mayEndAtKept && todo.length === 0);
    if (n.inside !== undefined) {
      stack.length = 0;
      todo.push(...n.inside.split('/').reverse());
    } else if (isAbsolute(n.target ?? '')) return true;
    else todo.push(...(n.target ?? '').split('/').reverse());
  }
  return false;
}

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/** The merge target as it is (links not followed). */
function loadExisting(root: string, tree: Map<string, Node>, rel = ''): void {
  for (const name of readdirSync(join(root, rel))) {
    const p = rel ? `${rel}/${name}` : name;
    const st = lstatSync(join(root, p));
    if (st.isSymbolicLink()) tree.set(p, { kind: 'link', target: readlinkSync(join(root, p)), old: true });
    else if (st.isDirectory()) {
      tree.set(p, { kind: 'dir', old: true });
      loadExisting(root, tree, p);
    } else tree.set(p, { kind: st.isFile() ? 'file' : 'other', old: true });
  }
}

/** Moves everything in `from` into `to`: new names renamed in, directories merged, files replaced. */
function mergeInto(from: string, to: string, rel = ''): void {
  for (const name of readdirSync(join(from, rel))) {
    const p = rel ? `${rel}/${name}` : name;
    const src = lstatSync(join(from, p));
    const dst = lstatOrUndefined(join(to, p));
    if (src.isDirectory() && dst?.isDirectory()) mergeInto(from, to, p);
    else if (dst?.isDirectory() || (dst && src.isDirectory())) throw new Refused(`"${p}" is a directory on one side and not on the other`);
    else renameSync(join(from, p), join(to, p));
  }
}

/** One extraction in progress: the private temp dir, what is in it so far, and the files still open. */
class Extraction {
  readonly tree = new Map<string, Node>();
  readonly openFds = new Set<number>();
  readonly dirs: { rel: string; node: Node }[] = [];

  constructor(
    readonly tmp: string,
    readonly dest: string,
    readonly target: string,
    readonly strip: number,
  ) {}

  /** Makes the parents of an entry in the temp dir; none may be a link or a file. */
  ensureParents(raw: string, ps: string[]): void {
    // a directory made in the temp dir had every parent checked when it was made
    const parent = ps.length > 1 ? this.tree.get(ps.slice(0, -1).join('/')) : undefined;
    if (parent?.kind === 'dir' && parent.inTmp) return;
    for (let i = 1; i < ps.length; i++) {
      const p = ps.slice(0, i).join('/');
      const n = this.tree.get(p);
      if (n?.kind === 'link') throw new Refused(`"${raw}" would be written through the symlink "${p}"`);
      if (n && n.kind !== 'dir') throw new Refused(`"${raw}" would be written inside the file "${p}"`);
      if (n?.inTmp) continue;
      mkdirSync(join(this.tmp, p), { mode: 0o700 });
      if (n) n.inTmp = true;
      else this.tree.set(p, { kind: 'dir', inTmp: true });
    }
  }

  readonly onEntry = (e: ReadEntry): void | Promise<void> => {
    const raw = e.path;
    if (e.type === 'Directory' && isRoot(raw)) return void e.resume();
    const all = parts(raw);
    if (!all) throw new Refused(`"${raw}" points outside the target`);
    const ps = all.slice(this.strip);
    if (!ps.length) return void e.resume();
    const rel = ps.join('/');
    const had = this.admit(e, raw, ps, rel);
    const path = join(this.tmp, rel);
    if (e.type === 'Directory') return this.addDir(e, rel, path, had);
    if (e.type === 'SymbolicLink') return this.addSymlink(e, rel, path);
    if (e.type === 'Link') return this.addHardLink(e, raw, rel, path);
    return this.addFile(e, rel, path);
  };

  /** Checks an entry against its type, the manifest rule and what is already there; returns what is. */
  private admit(e: ReadEntry, raw: string, ps: string[], rel: string): Node | undefined {
    const isFile = FILE_TYPES.has(e.type);
    if (!isFile && !['Directory', 'SymbolicLink', 'Link'].includes(e.type)) throw new Refused(`"${raw}" is a ${e.type} entry; only files, directories and links are extracted`);
    if (rel === MANIFEST_NAME && !isFile) throw new Refused(`its ${MANIFEST_NAME} is a ${e.type} entry, not a regular file`);
    if (rel === MANIFEST_NAME && e.size > MANIFEST_MAX) throw new Refused(`its ${MANIFEST_NAME} is ${e.size} bytes (at most ${MANIFEST_MAX})`);
    this.ensureParents(raw, ps);
    const had = this.tree.get(rel);
    if (had && !had.old && !(had.kind === 'dir' && e.type === 'Directory')) {
      throw new Refused(rel === MANIFEST_NAME ? `it has more than one ${MANIFEST_NAME}` : `"${raw}" appears twice in the archive`);
    }
    if (had?.old && had.kind === 'link' && e.type === 'Directory') throw new Refused(`"${raw}" would be written through the symlink "${rel}"`);
    if (had?.old && (had.kind === 'dir') !== (e.type === 'Directory')) throw new Refused(`"${raw}" would replace a ${had.kind === 'dir' ? 'directory' : 'file'} already in ${this.target}`);
    return had;
  }

  private addDir(e: ReadEntry, rel: string, path: string, had: Node | undefined): void {
    const node: Node = had ?? { kind: 'dir' };
    if (!node.inTmp) mkdirSync(path, { mode: 0o700 });
    Object.assign(node, { inTmp: true, mode: entryMode(e), mtime: e.mtime });
    this.tree.set(rel, node);
    this.dirs.push({ rel, node });
    e.resume();
  }

  private addSymlink(e: ReadEntry, rel: string, path: string): void {
    const linkTarget = e.linkpath ?? '';
    if (isAbsolute(linkTarget)) this.tree.set(rel, { kind: 'link', target: linkTarget, pendingAbsolute: true });
    else {
      symlinkSync(linkTarget, path);
      this.tree.set(rel, { kind: 'link', target: linkTarget, inTmp: true });
    }
    e.resume();
  }

  private addHardLink(e: ReadEntry, raw: string, rel: string, path: string): void {
    const lp = e.linkpath ?? '';
    const lparts = parts(lp);
    if (!lparts || lparts.length <= this.strip) throw new Refused(`hard link "${raw}" -> "${lp}" points outside the target`);
    const to = this.tree.get(lparts.slice(this.strip).join('/'));
    if (!to || to.kind !== 'file' || to.old) throw new Refused(`hard link "${raw}" -> "${lp}" does not point at a regular file extracted before it`);
    linkSync(join(this.tmp, lparts.slice(this.strip).join('/')), path);
    this.tree.set(rel, { kind: 'file', inTmp: true });
    e.resume();
  }

  /** A regular file: created fresh (never through a link), written as it streams. */
  private addFile(e: ReadEntry, rel: string, path: string): Promise<void> {
    const fd = openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
    this.openFds.add(fd);
    this.tree.set(rel, { kind: 'file', inTmp: true });
    return new Promise<void>((resolveEntry, reject) => {
      let failed = false;
      e.on('data', (c: Buffer) => {
        if (failed) return;
        try {
          for (let off = 0; off < c.length; ) off += writeSync(fd, c, off);
        } catch (err) {
          failed = true;
          reject(err as Error);
        }
      });
      e.on('end', () => {
        if (failed) return;
        try {
          fchmodSync(fd, entryMode(e));
          if (e.mtime) futimesSync(fd, e.mtime, e.mtime);
          this.openFds.delete(fd);
          closeSync(fd);
          resolveEntry();
        } catch (err) {
          reject(err as Error);
        }
      });
    });
  }

  /** Absolute links: the caller's rule decides, now that every entry is in. */
  placeAbsoluteLinks(rule: ReturnType<AbsoluteLinkRule> | undefined): void {
    for (const [rel, n] of this.tree) {
      if (!n.pendingAbsolute) continue;
      const d = rule?.(rel, n.target!);
      if (!d) throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
      if ('keep' in d) {
        n.keep = true;
        symlinkSync(n.target!, join(this.tmp, rel));
      } else {
        const inside = parts(d.inside);
        if (!inside) throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
        n.inside = inside.join('/');
        symlinkSync(inside.length ? join(this.dest, ...inside) : this.dest, join(this.tmp, rel));
      }
      n.inTmp = true;
    }
  }

  /** Every link, followed through the tree as it now stands, stays inside the target. */
  checkLinksStayInside(rule: ReturnType<AbsoluteLinkRule> | undefined): void {
    const index = new TreeIndex(this.tree);
    const budget = { left: WALK_BUDGET };
    for (const [rel, n] of this.tree) {
      if (n.kind !== 'link' || n.keep) continue;
      const start: number[] = [];
      if (n.inside === undefined) for (const p of rel.split('/').slice(0, -1)) start.push(index.child(start.length ? start[start.length - 1]! : 0, p));
      const asAbsolute = rule?.(rel, '/');
      const mayEndAtKept = asAbsolute !== undefined && 'keep' in asAbsolute;
      if (escapes(index, start, n.inside ?? n.target ?? '', mayEndAtKept, budget)) throw new Refused(`symlink "${rel}" -> "${n.target}" points outside the target`);
    }
  }

  /** Directory modes last (deepest first), then the temp dir merged into or renamed over the target. */
  finish(opts: ExtractOptions): void {
    for (const { rel, node } of this.dirs.sort((a, b) => b.rel.length - a.rel.length)) fixDir(join(this.tmp, rel), node);
    if (opts.merge) {
      mergeInto(this.tmp, this.dest);
      rmSync(this.tmp, { recursive: true, force: true });
    } else {
      opts.prepare?.(this.tmp);
      fixDir(this.tmp, { kind: 'dir', mode: 0o755 });
      rmSync(this.dest, { recursive: true, force: true });
      renameSync(this.tmp, this.dest);
    }
  }

  abandon(): void {
    for (const fd of this.openFds) closeSync(fd);
    rmSync(this.tmp, { recursive: true, force: true });
  }
}

/** An entry's permission bits, without group/other write or setuid. */
const entryMode = (e: ReadEntry) => (e.mode ?? (e.type === 'Directory' ? 0o755 : 0o644)) & 0o755;

/**
 * Extracts `archive` into `target` and returns the target. Without `merge` the target is replaced
 * whole (only with `force` when it exists); with `merge` the entries are laid into it.
 */
export async function extractArchive(archive: string, target: string, opts: ExtractOptions = {}): Promise<string> {
  const what = opts.what ?? archive;
  const dest = resolve(target);
  if (!opts.merge && lstatOrUndefined(dest) && !opts.force) throw new UserError(`${target} already exists`, { hint: 'pass --force to replace it' });
  mkdirSync(dirname(dest), { recursive: true });
  if (opts.merge) mkdirSync(dest, { recursive: true });
  const x = new Extraction(mkdtempSync(join(dirname(dest), `.${basename(dest)}.extract-${process.pid}-`)), dest, target, opts.strip ?? 0);
  try {
    if (opts.merge) loadExisting(dest, x.tree);
    await scanTar(archive, x.onEntry);
    const rule = opts.absoluteLinks?.(x.tmp);
    x.placeAbsoluteLinks(rule);
    x.checkLinksStayInside(rule);
    x.finish(opts);
  } catch (e) {
    x.abandon();
    if (e instanceof Refused) throw new UserError(`refusing to extract ${what}: ${e.message}`, { hint: CRAFTED_HINT });
    if (e instanceof TarRefusal) throw new UserError(`${what} is not a readable tar: ${e.message}`, { hint: opts.damagedHint ?? CRAFTED_HINT });
    if (e instanceof UserError) throw e;
    throw new UserError(`could not extract ${what}: ${errorMessage(e)}`, { hint: opts.damagedHint ?? CRAFTED_HINT });
  }
  return target;
}

/** A directory's mode and mtime, once its entries are in; the owner keeps rwx so it can be replaced later. */
function fixDir(path: string, n: Node): void {
  chmodSync(path, (n.mode ?? 0o755) | 0o700);
  if (n.mtime) utimesSync(path, n.mtime, n.mtime);
}
