// A cheap fingerprint of a directory tree: the sha256 of its sorted file list (path, type,
// permission bits, size, link target), not of file contents. It notices a file added, removed,
// resized, re-moded or re-linked in a cached tool or env without reading gigabytes. `__pycache__`
// directories are left out: Python fills them on its own whenever an interpreter imports.
//
// What it is for, and what not: the tool cache (and a layer on this runner's disk) is the runner's
// own and trusted like the rest of its disk. The digest catches a truncated or partial install and
// accidental changes (a file added, removed, resized, re-moded, re-linked); it does not catch an
// edit that keeps every size and mode, so it is no defence against someone who can write the cache
// (such a writer could change any program the runner runs anyway). Downloads are checked by sha256
// before they are installed; a tool-cache marker may also pin the sha256 of a few named files.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const SKIP_DIRS = new Set(['__pycache__']);

function typeOf(st: import('node:fs').Stats): string {
  if (st.isFile()) return 'f';
  if (st.isDirectory()) return 'd';
  if (st.isSymbolicLink()) return 'l';
  return 'o';
}

/** One line per entry: type, mode, size (0 for dirs), path, link target; with mtimes, a file's mtime too. */
const line = (type: string, mode: string, size: string, path: string, link: string, mtime = '') =>
  `${type}\0${mode}\0${type === 'd' ? '0' : size}\0${path}\0${link}${type === 'f' && mtime ? `\0${mtime}` : ''}`;

/** A file's mtime as GNU find's %T@ prints it: seconds, a dot, ten digits of fraction. */
function mtimeText(full: string): string {
  const ns = lstatSync(full, { bigint: true }).mtimeNs;
  return `${ns / 1_000_000_000n}.${(ns % 1_000_000_000n).toString().padStart(9, '0')}0`;
}

function walkJs(root: string, skip: ReadonlySet<string>, mtimes: boolean): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (!rel && skip.has(name)) continue;
      const full = join(root, r);
      const st = lstatSync(full);
      if (st.isDirectory() && SKIP_DIRS.has(name)) continue;
      const t = typeOf(st);
      out.push(line(t, (st.mode & 0o7777).toString(8), String(st.size), r, t === 'l' ? readlinkSync(full) : '', mtimes && t === 'f' ? mtimeText(full) : ''));
      if (t === 'd') walk(r);
    }
  };
  walk('');
  return out;
}

/** GNU find lists a big env several times faster than a JS walk; undefined where it is not GNU find. */
function walkFind(root: string, skip: ReadonlySet<string>, mtimes: boolean): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  const n = mtimes ? 6 : 5;
  const r = spawnSync('find', [root, '-mindepth', '1', '-name', '__pycache__', '-type', 'd', '-prune', '-o', '-printf', `%y\\0%m\\0%s\\0%P\\0%l\\0${mtimes ? '%T@\\0' : ''}`], {
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  if (r.status !== 0 || !r.stdout) return undefined;
  const parts = r.stdout.toString('utf8').split('\0');
  const out: string[] = [];
  for (let i = 0; i + n - 1 < parts.length; i += n) {
    const [y, m, s, p, l, mt] = parts.slice(i, i + n) as [string, string, string, string, string, string | undefined];
    if (skip.has(p.split('/')[0]!)) continue;
    const t = y === 'f' || y === 'd' || y === 'l' ? y : 'o';
    out.push(line(t, m, s, p, t === 'l' ? l : '', mt ?? ''));
  }
  return out;
}

/**
 * sha256 of the file list under `root`; `skip` names top-level entries left out (e.g. the record
 * itself). With `mtimes`, each file's mtime is in it too: a hard-linked copy shares its files'
 * inodes, so an edit in place that keeps a file's size still changes the digest of both trees.
 */
export function treeDigest(root: string, skip: readonly string[] = [], opts: { mtimes?: boolean } = {}): string {
  return treeFacts(root, skip, opts).digest;
}

export interface TreeFacts {
  digest: string;
  /** Regular files, and the sum of their sizes (a hard-linked file counts wherever it appears). */
  files: number;
  bytes: number;
}

/** treeDigest, with the file count and size it saw on the same walk. */
export function treeFacts(root: string, skip: readonly string[] = [], opts: { mtimes?: boolean } = {}): TreeFacts {
  const s = new Set(skip);
  const mtimes = Boolean(opts.mtimes);
  const lines = walkFind(root, s, mtimes) ?? walkJs(root, s, mtimes);
  lines.sort();
  const h = createHash('sha256');
  let files = 0;
  let bytes = 0;
  for (const l of lines) {
    h.update(l).update('\n');
    if (l.startsWith('f\0')) {
      files++;
      bytes += Number(l.split('\0')[2]);
    }
  }
  return { digest: h.digest('hex'), files, bytes };
}

/**
 * Removes every `__pycache__` under `root`. What treeDigest leaves out must not come from a cache:
 * a planted .pyc that matches its source's mtime and size would run in place of the source.
 * Python writes them again on import.
 */
export function purgeBytecode(root: string): void {
  if (process.platform === 'linux') {
    const r = spawnSync('find', [root, '-name', '__pycache__', '-type', 'd', '-prune', '-exec', 'rm', '-rf', '--', '{}', '+'], { stdio: 'ignore' });
    if (r.status === 0) return;
  }
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const full = join(dir, name);
      const st = lstatSync(full);
      if (!st.isDirectory()) continue;
      if (name === '__pycache__') rmSync(full, { recursive: true, force: true });
      else walk(full);
    }
  };
  walk(root);
}
