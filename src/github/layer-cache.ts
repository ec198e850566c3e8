// The action's LayerCache over @actions/cache: restores during the build, saves env and toolchain
// right after it (a later failing step must not lose them), and hands the downloads layer to the
// post step, which prunes the uv cache first. Outcomes feed the job summary. What a restored layer
// holds is checked by its consumer (tool-cache markers, the env record) before anything in it runs.
import * as core from '@actions/core';
import { purgeBytecode } from '../util/tree-digest.js';
import { wantsSave, type LayerCache, type LayerRecord, type LayerRestore, type LayerSpec } from '../cache/layers.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';
import { restoreLayer, saveLayer, type RestoreOutcome, type SaveOutcome } from './actions-cache.js';

const DOWNLOADS_STATE = 'swrt-downloads-layer';

interface DownloadsState {
  record: LayerRecord;
  write: boolean;
  uvPath?: string;
}

export class ActionsLayerCache implements LayerCache {
  readonly outcomes: (RestoreOutcome | SaveOutcome)[] = [];

  constructor(private readonly log: Log) {}

  async restore(layer: CacheLayer, spec: LayerSpec): Promise<LayerRestore> {
    const o = await restoreLayer(layer, spec, this.log);
    this.outcomes.push(o);
    // Tool-cache markers leave bytecode out of their file lists: none may come from the cache.
    if (layer === 'toolchain' && o.hit !== 'miss') for (const p of spec.paths) purgeBytecode(p);
    return { hit: o.hit, matchedKey: o.matchedKey };
  }

  /** Saves env and toolchain now; records the downloads layer for the post step. */
  async saveAfterBuild(records: readonly LayerRecord[], write: boolean, uvPath?: string): Promise<void> {
    for (const r of records) {
      if (r.layer === 'downloads') {
        if (wantsSave(r)) core.saveState(DOWNLOADS_STATE, JSON.stringify({ record: r, write, uvPath } satisfies DownloadsState));
        continue;
      }
      if (!wantsSave(r)) continue;
      this.outcomes.push(await saveLayer(r.layer, r.spec, this.log, { restored: r, write }));
    }
  }
}

/** The post step: prune the uv cache to what is worth keeping (`uv cache prune --ci`), then save it. */
export async function saveDownloadsLayer(log: Log): Promise<SaveOutcome | undefined> {
  const raw = core.getState(DOWNLOADS_STATE);
  if (!raw) return undefined;
  const { record, write, uvPath } = JSON.parse(raw) as DownloadsState;
  if (!write) return saveLayer('downloads', record.spec, log, { write });
  if (uvPath) {
    const r = await exec(uvPath, ['cache', 'prune', '--ci'], { log, env: { ...process.env, UV_CACHE_DIR: record.spec.paths[0] }, allowFailure: true }).catch(() => undefined);
    if (r?.code !== 0) log.warn('uv cache prune --ci failed; saving the downloads cache unpruned');
  }
  return saveLayer('downloads', record.spec, log, { restored: record, write });
}
