// Node's module compile cache (Node >= 22.1) for the CLI, kept only in swrt's own cache folder.
// Node's default is a folder in the shared temp dir: on a machine with other accounts, whoever
// made that folder first decides the compiled code the next swrt run loads. So the cache is
// on only in <swrt cache>/node-compile-cache, made 0700 and checked to be a real directory of
// this account's that no one else can write; anything else runs without it (it only saves time).
import { lstatSync, mkdirSync } from 'node:fs';
import nodeModule from 'node:module';
import { join } from 'node:path';
import { localCacheRoot } from './cache-root.js';

type Enable = (dir: string) => unknown;

const defaultEnable = (nodeModule as { enableCompileCache?: Enable }).enableCompileCache;

/** Turns the compile cache on in swrt's private folder; returns that folder, or undefined when it stays off. */
export function enablePrivateCompileCache(enable: Enable | undefined = defaultEnable, env: NodeJS.ProcessEnv = process.env): string | undefined {
  // NODE_COMPILE_CACHE is the user's own choice, which Node already applied at start-up.
  if (typeof enable !== 'function' || env.NODE_COMPILE_CACHE || env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  const dir = join(localCacheRoot(env), 'node-compile-cache');
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    const mine = process.getuid === undefined || st.uid === process.getuid();
    if (!st.isDirectory() || !mine || (st.mode & 0o022) !== 0) return undefined;
  } catch {
    return undefined;
  }
  enable(dir);
  return dir;
}
