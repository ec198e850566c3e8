// Names before paths: every runtime name, version, tag and project that arrives from outside (a
// bundle's manifest, a server reply, a cache entry, a URI, a flag) passes one of these checks before
// it becomes part of a path, and every path built from them is confined to its root. A missing or
// non-string value is refused, never read as an empty segment. confine() compares strings; before a
// write, a rename or a delete, confineReal() also checks that no part of the path below the root is
// a symlink, so a link planted in the tree cannot carry the change out of it.
import { lstatSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { UserError } from './errors.js';

/** Starwhale's validate_obj_name: 1..80 characters, a letter or _ first, then letters, digits, _ . - */
export const NAME_RULE = /^[a-zA-Z_][a-zA-Z0-9_.-]{0,79}$/;
/**
 * Versions as the store knows them: swcli's and ours are 40 base32 characters, a server may hold any
 * id of at least 2 characters; we accept letters, digits, _ . - with a letter or digit first.
 */
export const VERSION_RULE = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{1,127}$/;

export type NameKind = 'runtime name' | 'project' | 'tag';

/** `value` as a valid name, or a UserError that says where it came from (`from`: "the bundle's manifest"). */
export function checkName(value: unknown, kind: NameKind, from: string): string {
  if (typeof value !== 'string' || value === '') throw new UserError(`${from} has no ${kind}`, { hint: 'the input is incomplete or was crafted; do not use it' });
  if (!NAME_RULE.test(value)) {
    throw new UserError(`${from} gives ${kind} ${JSON.stringify(value.slice(0, 100))}, which is not a valid name`, {
      hint: 'names are 1 to 80 letters, digits, _ . - starting with a letter or _',
    });
  }
  return value;
}

export function checkVersion(value: unknown, from: string): string {
  if (typeof value !== 'string' || value === '') throw new UserError(`${from} has no version`, { hint: 'the input is incomplete or was crafted; do not use it' });
  if (!VERSION_RULE.test(value)) {
    throw new UserError(`${from} gives version ${JSON.stringify(value.slice(0, 100))}, which is not a valid version id`, {
      hint: 'versions are 2 to 128 letters, digits, _ . - starting with a letter or digit',
    });
  }
  return value;
}

export function isInside(root: string, p: string): boolean {
  const rel = relative(resolve(root), resolve(p));
  return !isAbsolute(rel) && !/^\.\.([/\\]|$)/.test(rel);
}

/** join(root, ...segments), refused when the result is not strictly inside root. */
export function confine(root: string, ...segments: string[]): string {
  const p = resolve(join(root, ...segments));
  if (!isInside(root, p) || p === resolve(root)) {
    throw new UserError(`refusing the path ${JSON.stringify(segments.join('/'))}: it leaves ${root}`, { hint: 'the name or version was crafted; do not use the input' });
  }
  return p;
}

/**
 * `p` (inside `root`), refused when an existing part of it below the root is a symlink or not a
 * directory on the way; missing parts end the check (they will be made as real directories). The
 * root itself may be a link (a store moved to another disk). A few lstat calls, no realpath.
 */
export function confineReal(root: string, p: string): string {
  const base = resolve(root);
  const full = resolve(p);
  if (!isInside(base, full) || full === base) throw new UserError(`refusing the path ${full}: it leaves ${root}`, { hint: 'the name or version was crafted; do not use the input' });
  const parts = relative(base, full).split(sep);
  let at = base;
  for (const [i, part] of parts.entries()) {
    at = join(at, part);
    let st;
    try {
      st = lstatSync(at);
    } catch {
      return full;
    }
    const last = i === parts.length - 1;
    if (st.isSymbolicLink() || (!last && !st.isDirectory())) {
      throw new UserError(`refusing to change ${full}: ${at} is ${st.isSymbolicLink() ? 'a symlink' : 'not a directory'} inside ${root}`, {
        hint: `the store tree was altered; move ${at} aside and check what it pointed at`,
      });
    }
  }
  return full;
}

/** A version, a tag (latest, vN, user) or a version prefix, as a URI or a flag gives it. */
export function checkRef(value: unknown, from: string): string {
  if (typeof value === 'string' && (VERSION_RULE.test(value) || NAME_RULE.test(value))) return value;
  if (typeof value !== 'string' || value === '') throw new UserError(`${from} has no version`, { hint: 'the input is incomplete or was crafted; do not use it' });
  throw new UserError(`${from} gives version ${JSON.stringify(value.slice(0, 100))}, which is neither a version nor a tag`, {
    hint: 'versions and tags are letters, digits, _ . - (no slashes)',
  });
}
