// What a runtime.yaml may reference: regular files and directories inside its directory. Walks never
// follow a link: a link that stays inside comes back as a link (target made relative), a link out,
// a dangling link and a special file (FIFO, device, socket) come back as problems. Reads open the
// file once, refuse anything but a regular file, and read exactly the size fstat gave.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readlinkSync, readSync, realpathSync, rmSync, symlinkSync, writeSync, type Stats } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { isInside } from '../util/names.js';
import { UserError } from '../util/errors.js';

export interface InputNode {
  /** Path below the referenced one ('' for the reference itself, else 'a/b'). */
  sub: string;
  /** Where it lies on disk, every link resolved (what to read). */
  full: string;
  type: 'file' | 'dir' | 'symlink';
  mode: number;
  size: number;
  dev: number;
  ino: number;
  /** A symlink's target, relative to the link's directory as the reference lays it out. */
  linkname?: string;
}

export interface InputProblem {
  /** Starts with the quoted path, relative to the runtime.yaml directory. */
  message: string;
  hint: string;
}

export interface InputScan {
  nodes: InputNode[];
  problems: InputProblem[];
}

const OUT_HINT = 'copy the file into the directory instead';
const SPECIAL_HINT = 'only regular files, directories and links that stay inside the directory are packed; remove it';

export function specialKind(st: Stats): string | undefined {
  if (st.isFIFO()) return 'a FIFO';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (!st.isFile() && !st.isDirectory() && !st.isSymbolicLink()) return 'not a file';
  return undefined;
}

const errCode = (e: unknown) => (e as NodeJS.ErrnoException).code;

type Problem = (p: string, message: string, hint: string) => void;
type AddNode = (sub: string, at: string, s: Stats, type: InputNode['type'], linkname?: string) => void;

/** The reference itself: inside `root` (after its own link, if it is one) and a file or, when allowed, a directory. */
function resolveRef(root: string, ref: string, opts: { dirs: boolean }, problem: Problem): { real: string; realRoot: string; st: Stats } | undefined {
  const full = resolve(root, ref);
  if (!isInside(root, full)) {
    problem(ref, 'is outside the runtime.yaml directory', 'bundles carry only files under the runtime.yaml directory; move the file there');
    return undefined;
  }
  let realRoot: string;
  let real: string;
  try {
    realRoot = realpathSync(root);
    lstatSync(full);
    real = realpathSync(full);
  } catch (e) {
    if (errCode(e) === 'ENOENT') problem(ref, 'does not exist', 'paths are relative to the runtime.yaml directory');
    else problem(ref, `cannot be read (${errCode(e) ?? String(e)})`, 'check the link and its permissions');
    return undefined;
  }
  if (!isInside(realRoot, real)) {
    problem(ref, 'is a symlink pointing outside the runtime.yaml directory', OUT_HINT);
    return undefined;
  }
  const st = lstatSync(real);
  const kind = specialKind(st);
  if (kind) {
    problem(ref, `is not a regular file (${kind})`, SPECIAL_HINT);
    return undefined;
  }
  if (st.isDirectory() && !opts.dirs) {
    problem(ref, 'is not a file (a directory)', 'name a file here');
    return undefined;
  }
  return { real, realRoot, st };
}

