// The job summary: what was built, with what, how big, and where the time went.
import * as core from '@actions/core';
import type { BuildResult } from '../pipeline/build.js';
import type { CacheLayer } from '../plan/cache-keys.js';
import { cacheSummaryRows, restorePhases, type RestoreOutcome, type SaveOutcome } from './actions-cache.js';
import type { Published } from './publish.js';
import type { RestoredRuntime } from '../pipeline/restore.js';

export async function writeRestoreSummary(r: RestoredRuntime, bundle: { sha256: string }, from: string): Promise<void> {
  await core.summary
    .addHeading(`Runtime ${r.name} (restored)`, 3)
    .addTable([
      [{ data: 'field', header: true }, { data: 'value', header: true }],
      ['from', `<code>${from}</code>`],
      ['version', `<code>${r.version}</code>`],
      ['bundle', `sha256 <code>${bundle.sha256}</code>`],
      ['python', r.interpreter.version],
      ...(r.toolchain.cuda ? [['cuda', r.toolchain.cuda.label]] : []),
      ['env', `${r.envDir} (${r.fromPackedEnv ? 'packed env' : 'installed from the lock'})`],
    ])
    .write();
}

/** The stages that run after the env and downloads restores (an env hit skips the install). */
const AFTER_RESTORES = new Set(['install', 'lock', 'pack']);
const RESTORE_LABEL: Partial<Record<CacheLayer, string>> = { env: 'env cache restore', downloads: 'downloads cache restore' };

/**
 * The build's stage times, with the env and downloads layers' cache restores as stages of their
 * own where they happen, just before the install (which does not include them), so a slow cache
 * is not mistaken for a slow install.
 */
export function stageTimes(timings: Readonly<Record<string, number>>, cache: readonly (RestoreOutcome | SaveOutcome)[] = []): string {
  const restores = cache
    .filter((o): o is RestoreOutcome => 'hit' in o && RESTORE_LABEL[o.layer] !== undefined)
    .map((o) => `${RESTORE_LABEL[o.layer]} ${o.seconds.toFixed(1)} s (${[o.hit, restorePhases(o)].filter(Boolean).join('; ')})`);
  const stages = Object.entries(timings).map(([k, v]) => `${k} ${v.toFixed(1)} s`);
  const at = Object.keys(timings).findIndex((k) => AFTER_RESTORES.has(k));
  stages.splice(at < 0 ? stages.length : at, 0, ...restores);
  return stages.join(', ');
}

export async function writeBuildSummary(r: BuildResult, cache: readonly (RestoreOutcome | SaveOutcome)[] = [], published: readonly Published[] = []): Promise<void> {
  const stages = stageTimes(r.timings, cache);
  await core.summary
    .addHeading(`Runtime ${r.name}`, 3)
    .addTable([
      [{ data: 'field', header: true }, { data: 'value', header: true }],
      ['version', `<code>${r.version}</code>`],
      ['uri', `<code>${r.uri}</code>`],
      ['python', r.python.reason ?? `${r.python.version} (${r.python.source})`],
      ...(r.cuda ? [['cuda', `${r.cuda.label} (${r.cuda.components.join(', ')}${r.cuda.cudnnVersion ? `; cuDNN ${r.cuda.cudnnVersion}` : ''}; ${r.cuda.source})`]] : []),
      ['installer', `${r.installer} ${r.installerVersion}`],
      ['packages', String(r.packages)],
      ['bundle', `${(r.size / 1048576).toFixed(2)} MiB, sha256 <code>${r.sha256}</code>`],
      ['time', stages],
      ...published.map((p) => [`published (${p.target})`, p.where.startsWith('http') ? `<a href="${p.where}">${p.where}</a>` : `<code>${p.where}</code>`]),
    ]);
  if (cache.length) {
    const [head, ...rows] = cacheSummaryRows(cache);
    core.summary.addHeading('Cache', 4).addTable([head!.map((h) => ({ data: h, header: true })), ...rows]);
  }
  await core.summary.write();
}
