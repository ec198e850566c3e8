// Cache keys per layer: `swrt-<layer>-v<schema>-<os-id>-<os-version>-<arch>-py<exact>-[cu<label>-]<digest>[-<suffix>]`.
// The digest covers everything that changes the layer's content; every field is URI-safe and the
// key stays under the 512 characters the cache service allows. Pure: callers pass the facts in.
import { createHash } from 'node:crypto';
import type { RuntimeSpec } from '../spec/types.js';
import { canonicalJson } from './version.js';
import type { InputDigest } from './digests.js';

export const CACHE_SCHEMA = 1;
export type CacheLayer = 'env' | 'downloads' | 'toolchain';

export interface HostFacts {
  osId: string;
  osVersion: string;
  arch: string;
}

export interface EnvKeyInput {
  spec: RuntimeSpec;
  inputs: readonly InputDigest[];
  /** Contents of referenced requirements files, to spot unpinned requirements. */
  requirementTexts: readonly string[];
  installer: string;
  installerVersion: string;
  /** Index URLs with credentials already stripped. */
  indexUrls: readonly string[];
  python: { version: string; path: string };
  cuda?: { label: string; components: readonly string[] };
  envPath: string;
  runCommands: boolean;
  host: HostFacts;
  suffix?: string;
  now?: Date;
}

const safe = (s: string) => s.toLowerCase().replace(/[^a-z0-9._]+/g, '_').replace(/^_+|_+$/g, '') || 'unknown';

/** A requirement line that does not pin one version (`name`, `name>=1`, a URL is pinned by content). */
export function isUnpinned(req: string): boolean {
  const r = req.replace(/#.*/, '').trim();
  if (!r || r.startsWith('-') || r.includes('@') || r.includes('://')) return false;
  return !/===?\s*[^\s,;*]+\s*(;.*)?$/.test(r) || /,/.test(r);
}

/** ISO 8601 week, e.g. 2026w47: unpinned requirements make a key go stale at most weekly. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const year = t.getUTCFullYear();
  const week = Math.ceil(((t.getTime() - Date.UTC(year, 0, 1)) / 86400000 + 1) / 7);
  return `${year}w${String(week).padStart(2, '0')}`;
}

function prefix(layer: CacheLayer, host: HostFacts, python: string, cuda?: { label: string }): string {
  return [`swrt-${layer}-v${CACHE_SCHEMA}`, safe(host.osId), safe(host.osVersion), safe(host.arch), `py${safe(python)}`, ...(cuda ? [`cu${safe(cuda.label)}`] : [])].join('-');
}

export interface CacheKey {
  key: string;
  /** Prefixes to fall back on, most specific first. */
  restoreKeys: string[];
  /** Why the key carries a time bucket, when it does. */
  note?: string;
}

export function envCacheKey(i: EnvKeyInput): CacheKey {
  const unpinned = [
    ...i.spec.dependencies.flatMap((d) => (d.kind === 'pip_pkg' ? d.deps : [])),
    ...i.requirementTexts.flatMap((t) => t.split('\n')),
  ].filter(isUnpinned);
  const bucket = unpinned.length ? isoWeek(i.now ?? new Date()) : '';
  const digest = createHash('sha256')
    .update(
      canonicalJson({
        spec: i.spec,
        inputs: i.inputs,
        installer: [i.installer, i.installerVersion],
        indexes: i.indexUrls,
        python: i.python,
        cuda: i.cuda ? { label: i.cuda.label, components: [...i.cuda.components].sort() } : null,
        env: i.envPath,
        runCommands: i.runCommands,
        bucket,
      }),
    )
    .digest('hex')
    .slice(0, 32);
  const head = prefix('env', i.host, i.python.version, i.cuda);
  const key = [head, digest, ...(bucket ? [bucket] : []), ...(i.suffix ? [safe(i.suffix)] : [])].join('-').slice(0, 512);
  return {
    key,
    restoreKeys: [],
    note: bucket ? `unpinned requirements (${unpinned.slice(0, 3).join(', ')}${unpinned.length > 3 ? ', …' : ''}): the env key includes the week ${bucket} so it is rebuilt at least weekly` : undefined,
  };
}