/** Everything below the directory `real` (shown as `name`), links recorded and never followed. */
function walkBelow(real: string, realRoot: string, name: string, node: AddNode, problem: Problem): void {
  // Where a target lies as the reference lays it out: below the reference (reached through `real`)
  // when it is there, else at its place in the runtime.yaml directory.
  const logical = (target: string) => (isInside(real, target) ? posix.join(name, relative(real, target)) : relative(realRoot, target));
  const walk = (dir: string, sub: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (e) {
      problem(posix.join(name, sub), `cannot be listed (${errCode(e) ?? String(e)})`, 'check its permissions');
      return;
    }
    for (const n of names) {
      const childSub = sub ? `${sub}/${n}` : n;
      const shown = posix.join(name, childSub);
      const at = join(dir, n);
      let s: Stats;
      try {
        s = lstatSync(at);
      } catch (e) {
        problem(shown, `vanished while it was read (${errCode(e) ?? String(e)})`, 'nothing may change the runtime directory during a build');
        continue;
      }
      if (s.isSymbolicLink()) {
        let text = '';
        let target: string;
        try {
          text = readlinkSync(at);
          target = realpathSync(at);
        } catch {
          problem(shown, `is a symlink to ${JSON.stringify(text)}, which leads nowhere`, 'remove the dangling link');
          continue;
        }
        if (!isInside(realRoot, target)) {
          problem(shown, `is a symlink pointing outside the runtime.yaml directory (to ${JSON.stringify(text)})`, OUT_HINT);
          continue;
        }
        const linkname = posix.relative(`/${posix.dirname(shown)}`, `/${logical(target)}`) || '.';
        node(childSub, at, s, 'symlink', linkname);
      } else if (s.isDirectory()) {
        node(childSub, at, s, 'dir');
        walk(at, childSub);
      } else if (s.isFile()) {
        node(childSub, at, s, 'file');
      } else {
        problem(shown, `is not a regular file (${specialKind(s)})`, SPECIAL_HINT);
      }
    }
  };
  walk(real, '');
}

/**
 * Scans `ref` (relative to `root`): itself may be a link that resolves inside `root`; below it,
 * nothing is followed. `dirs: false` when only a regular file will do.
 */
export function scanInput(root: string, ref: string, opts: { dirs: boolean }): InputScan {
  const nodes: InputNode[] = [];
  const problems: InputProblem[] = [];
  const name = posix.normalize(ref.replace(/\\/g, '/')).replace(/\/+$/, '');
  const problem: Problem = (p, message, hint) => void problems.push({ message: `"${p}" ${message}`, hint });
  const found = resolveRef(root, ref, opts, problem);
  if (!found) return { nodes, problems };
  const node: AddNode = (sub, at, s, type, linkname) =>
    void nodes.push({ sub, full: at, type, mode: s.mode, size: type === 'file' ? s.size : 0, dev: s.dev, ino: s.ino, ...(linkname === undefined ? {} : { linkname }) });
  node('', found.real, found.st, found.st.isDirectory() ? 'dir' : 'file');
  if (found.st.isDirectory()) walkBelow(found.real, found.realRoot, name, node, problem);
  return { nodes, problems };
}

