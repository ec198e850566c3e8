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

/** One line per entry: type, mode, size (0 for dirs), path, link target. */
const line = (type: string, mode: string, size: string, path: string, link: string) => `${type}\0${mode}\0${type === 'd' ? '0' : size}\0${path}\0${link}`;

function walkJs(root: string, skip: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel))) {
      const r = rel ? `${rel}/${name}` : name;
      if (!rel && skip.has(name)) continue;
      const full = join(root, r);
      const st = lstatSync(full);
      if (st.isDirectory() && SKIP_DIRS.has(name)) continue;
      const t = typeOf(st);
      out.push(line(t, (st.mode & 0o7777).toString(8), String(st.size), r, t === 'l' ? readlinkSync(full) : ''));
      if (t === 'd') walk(r);
    }
  };
  walk('');
  return out;
}

/** GNU find lists a big env several times faster than a JS walk; undefined where it is not GNU find. */
function walkFind(root: string, skip: ReadonlySet<string>): string[] | undefined {
  if (process.platform !== 'linux') return undefined;
  const r = spawnSync('find', [root, '-mindepth', '1', '-name', '__pycache__', '-type', 'd', '-prune', '-o', '-printf', '%y\\0%m\\0%s\\0%P\\0%l\\0'], {
    maxBuffer: 1 << 30,
    encoding: 'buffer',
  });
  if (r.status !== 0 || !r.stdout) return undefined;
  const parts = r.stdout.toString('utf8').split('\0');
  const out: string[] = [];
  for (let i = 0; i + 4 < parts.length; i += 5) {
    const [y, m, s, p, l] = parts.slice(i, i + 5) as [string, string, string, string, string];
    if (skip.has(p.split('/')[0]!)) continue;
    const t = y === 'f' || y === 'd' || y === 'l' ? y : 'o';
    out.push(line(t, m, s, p, t === 'l' ? l : ''));
  }
  return out;
}

/** sha256 of the file list under `root`; `skip` names top-level entries left out (e.g. the record itself). */
export function treeDigest(root: string, skip: readonly string[] = []): string {
  const s = new Set(skip);
  const lines = walkFind(root, s) ?? walkJs(root, s);
  lines.sort();
  const h = createHash('sha256');
  for (const l of lines) h.update(l).update('\n');
  return h.digest('hex');
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
