// Where swrt keeps its own caches on this machine: SWRT_CACHE_DIR, else $XDG_CACHE_HOME/swrt, else
// ~/.cache/swrt (the env layers, the remembered interpreter and file facts).
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';

export function localCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SWRT_CACHE_DIR) return env.SWRT_CACHE_DIR;
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored (it would put the cache in whatever directory a command runs in).
  const xdg = env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : '';
  return join(xdg || join(homedir(), '.cache'), 'swrt');
}
