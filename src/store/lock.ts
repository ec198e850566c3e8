// An inter-process lock for the store's read-modify-write of a tag index, with a synchronous API.
// The lock is a file created with O_EXCL holding "<pid> <host> <ms> <token>". A lock is stale when
// its holder on this host is dead, or when it is older than STALE_MS (a holder keeps it for
// milliseconds); a stale lock is broken only under a second O_EXCL file, after re-reading that it
// is still the same stale lock, so two waiters never both break it and never break a fresh one.
// Every pass of the wait checks the deadline and sleeps; a lock path that is not a regular file (a
// link, a directory) is refused at once, an unreadable one waits out the deadline like a live holder.
import { randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { UserError } from '../util/errors.js';
import { pidAlive } from '../util/tmp.js';

export const STALE_MS = 120_000;
const BREAK_STALE_MS = 10_000;

export interface LockOptions {
  /** How long to wait for a live holder before giving up. */
  waitMs?: number;
  staleMs?: number;
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

function readLock(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function ageMs(file: string): number {
  try {
    return Date.now() - statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

function isStale(file: string, content: string, staleMs: number): boolean {
  const [pid, host] = content.trim().split(' ');
  if (host === hostname() && pid && /^\d+$/.test(pid) && !pidAlive(Number(pid))) return true;
  return ageMs(file) > staleMs;
}

function tryCreate(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Breaks `file` if it is (still) the stale lock `seen`; true when the caller should try again at once. */
function breakStale(file: string, seen: string, staleMs: number): boolean {
  const guard = `${file}.break`;
  if (!tryCreate(guard, `${process.pid} ${hostname()} ${Date.now()}\n`)) {
    if (ageMs(guard) > BREAK_STALE_MS) unlinkQuiet(guard);
    return false;
  }
  try {
    const now = readLock(file);
    if (now === undefined) return true;
    if (now !== seen || !isStale(file, now, staleMs)) return false;
    unlinkQuiet(file);
    return true;
  } finally {
    unlinkQuiet(guard);
  }
}

function unlinkQuiet(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // already gone
  }
}

/** Refuses a lock path that exists and is not a regular file: no swrt made it, waiting will not help. */
function checkLockPath(file: string): void {
  let st;
  try {
    st = lstatSync(file);
  } catch {
    return;
  }
  if (!st.isFile()) {
    const what = st.isSymbolicLink() ? 'a symlink' : st.isDirectory() ? 'a directory' : 'not a regular file';
    throw new UserError(`the lock ${file} is ${what}, not a lock file swrt made`, { hint: `move it aside (mv ${file} ${file}.bad) and try again` });
  }
}

/** Runs `fn` holding the lock `file` (created next to what it guards); releases it however fn ends. */
export function withFileLock<T>(file: string, fn: () => T, opts: LockOptions = {}): T {
  const staleMs = opts.staleMs ?? STALE_MS;
  const deadline = Date.now() + (opts.waitMs ?? 60_000);
  const token = randomBytes(8).toString('hex');
  const mine = `${process.pid} ${hostname()} ${Date.now()} ${token}\n`;
  mkdirSync(dirname(file), { recursive: true });
  for (let delay = 2; !tryCreate(file, mine); delay = Math.min(delay * 2, 50)) {
    checkLockPath(file);
    // undefined: released between our open and our read, or unreadable (then the deadline ends the wait)
    const seen = readLock(file);
    if (seen !== undefined && isStale(file, seen, staleMs) && breakStale(file, seen, staleMs)) continue;
    if (Date.now() > deadline) {
      if (seen === undefined) throw new UserError(`${file} exists but cannot be read`, { hint: `check its owner and permissions; if no swrt is running, remove ${file}` });
      const [pid] = seen.split(' ');
      throw new UserError(`${file} is held by another swrt (pid ${pid || '?'})`, { hint: `wait for it to finish; if no swrt is running, remove ${file}` });
    }
    sleep(delay + Math.random() * delay);
  }
  try {
    return fn();
  } finally {
    if (readLock(file) === mine) unlinkQuiet(file);
  }
}
