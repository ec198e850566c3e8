// Rewriting files of an unpacked env in place (moving it to a new prefix) without leaving it: a
// path is used only when every directory on the way is a real directory (no symlink followed) and
// the file itself is a regular file inside the root; a rewrite goes to a temp file that is renamed
// over the old one, so a hard link to the same inode elsewhere keeps its content. Files a restore
// writes into a workdir or an env (status, activate.host, env.sw) go through writeFileInside.
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, realpathSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { isInside } from '../util/names.js';
import { errorMessage, UserError } from '../util/errors.js';
import { CRAFTED_HINT } from './tar-scan.js';
import { tmpName } from '../util/tmp.js';

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

/** `root/rel` when every parent is a real directory inside `root` and the last part's lstat satisfies `want`. */
function reach(root: string, rel: string, want: (st: Stats) => boolean): string | undefined {
  const ps = rel.split('/').filter((p) => p !== '' && p !== '.');
  if (!ps.length || ps.includes('..') || rel.startsWith('/')) return undefined;
  let at = root;
  for (const p of ps.slice(0, -1)) {
    at = join(at, p);
    if (!lstatOrUndefined(at)?.isDirectory()) return undefined;
  }
  const full = join(at, ps[ps.length - 1]!);
  const st = lstatOrUndefined(full);
  if (!st || !want(st)) return undefined;
  const realRoot = realpathSync(root);
  const realParent = realpathSync(at);
  return isInside(realRoot, realParent) ? full : undefined;
}

/** The regular file at `rel` under `root`, reached without passing a symlink; undefined otherwise. */
export function regularFileInside(root: string, rel: string): string | undefined {
  return reach(root, rel, (st) => st.isFile());
}

/** The symlink itself at `rel` under `root` (its parents real directories); undefined otherwise. */
export function symlinkInside(root: string, rel: string): string | undefined {
  return reach(root, rel, (st) => st.isSymbolicLink());
}

/** Replaces `path` by a new file holding `data` with `mode` (temp file beside it, then rename). */
export function rewriteFile(path: string, data: Buffer, mode: number): void {
  const tmp = tmpName(path);
  const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off);
    fchmodSync(fd, mode & 0o777);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  try {
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

function kindOf(st: Stats): string {
  if (st.isSymbolicLink()) return 'a symlink';
  if (st.isDirectory()) return 'a directory';
  return 'not a regular file';
}

function relParts(rel: string): string[] {
  const ps = rel.split('/').filter((p) => p !== '' && p !== '.');
  if (!ps.length || ps.includes('..')) throw new UserError(`refusing the path ${JSON.stringify(rel)}: it leaves its directory`, { hint: CRAFTED_HINT });
  return ps;
}

/**
 * Makes the directories `rel` under `root` (those missing), never through a symlink: each part must
 * be missing or a real directory, and the result must still be inside `root`. Returns the path.
 */
export function mkdirInside(root: string, rel: string): string {
  let at = root;
  for (const p of relParts(rel)) {
    at = join(at, p);
    const st = lstatOrUndefined(at);
    if (!st) mkdirSync(at, { mode: 0o755 });
    else if (!st.isDirectory()) throw new UserError(`refusing to write under ${at}: it is ${kindOf(st)}`, { hint: CRAFTED_HINT });
  }
  if (!isInside(realpathSync(root), realpathSync(at))) throw new UserError(`refusing to write under ${at}: it leaves ${root}`, { hint: CRAFTED_HINT });
  return at;
}

/**
 * Writes `root/rel` as a new regular file (temp file beside it, then rename: nothing is written
 * through a link). Every parent must be a real directory inside `root`; what is at the name must be
 * missing or a regular file (a symlink, a directory or anything else there is refused).
 */
export function writeFileInside(root: string, rel: string, data: string | Buffer, mode = 0o644): string {
  const ps = relParts(rel);
  const dir = ps.length > 1 ? mkdirInside(root, ps.slice(0, -1).join('/')) : root;
  const full = join(dir, ps[ps.length - 1]!);
  const st = lstatOrUndefined(full);
  if (st && !st.isFile()) throw new UserError(`refusing to write ${full}: it is ${kindOf(st)}`, { hint: CRAFTED_HINT });
  try {
    rewriteFile(full, typeof data === 'string' ? Buffer.from(data, 'utf8') : data, mode);
  } catch (e) {
    throw new UserError(`could not write ${full}: ${errorMessage(e)}`, { hint: 'check that the directory is writable and the disk has space' });
  }
  return full;
}
