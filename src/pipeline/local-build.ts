// `swrt build` on a laptop or a self-hosted box: the build, with the local layer cache
// (~/.cache/swrt/env, capped) restored before and saved after when asked for.
import { LocalLayerCache } from '../cache/local-layer-cache.js';
import { cacheMax } from '../cache/prune.js';
import { build, type BuildResult } from './build.js';
import type { BuildOptions } from './options.js';

/** `onBuilt` hears of the result as soon as the bundle is stored, before the env cache is filled. */
export async function buildWithLocalCache(opts: Omit<BuildOptions, 'cache'>, useCache: boolean, onBuilt: (r: BuildResult) => void): Promise<BuildResult> {
  const cache = useCache ? new LocalLayerCache(opts.log, undefined, cacheMax()) : undefined;
  const r = await build({ ...opts, cache });
  onBuilt(r);
  await cache?.save(r.layers);
  return r;
}
