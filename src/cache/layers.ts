// The cache seam of the build: the pipeline asks a LayerCache to restore a layer before the work
// it would save, and records what it found; the front door (action or CLI) saves afterwards. The
// action backs it with @actions/cache, the CLI with the local cache under ~/.cache/swrt.
import type { CacheLayer } from '../plan/cache-keys.js';

export type Hit = 'exact' | 'partial' | 'miss';

export interface LayerSpec {
  key: string;
  restoreKeys: readonly string[];
  /** Absolute paths; save and restore must pass the same strings (they are part of the cache version). */
  paths: readonly string[];
}

export interface LayerRestore {
  hit: Hit;
  matchedKey?: string;
}

export interface LayerCache {
  restore(layer: CacheLayer, spec: LayerSpec): Promise<LayerRestore>;
}

/** One layer as the build met it: its key, what the restore found, and whether the build filled it. */
export interface LayerRecord extends LayerRestore {
  layer: CacheLayer;
  spec: LayerSpec;
  /** The build wrote new content under the paths: worth saving unless the hit was exact. */
  filled: boolean;
}

export const NO_CACHE: LayerCache = { restore: async () => ({ hit: 'miss' }) };

/** A layer is saved when the build filled it and the restore did not already find this exact key. */
export const wantsSave = (r: LayerRecord): boolean => r.filled && !(r.hit === 'exact' && r.matchedKey === r.spec.key);

/** Restores layers through `cache` and keeps the record of each, in order. */
export function layerRecorder(cache: LayerCache = NO_CACHE): { layers: LayerRecord[]; restore(layer: CacheLayer, spec: LayerSpec): Promise<LayerRecord> } {
  const layers: LayerRecord[] = [];
  return {
    layers,
    async restore(layer, spec) {
      const rec: LayerRecord = { layer, spec, filled: false, ...(await cache.restore(layer, spec)) };
      layers.push(rec);
      return rec;
    },
  };
}
