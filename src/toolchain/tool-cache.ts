// The tool-cache layout of @actions/tool-cache, kept by hand so the core needs no @actions/*:
// <root>/<tool>/<version>/<arch> plus a sibling <arch>.complete marker. An entry is filled in a
// private temp dir and renamed into place, so a failed or concurrent install never leaves a
// half-written entry that a later run would trust.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface ToolCacheEntry {
  root: string;
  tool: string;
  version: string;
  arch: string;
}

export function entryDir(e: ToolCacheEntry): string {
  return join(e.root, e.tool, e.version, e.arch);
}

/** The entry's directory when it is complete, else undefined. */
export function findCached(e: ToolCacheEntry): string | undefined {
  const dir = entryDir(e);
  return existsSync(`${dir}.complete`) && existsSync(dir) ? dir : undefined;
}

function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // raced with another install, or already gone: either way nothing of ours is left
  }
}

/**
 * Runs `fill(tmp)` in a temp dir beside the entry, then renames it into place and writes the
 * marker. On any failure the temp dir is removed and the error passes through. When another
 * process completed the same entry first, theirs is kept.
 */
export async function installCached(e: ToolCacheEntry, fill: (dir: string) => Promise<void>): Promise<string> {
  const dir = entryDir(e);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  mkdirSync(tmp);
  try {
    await fill(tmp);
    if (findCached(e)) {
      rmSync(tmp, { recursive: true, force: true });
      return dir;
    }
    rmSync(dir, { recursive: true, force: true }); // debris from a run that died before its marker
    renameSync(tmp, dir);
    writeFileSync(`${dir}.complete`, '');
    return dir;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    removeIfEmpty(dirname(dir));
    removeIfEmpty(dirname(dirname(dir)));
    throw err;
  }
}
