// The shape of our python-build-standalone table and its derivation from uv's download metadata;
// used by scripts/python-builds.ts (which must not need the table it generates) and the resolver.
import type { Machine } from './context.js';

export interface PythonBuild {
  version: string;
  /** Path under the release base, e.g. 20241016/cpython-3.12.7%2B20241016-…-install_only_stripped.tar.gz */
  path: string;
  sha256: string;
  build: string;
}

export interface PythonBuildsTable {
  source: string;
  generated?: string;
  base: string;
  builds: Record<Machine, Record<string, Omit<PythonBuild, 'version'>>>;
}

/** One entry of uv's crates/uv-python/download-metadata.json. */
export interface UvDownloadEntry {
  name: string;
  arch: { family: string; variant: string | null };
  os: string;
  libc: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: string;
  url: string;
  sha256: string | null;
  variant: string | null;
  build: string;
}

/**
 * Orders dotted numeric versions ("3.11.9", CUDA labels "12.4" and "12.4.1"), the project's one
 * version comparator. Not semver: it rejects two-part labels; not PEP 440: nothing compared here
 * has pre-release or local parts (the tables and the x.y.z directory names hold none).
 */
export function cmpVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

/**
 * Builds our table from uv's download metadata: CPython >= 3.8, linux gnu, x86_64/aarch64 baseline
 * builds, stable releases, whose URL lies under `base` (older indygreg-hosted builds are skipped).
 */
export function pythonBuildsFromUv(data: Record<string, UvDownloadEntry>, source: string, base: string): { table: PythonBuildsTable; skipped: number } {
  const prefix = `${base.replace(/\/+$/, '')}/`;
  const builds: PythonBuildsTable['builds'] = { x86_64: {}, aarch64: {} };
  let skipped = 0;
  for (const e of Object.values(data)) {
    const family = e.arch.family;
    if (e.name !== 'cpython' || e.os !== 'linux' || e.libc !== 'gnu' || e.arch.variant || e.variant || e.prerelease) continue;
    if ((family !== 'x86_64' && family !== 'aarch64') || e.major !== 3 || e.minor < 8) continue;
    if (!e.sha256 || !e.url.startsWith(prefix) || !e.url.endsWith('.tar.gz')) {
      skipped++;
      continue;
    }
    builds[family][`${e.major}.${e.minor}.${e.patch}`] = { path: e.url.slice(prefix.length), sha256: e.sha256, build: e.build };
  }
  for (const m of ['x86_64', 'aarch64'] as const) {
    builds[m] = Object.fromEntries(Object.keys(builds[m]).sort((a, b) => cmpVersions(b, a)).map((v) => [v, builds[m][v]!]));
  }
  return { table: { source, base: prefix.slice(0, -1), builds }, skipped };
}
