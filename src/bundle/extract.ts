// Safe extraction of a .swrt (ours or swcli's): every entry is checked first, and an entry that
// would land outside the target (`../`, an absolute path, a symlink or hard link pointing out)
// refuses the whole archive with nothing written. Extraction goes to a temp dir, then a rename.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, isAbsolute, posix, resolve } from 'node:path';
import { extract, list } from 'tar';
import { UserError } from '../util/errors.js';

/** Python's tarfile.add(dir, arcname="") (how swcli packs) writes the root directory as `/`. */
const isRoot = (p: string, type: string) => type === 'Directory' && /^(\.?\/+|\.)$/.test(p);

function escapes(p: string): boolean {
  if (p.startsWith('/') || isAbsolute(p) || /^[A-Za-z]:/.test(p)) return true;
  const n = posix.normalize(p);
  return n === '..' || n.startsWith('../');
}

/** Lists the problems that make an archive unsafe to extract (empty when safe). */
export async function unsafeEntries(archive: string, opts: { allowAbsoluteSymlinks?: boolean } = {}): Promise<string[]> {
  const bad: string[] = [];
  const links: string[] = [];
  await list({
    file: archive,
    strict: true,
    onReadEntry: (e) => {
      const p = e.path;
      if (isRoot(p, e.type)) return e.resume();
      if (escapes(p)) bad.push(`"${p}" points outside the target`);
      const norm = posix.normalize(p).replace(/\/+$/, '');
      const through = links.find((l) => norm.startsWith(`${l}/`));
      if (through) bad.push(`"${p}" would be written through the symlink "${through}"`);
      if (e.type === 'SymbolicLink') links.push(norm);
      if (e.type === 'SymbolicLink') {
        const target = e.linkpath ?? '';
        const outside = isAbsolute(target) ? !opts.allowAbsoluteSymlinks : escapes(posix.join(posix.dirname(p), target));
        if (outside) bad.push(`symlink "${p}" -> "${target}" points outside the target`);
      }
      if (e.type === 'Link' && escapes(e.linkpath ?? '')) bad.push(`hard link "${p}" -> "${e.linkpath}" points outside the target`);
      e.resume();
    },
  });
  return bad;
}

/**
 * Extracts `archive` into `target` (replacing it when `force`); returns the target.
 * `allowAbsoluteSymlinks` is for packed venvs, whose bin/python points at the base interpreter;
 * node-tar still refuses to write through any symlink.
 */
export async function extractArchive(archive: string, target: string, opts: { force?: boolean; allowAbsoluteSymlinks?: boolean } = {}): Promise<string> {
  let bad: string[];
  try {
    bad = await unsafeEntries(archive, opts);
  } catch (e) {
    throw new UserError(`${archive} is not a readable tar: ${(e as Error).message}`);
  }
  if (bad.length) throw new UserError(`refusing to extract ${archive}: ${bad.slice(0, 5).join('; ')}`, { hint: 'the archive was crafted or corrupted; do not use it' });
  if (existsSync(target) && !opts.force) throw new UserError(`${target} already exists`, { hint: 'pass --force to replace it' });
  mkdirSync(dirname(target), { recursive: true });
  const tmp = resolve(dirname(target), `.${posix.basename(target)}.extract-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  try {
    await extract({ file: archive, cwd: tmp, strict: true, preservePaths: Boolean(opts.allowAbsoluteSymlinks), noChmod: false, filter: (p, e) => !isRoot(p, 'type' in e ? e.type : '') });
    rmSync(target, { recursive: true, force: true });
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  return target;
}
