// The CLI's LayerCache: the env layer from the local cache under ~/.cache/swrt (the toolchain
// already lives in ~/.cache/swrt/tools and uv/pip keep their own download caches on a laptop).
import type { CacheLayer } from '../plan/cache-keys.js';
import type { Log } from '../util/log.js';
import { wantsSave, type LayerCache, type LayerRecord, type LayerRestore, type LayerSpec } from './layers.js';
import { restoreLocal, saveLocal } from './local.js';

const LOCAL_LAYERS: readonly CacheLayer[] = ['env'];

export class LocalLayerCache implements LayerCache {
  constructor(
    private readonly log: Log,
    private readonly root?: string,
  ) {}

  async restore(layer: CacheLayer, spec: LayerSpec): Promise<LayerRestore> {
    if (!LOCAL_LAYERS.includes(layer) || spec.paths.length !== 1) return { hit: 'miss' };
    const r = await restoreLocal(layer, spec.key, spec.paths[0]!, { root: this.root, restoreKeys: spec.restoreKeys, log: this.log });
    return { hit: r.hit, matchedKey: r.matchedKey };
  }

  /** Saves what the build filled; a failure is a warning (the cache only speeds things up). */
  async save(records: readonly LayerRecord[]): Promise<void> {
    for (const r of records) {
      if (!LOCAL_LAYERS.includes(r.layer) || !wantsSave(r) || r.spec.paths.length !== 1) continue;
      await saveLocal(r.layer, r.spec.key, r.spec.paths[0]!, { root: this.root, log: this.log }).catch((e: unknown) =>
        this.log.warn(`local cache ${r.layer}: could not save ${r.spec.key} (${e instanceof Error ? e.message : String(e)})`),
      );
    }
  }
}
