// Node's module compile cache (Node >= 22.1) for the CLI, kept only in swrt's own cache folder.
// Node's default is a folder in the shared temp dir: on a machine with other accounts, whoever
// made that folder first decides the compiled code the next swrt run loads. So the cache is
// on only in <swrt cache>/node-compile-cache, an absolute path made 0700 and checked to be a real
// directory of this account's that no one else can write, below directories (every one up to /)
// that are real, this account's or root's, and writable by no one else unless sticky: no one else
// can swap the folder while Node uses it. Anything else runs without it (it only saves time).
import { lstatSync, mkdirSync, type Stats } from 'node:fs';
import nodeModule from 'node:module';
import { dirname, isAbsolute, join } from 'node:path';
import { localCacheRoot } from './cache-root.js';

type Enable = (dir: string) => unknown;

const defaultEnable = (nodeModule as { enableCompileCache?: Enable }).enableCompileCache;

const uid = () => (process.getuid ? process.getuid() : undefined);

/** A directory no other account can write or swap: real, ours (or root's for a parent), and group/other-writable only when sticky. */
function safeDir(st: Stats, own: boolean): boolean {
  if (!st.isDirectory() || st.isSymbolicLink()) return false;
  const me = uid();
  if (me !== undefined && st.uid !== me && (own || st.uid !== 0)) return false;
  return own ? (st.mode & 0o022) === 0 : (st.mode & 0o022) === 0 || (st.mode & 0o1000) !== 0;
}

function privateDir(dir: string): boolean {
  if (!safeDir(lstatSync(dir), true)) return false;
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (!safeDir(lstatSync(d), false)) return false;
    if (dirname(d) === d) return true;
  }
}

/** Turns the compile cache on in swrt's private folder; returns that folder, or undefined when it stays off. */
export function enablePrivateCompileCache(enable: Enable | undefined = defaultEnable, env: NodeJS.ProcessEnv = process.env): string | undefined {
  // NODE_COMPILE_CACHE is the user's own choice, which Node already applied at start-up.
  if (typeof enable !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = join(localCacheRoot(env), 'node-compile-cache');
  if (!isAbsolute(dir)) return undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!privateDir(dir)) return undefined;
    enable(dir);
    return dir;
  } catch {
    return undefined;
  }
}
