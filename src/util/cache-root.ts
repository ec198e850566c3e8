// Where swrt keeps its own caches on this machine: SWRT_CACHE_DIR, else $XDG_CACHE_HOME/swrt, else
// ~/.cache/swrt (the env layers, the remembered interpreter and file facts).
import { homedir } from 'node:os';
import { join } from 'node:path';

export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SWRT_CACHE_DIR) return env.SWRT_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'swrt');
}
