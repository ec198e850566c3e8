// Whether this run caches at all, and with what: the `cache` input's policy for the event, the
// runner's cache service, and where the installer keeps its downloads. Apart from layer-cache.ts so
// that the post step, which only saves, does not bundle the policy and what it needs.
import { isFeatureAvailable } from '@actions/cache';
import { join } from 'node:path';
import { cachePolicy } from '../plan/cache-keys.js';
import type { Log } from '../util/log.js';
import type { ActionInputs } from './inputs.js';
import { ActionsLayerCache } from './layer-cache.js';

/** The layer cache when caching is on for this event, with where the installer keeps its downloads. */
export function actionCache(inputs: Pick<ActionInputs, 'cache' | 'installer'>, log: Log): { cache?: ActionsLayerCache; downloadsDir?: string; write: boolean } {
  const policy = cachePolicy(process.env.GITHUB_EVENT_NAME ?? '', process.env.GITHUB_REF ?? '', inputs.cache);
  if (!policy.enabled) {
    log.info(`caching off: ${policy.reason}`);
    return { write: false };
  }
  if (!isFeatureAvailable()) {
    // One line, not a warning per layer: runners without the service (GHES, act) are common.
    log.info('caching off: this runner has no cache service (ACTIONS_RESULTS_URL / ACTIONS_CACHE_URL unset)');
    return { write: false };
  }
  const pip = inputs.installer === 'pip';
  const own = pip ? process.env.PIP_CACHE_DIR : process.env.UV_CACHE_DIR;
  const temp = process.env.RUNNER_TEMP || join(process.cwd(), '.swrt-tmp');
  // uv's or pip's download cache; for a conda runtime the root prefix whose pkgs/ is the package cache.
  if (!policy.write) log.info(policy.reason);
  return { cache: new ActionsLayerCache(log), downloadsDir: own || join(temp, pip ? 'swrt-pip-cache' : 'swrt-downloads'), write: policy.write };
}
