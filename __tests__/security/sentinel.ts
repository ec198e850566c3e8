// A sentinel tree for the adversarial suites: files and links planted around the place an attack
// aims at, and a snapshot that shows whether anything outside the allowed directory changed.
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export type Snapshot = Record<string, string>;

/** Every path under `root` (links not followed) with its type, mode and content digest. */
export function snapshot(root: string, skip: readonly string[] = []): Snapshot {
  const out: Snapshot = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (skip.some((s) => full === s || full.startsWith(`${s}/`))) continue;
      const rel = relative(root, full);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(full)}`;
      else if (st.isDirectory()) {
        out[rel] = `dir ${(st.mode & 0o7777).toString(8)}`;
        walk(full);
      } else if (st.isFile()) out[rel] = `file ${(st.mode & 0o7777).toString(8)} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`;
      else out[rel] = 'special';
    }
  };
  walk(root);
  return out;
}

/** A temp dir holding `sentinel/` (files a successful attack would change) and `work/` (where the test acts). */
export function sentinelTree(prefix = 'swrt-sec-'): { root: string; sentinel: string; work: string } {
  const root = mkdtempSync(join(tmpdir(), prefix));
  const sentinel = join(root, 'sentinel');
  const work = join(root, 'work');
  mkdirSync(join(sentinel, 'dir'), { recursive: true });
  mkdirSync(work);
  writeFileSync(join(sentinel, 'keep.txt'), 'do not touch\n');
  writeFileSync(join(sentinel, 'dir', 'script.sh'), '#!/bin/sh\necho sentinel\n', { mode: 0o755 });
  symlinkSync('keep.txt', join(sentinel, 'link'));
  return { root, sentinel, work };
}
