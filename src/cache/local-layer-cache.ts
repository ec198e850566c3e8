// The CLI's LayerCache: the env layer from the local cache under ~/.cache/swrt (the toolchain
// already lives in ~/.cache/swrt/tools and uv/pip keep their own download caches on a laptop).
import type { CacheLayer } from '../plan/cache-keys.js';
import { errorMessage } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { wantsSave, type LayerCache, type LayerRecord, type LayerRestore, type LayerSpec } from './layers.js';
import { localCacheRoot, restoreLocal, saveLocal } from './local-entries.js';
import { pruneAfterSave } from './prune.js';

const LOCAL_LAYERS: readonly CacheLayer[] = ['env'];

export class LocalLayerCache implements LayerCache {
  private readonly root: string;
  constructor(
    private readonly log: Log,
    root?: string,
    /** The size cap the cache is pruned to after a save (least recently used first). */
    private readonly max?: number,
  ) {
    this.root = root ?? localCacheRoot();
  }

  async restore(layer: CacheLayer, spec: LayerSpec): Promise<LayerRestore> {
    if (!LOCAL_LAYERS.includes(layer) || spec.paths.length !== 1) return { hit: 'miss' };
    const r = await restoreLocal(layer, spec.key, spec.paths[0]!, { root: this.root, restoreKeys: spec.restoreKeys, log: this.log });
    return { hit: r.hit, matchedKey: r.matchedKey };
  }

  /** Saves what the build filled, then prunes to the cap; a failure is a warning (the cache only speeds things up). */
  async save(records: readonly LayerRecord[]): Promise<void> {
    let saved = false;
    for (const r of records) {
      if (!LOCAL_LAYERS.includes(r.layer) || !wantsSave(r) || r.spec.paths.length !== 1) continue;
      const s = await saveLocal(r.layer, r.spec.key, r.spec.paths[0]!, { root: this.root, log: this.log }).catch((e: unknown) => {
        this.log.warn(`local cache ${r.layer}: could not save ${r.spec.key} (${errorMessage(e)})`);
        return undefined;
      });
      saved ||= Boolean(s?.saved);
    }
    const max = this.max;
    if (saved && max !== undefined) await pruneAfterSave(this.root, () => max, this.log);
  }
}
