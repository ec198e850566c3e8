// `swrt build` on a laptop or a self-hosted box: the build, with the local layer cache
// (~/.cache/swrt/env) restored before and saved after when asked for.
import { LocalLayerCache } from '../cache/local-layers.js';
import { build, type BuildResult } from './build.js';
import type { BuildOptions } from './options.js';

export async function buildWithLocalCache(opts: Omit<BuildOptions, 'cache'>, useCache: boolean): Promise<BuildResult> {
  const cache = useCache ? new LocalLayerCache(opts.log) : undefined;
  const r = await build({ ...opts, cache });
  await cache?.save(r.layers);
  return r;
}