/** The scan's nodes, or a one-line UserError for its first problem (`what`: "files src"). */
export function scanOrThrow(root: string, ref: string, what: string, opts: { dirs: boolean }): InputNode[] {
  const { nodes, problems } = scanInput(root, ref, opts);
  const first = problems[0];
  if (first) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem(s))` : '';
    throw new UserError(`${what} ${first.message}${more}`, { hint: first.hint });
  }
  return nodes;
}

const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
const CHUNK = 1 << 20;

export const changedError = (path: string) =>
  new UserError(`${path} changed while it was being read`, { hint: 'nothing may write to the runtime directory during a build; run it again' });

/**
 * Opens `path` (its last part not a link) for reading, refusing anything but a regular file, one
 * over `max` bytes, or one that is not the file `expect` describes; gives the fd and its stat.
 */
export function openRegular(path: string, opts: { max?: number; expect?: { dev: number; ino: number; size?: number }; label?: string } = {}): { fd: number; st: Stats } {
  const label = opts.label ?? path;
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (e) {
    const code = errCode(e);
    if (code === 'ELOOP') throw new UserError(`${label} is a symlink now; it was not one when it was checked`, { hint: 'nothing may change the runtime directory during a build' });
    throw new UserError(`${label}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}`);
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new UserError(`${label} is not a regular file (${st.isDirectory() ? 'a directory' : specialKind(st)})`, { hint: SPECIAL_HINT });
    if (opts.expect && (st.dev !== opts.expect.dev || st.ino !== opts.expect.ino)) {
      throw new UserError(`${label} was replaced while it was being read`, { hint: 'nothing may change the runtime directory during a build' });
    }
    if (opts.expect?.size !== undefined && st.size !== opts.expect.size) throw changedError(label);
    if (opts.max !== undefined && st.size > opts.max) {
      throw new UserError(`${label} is ${(st.size / 1048576).toFixed(1)} MiB; at most ${(opts.max / 1048576).toFixed(0)} MiB is read`, { hint: 'is this the right file?' });
    }
    return { fd, st };
  } catch (e) {
    closeSync(fd);
    throw e;
  }
}

/** Reads exactly `size` bytes from `fd` into `sink`, then refuses a file that has more or fewer. */
function readExactly(fd: number, size: number, label: string, sink: (chunk: Buffer) => void): void {
  const buf = Buffer.alloc(Math.min(CHUNK, Math.max(size, 1)));
  let left = size;
  while (left > 0) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, left), null);
    if (n === 0) throw changedError(label);
    sink(buf.subarray(0, n));
    left -= n;
  }
  if (readSync(fd, Buffer.alloc(1), 0, 1, null) !== 0) throw changedError(label);
}

/** A regular file's bytes (see openRegular), read once and exactly. */
export function readRegular(path: string, opts: Parameters<typeof openRegular>[1] = {}): Buffer {
  const { fd, st } = openRegular(path, opts);
  try {
    const out = Buffer.alloc(st.size);
    let at = 0;
    readExactly(fd, st.size, opts.label ?? path, (c) => {
      c.copy(out, at);
      at += c.length;
    });
    return out;
  } finally {
    closeSync(fd);
  }
}

/** Feeds a regular file's bytes to `sink` in chunks (see openRegular), read once and exactly. */
export function streamRegular(path: string, sink: (chunk: Buffer) => void, opts: Parameters<typeof openRegular>[1] = {}): void {
  const { fd, st } = openRegular(path, opts);
  try {
    readExactly(fd, st.size, opts.label ?? path, sink);
  } finally {
    closeSync(fd);
  }
}

/** Makes room for a node at `path`: a file or link there is removed (never written through). */
function clearFor(path: string, type: InputNode['type'], label: string): void {
  let s: Stats;
  try {
    s = lstatSync(path);
  } catch {
    return;
  }
  if (s.isDirectory()) {
    if (type === 'dir') return;
    throw new UserError(`${label}: its destination ${path} is a directory`, { hint: 'choose a dest that is not an existing directory' });
  }
  rmSync(path, { force: true });
}

/**
 * Copies scanned nodes under `target` (inside `root`): directories made, files copied from the
 * fd that was checked, links recreated as links, never written through; a link that would lead out
 * of `root` once at `target` is refused.
 */
export function copyNodes(nodes: readonly InputNode[], target: string, root: string, label: (sub: string) => string): void {
  const realRoot = realpathSync(root);
  for (const n of nodes) {
    const out = n.sub ? join(target, n.sub) : target;
    mkdirSync(dirname(out), { recursive: true });
    if (!isInside(realRoot, realpathSync(dirname(out)))) {
      throw new UserError(`${label(n.sub)}: its destination ${out} leads outside ${root} through a link`, { hint: 'choose a dest that is a plain directory inside the environment' });
    }
    clearFor(out, n.type, label(n.sub));
    if (n.type === 'dir') mkdirSync(out, { recursive: true });
    else if (n.type === 'symlink') {
      if (!isInside(root, resolve(dirname(out), n.linkname!))) {
        throw new UserError(`${label(n.sub)} is a symlink to ${JSON.stringify(n.linkname)}, which would point outside ${root} once copied`, { hint: 'link only within the directory that is copied' });
      }
      symlinkSync(n.linkname!, out);
    } else {
      const w = openSync(out, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, n.mode & 0o111 ? 0o755 : 0o644);
      try {
        streamRegular(n.full, (c) => {
          let off = 0;
          while (off < c.length) off += writeSync(w, c, off, c.length - off);
        }, { expect: n, label: label(n.sub) });
      } finally {
        closeSync(w);
      }
    }
  }
}
