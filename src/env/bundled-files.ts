// The `native_file` items of a bundle's manifest, copied into the env at restore. The manifest comes
// with the bundle, so its src is confined to the bundle's files/ and nothing is followed out of it:
// a regular file is copied, a directory recursed, a symlink recreated only when it resolves inside
// files/ and, as written, stays inside the env; dest is written as new files under real directories.
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync, symlinkSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { mkdirInside, writeFileInside } from '../archive/inplace.js';
import { CRAFTED_HINT } from '../archive/tar-scan.js';
import { confine, isInside } from '../util/names.js';
import { UserError } from '../util/errors.js';

function lstatOrUndefined(p: string): Stats | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function refuse(what: string): never {
  throw new UserError(`refusing the bundle's native_file ${what}`, { hint: CRAFTED_HINT });
}

/** A regular file's bytes, opened without following a link. */
function readNoFollow(path: string): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW);
  try {
    if (!fstatSync(fd).isFile()) refuse(`${path}: not a regular file`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

function copyEntry(filesReal: string, from: string, envDir: string, rel: string): void {
  const st = lstatOrUndefined(from);
  if (!st) throw new UserError(`the bundle's files/ has no ${relative(filesReal, from) || from}`, { hint: 'the bundle is incomplete; rebuild it' });
  if (st.isSymbolicLink()) {
    const target = readlinkSync(from);
    let real: string | undefined;
    try {
      real = realpathSync(from);
    } catch {
      real = undefined;
    }
    const dest = join(envDir, rel);
    if (isAbsolute(target) || !real || !isInside(filesReal, real) || !isInside(envDir, resolve(dirname(dest), target))) refuse(`${from} -> ${target}: it points outside files/ or the env`);
    const parent = rel.split('/').slice(0, -1).join('/');
    if (parent) mkdirInside(envDir, parent);
    if (lstatOrUndefined(dest)) refuse(`${rel}: something is already at that place in the env`);
    symlinkSync(target, dest);
  } else if (st.isDirectory()) {
    mkdirInside(envDir, rel);
    for (const name of readdirSync(from).sort()) copyEntry(filesReal, join(from, name), envDir, `${rel}/${name}`);
  } else if (st.isFile()) {
    writeFileInside(envDir, rel, readNoFollow(from), st.mode & 0o755);
  } else refuse(`${from}: not a file, a directory or a symlink`);
}

/** `root/<p>` (a leading `/` dropped), refused when it is not strictly inside `root`. */
function confined(root: string, p: string, field: string, where: string): string {
  try {
    return confine(root, p.replace(/^\/+/, ''));
  } catch {
    return refuse(`${field} ${JSON.stringify(p)}: it leaves ${where}`);
  }
}

/** Copies the bundle's `files/<src>` to `<envDir>/<dest>` (see the head of this file for the rules). */
export function copyBundledFile(filesDir: string, src: string, envDir: string, dest: string): void {
  const from = confined(filesDir, src, 'src', 'files/');
  const to = confined(envDir, dest, 'dest', 'the env');
  const filesReal = realpathSync(filesDir);
  let parentReal: string;
  try {
    parentReal = realpathSync(dirname(from));
  } catch {
    throw new UserError(`the bundle's files/ has no ${src}`, { hint: 'the bundle is incomplete; rebuild it' });
  }
  if (!isInside(filesReal, parentReal)) refuse(`src ${src}: it leaves files/`);
  copyEntry(filesReal, join(parentReal, basename(from)), resolve(envDir), relative(resolve(envDir), to));
}
