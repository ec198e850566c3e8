// Action entry point (runs: post): save the downloads cache layer the main step handed over (uv's
// cache, pruned first). Apart from run.ts so that dist/post.js bundles the cache code only, not the build.
import { saveDownloadsLayer } from '../github/layer-cache.js';
import { actionLog } from '../github/log.js';
import { failStep } from '../github/step-failure.js';

try {
  await saveDownloadsLayer(actionLog);
} catch (e) {
  failStep(e);
}
