// Temp names that no other process can share (pid + random bytes), and the sweep that removes
// what killed runs left behind: an entry whose owner pid is dead and that is older than a bound.
// An entry without an owner pid goes only when the caller names its pattern (a file this project
// writes there) and it is an old regular file; any other name is left alone. The sweep never
// follows a link: callers check that `dir` is a real directory of theirs.
import { randomBytes } from 'node:crypto';
import { lstatSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** `<base>.tmp-<pid>-<hex>`: a sibling of `base`, unique to this process and this call. */
export function tmpName(base: string): string {
  return `${base}.tmp-${process.pid}-${randomBytes(6).toString('hex')}`;
}

/** The owner pid a temp name carries (ours, and the older `.tmp-<pid>` / `.tar-<pid>` / `.extract-<pid>` forms). */
export function tmpOwner(name: string): number | undefined {
  const m = /\.(?:tmp|tar|extract)-(\d{1,10})(?:-[0-9a-f]+)?$/.exec(name);
  return m ? Number(m[1]) : undefined;
}

export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface SweepOptions {
  /** Only entries older than this (by mtime) go; a live run may still be writing a younger one. */
  minAgeMs?: number;
  /** Regular files without an owner pid whose name matches `names` go too once older than `ageMs`; never when absent. */
  ownerless?: { ageMs: number; names: RegExp };
}

/** Removes the debris in `dir` (not recursive); returns what it removed. Errors are ignored: a sweep is best effort. */
export function sweepDebris(dir: string, opts: SweepOptions = {}): string[] {
  const minAge = opts.minAgeMs ?? 10 * 60_000;
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return removed;
  }
  const now = Date.now();
  for (const name of names) {
    const full = join(dir, name);
    try {
      const st = lstatSync(full);
      const age = now - st.mtimeMs;
      const pid = tmpOwner(name);
      const own = opts.ownerless;
      const debris = pid !== undefined ? pid !== process.pid && !pidAlive(pid) && age > minAge : own !== undefined && st.isFile() && own.names.test(name) && age > own.ageMs;
      if (!debris) continue;
      rmSync(full, { recursive: true, force: true });
      removed.push(full);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
