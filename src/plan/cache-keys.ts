// Cache keys per layer: `swrt-<layer>-v<schema>-<os-id>-<os-version>-<arch>-py<exact>-[cu<label>-]<digest>[-<suffix>]`.
// The digest covers everything that changes the layer's content; every field is URI-safe and the
// key stays under the 512 characters the cache service allows. Pure: callers pass the facts in.
import { createHash } from 'node:crypto';
import { stripCredentials } from './pip-options.js';
import type { RuntimeSpec } from '../spec/types.js';
import { canonicalJson } from './version.js';
import type { InputDigest } from '../spec/digests.js';

export { stripCredentials };

export const CACHE_SCHEMA = 1;
export type CacheLayer = 'env' | 'downloads' | 'toolchain' | 'conda-pkgs';
export const MAX_KEY_LENGTH = 512;

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
  /** Anything else the env's content depends on (conda: the condarc and the CUDA override). */
  extra?: unknown;
  /** `${VAR}`s the requirements use, name → digest of the value. */
  requirementVars?: Readonly<Record<string, string>>;
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


const digestOf = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 32);

function assemble(head: string, digest: string, tail: readonly string[]): string {
  return [head, digest, ...tail.filter(Boolean).map(safe)].join('-').slice(0, MAX_KEY_LENGTH).replace(/[-_]+$/, '');
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
        indexes: i.indexUrls.map(stripCredentials),
        python: i.python,
        cuda: i.cuda ? { label: i.cuda.label, components: [...i.cuda.components].sort() } : null,
        env: i.envPath,
        runCommands: i.runCommands,
        bucket,
        ...(i.extra === undefined ? {} : { extra: i.extra }),
        ...(i.requirementVars && Object.keys(i.requirementVars).length ? { requirementVars: i.requirementVars } : {}),
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

export interface DownloadsKeyInput {
  host: HostFacts;
  python: { version: string };
  installer: string;
  installerVersion: string;
  /** What was installed: the lock text, or the requirement inputs when there is no lock yet. */
  inputs: readonly InputDigest[];
  indexUrls: readonly string[];
  suffix?: string;
}

/**
 * The uv/pip download cache. It is only an accelerator, so restore-keys fall back to any
 * downloads cache of the same OS, arch, python and installer.
 */
export function downloadsCacheKey(i: DownloadsKeyInput): CacheKey {
  const head = prefix('downloads', i.host, i.python.version);
  const inst = `${safe(i.installer)}${safe(i.installerVersion)}`;
  const digest = digestOf({ inputs: i.inputs, installer: [i.installer, i.installerVersion], indexes: i.indexUrls.map(stripCredentials) });
  return {
    key: assemble(`${head}-${inst}`, digest, [i.suffix ?? '']),
    restoreKeys: [`${head}-${inst}-`, `${head}-`],
  };
}

export interface ToolchainKeyInput {
  host: HostFacts;
  python: { version: string; source: string };
  cuda?: { label: string; components: readonly string[]; cudnn?: string };
  /** Where the toolchain lives on disk (tool cache root): a restored toolchain must land there. */
  root: string;
  suffix?: string;
}

/** Provisioned python (where the tool cache is empty per job) and CUDA/cuDNN components. */
export function toolchainCacheKey(i: ToolchainKeyInput): CacheKey {
  const digest = digestOf({
    python: i.python,
    cuda: i.cuda ? { label: i.cuda.label, components: [...i.cuda.components].sort(), cudnn: i.cuda.cudnn ?? '' } : null,
    root: i.root,
  });
  return { key: assemble(prefix('toolchain', i.host, i.python.version, i.cuda), digest, [i.suffix ?? '']), restoreKeys: [] };
}

export interface CondaPkgsKeyInput {
  host: HostFacts;
  python: { version: string };
  inputs: readonly InputDigest[];
  channels: readonly string[];
  /** The conda tool and its binary's sha256: another solver fills pkgs/ differently. */
  tool?: string;
  suffix?: string;
}

/** The conda package cache (pkgs dir); falls back like downloads. */
export function condaPkgsCacheKey(i: CondaPkgsKeyInput): CacheKey {
  const head = prefix('conda-pkgs', i.host, i.python.version);
  const digest = digestOf({ inputs: i.inputs, channels: i.channels.map(stripCredentials), ...(i.tool ? { tool: i.tool } : {}) });
  return { key: assemble(head, digest, [i.suffix ?? '']), restoreKeys: [`${head}-`] };
}

/** The `cache` input: auto (restore always, save on trusted events), true, or false. */
export type CacheMode = 'auto' | 'true' | 'false';

export interface CachePolicy {
  /** Restore layers. */
  enabled: boolean;
  /** Save layers (on top of `cache-write`). */
  write: boolean;
  reason: string;
}

/** Events whose workflow runs the repository's own code for its own ref: their caches may be written. */
const WRITING_EVENTS = new Set(['push', 'schedule', 'workflow_dispatch', 'merge_group', 'pull_request']);

/**
 * `cache: auto` restores on every event but saves only on an allow-list: a push to a branch,
 * schedule, workflow_dispatch, merge_group and pull_request (whose saves are scoped to the PR's
 * merge ref). Anything else (pull_request_target, issue_comment, workflow_run, release, a tag, an
 * event we do not know) may run code or inputs from outside with the base branch's cache scope,
 * so it restores only. `true` restores and saves on any event, `false` does neither.
 */
export function cachePolicy(eventName: string, ref: string, mode: CacheMode): CachePolicy {
  if (mode === 'true') return { enabled: true, write: true, reason: 'cache: true' };
  if (mode === 'false') return { enabled: false, write: false, reason: 'cache: false' };
  if (ref.startsWith('refs/tags/')) return { enabled: true, write: false, reason: `cache: auto restores but does not save for a tag (${ref}); set cache: true to save` };
  if (!WRITING_EVENTS.has(eventName)) {
    return { enabled: true, write: false, reason: `cache: auto restores but does not save on ${eventName || 'an unnamed'} events (cache poisoning); set cache: true to save` };
  }
  if (eventName === 'push' && !ref.startsWith('refs/heads/')) return { enabled: true, write: false, reason: `cache: auto saves only for pushes to a branch, not ${ref || 'an unnamed ref'}` };
  return { enabled: true, write: true, reason: 'cache: auto' };
}
