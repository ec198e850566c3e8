// The tool-cache layout of @actions/tool-cache, kept by hand so the core needs no @actions/* and
// because tc.find trusts a bare marker file where we check digests (below). The layout is the same,
// so setup-python's entries are found here: <root>/<tool>/<version>/<arch> plus <arch>.complete.
// An entry is filled in a private temp dir and renamed into place, so a failed or concurrent install
// never leaves a half-written entry that a later run would trust.
//
// The marker is not a bare flag: it records the sha256 of what was installed (the archive or wheel),
// what that digest was verified against, the digest of the entry's file list, and optionally the
// sha256 of a few named files. A tool cache can be shared by unrelated builds and refilled from a
// cache layer, so an entry is used only when its marker names the pinned digest and the tree on
// disk still matches it; anything else is reinstalled.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { IdentityMemo } from '../util/identity-memo.js';
import { treeDigest } from '../util/tree-digest.js';
import { fileSha256Sync } from '../util/hash.js';
import { tmpName } from '../util/tmp.js';

export interface ToolCacheEntry {
  root: string;
  tool: string;
  version: string;
  arch: string;
}

/** Where an entry's bytes came from: the sha256 of each archive installed and what it was checked against. */
export interface Provenance {
  sha256: string[];
  /** E.g. "the pinned python-build-standalone table", "SWRT_UV_SHA256". */
  against: string;
  /** sha256 of files inside the entry (relative path -> digest), checked on every use. */
  files?: Record<string, string>;
}

export interface ToolMarker extends Provenance {
  format: typeof MARKER_FORMAT;
  /** treeDigest of the entry as installed. */
  tree: string;
}

export const MARKER_FORMAT = 'swrt-tool-cache/1';
const HEX64 = /^[0-9a-f]{64}$/;

export function entryDir(e: ToolCacheEntry): string {
  return join(e.root, e.tool, e.version, e.arch);
}

export const markerPath = (e: ToolCacheEntry): string => `${entryDir(e)}.complete`;


/**
 * fileSha256Sync, remembered per file identity (cache/identity-memo.ts): a named file in an entry
 * (uv's 40 MB binary) is read and hashed once, not on every build, and again whenever it is
 * written or replaced.
 */
function memoSha256(path: string): string {
  const memo = new IdentityMemo('file-sha256');
  const known = memo.recall(path, (v) => HEX64.test(v));
  if (known) return known;
  const sha = fileSha256Sync(path);
  memo.remember(path, sha);
  return sha;
}

/** The entry's marker when it is well-formed (an empty or legacy marker is not). */
export function readMarker(e: ToolCacheEntry): ToolMarker | undefined {
  let m: Partial<ToolMarker>;
  try {
    m = JSON.parse(readFileSync(markerPath(e), 'utf8')) as Partial<ToolMarker>;
  } catch {
    return undefined;
  }
  if (m?.format !== MARKER_FORMAT || typeof m.tree !== 'string' || typeof m.against !== 'string') return undefined;
  if (!Array.isArray(m.sha256) || !m.sha256.length || !m.sha256.every((h) => typeof h === 'string' && HEX64.test(h))) return undefined;
  if (m.files !== undefined && (typeof m.files !== 'object' || m.files === null || !Object.values(m.files).every((h) => typeof h === 'string' && HEX64.test(h)))) return undefined;
  return m as ToolMarker;
}

/**
 * Why the entry cannot be used, or undefined when it can: its marker must be well-formed, name
 * only digests in `pinned` (when a pin is known), and the tree and named files must be unchanged.
 */
export function distrust(e: ToolCacheEntry, pinned?: readonly string[]): string | undefined {
  const dir = entryDir(e);
  if (!existsSync(dir)) return 'no entry';
  const m = readMarker(e);
  if (!m) return existsSync(markerPath(e)) ? 'its completion marker is empty or not ours' : 'it has no completion marker';
  const pins = pinned?.map((h) => h.toLowerCase());
  if (pins && !m.sha256.every((h) => pins.includes(h))) return `its marker names sha256 ${m.sha256.join(', ')}, not the pinned ${pins.join(', ')}`;
  for (const [rel, want] of Object.entries(m.files ?? {})) {
    const f = join(dir, rel);
    if (!existsSync(f) || memoSha256(f) !== want) return `${rel} is not the file that was installed`;
  }
  if (treeDigest(dir) !== m.tree) return 'its files changed since it was installed';
  return undefined;
}

/** The entry's directory when it is complete and trusted (see distrust), else undefined. */
export function findCached(e: ToolCacheEntry, pinned?: readonly string[]): string | undefined {
  return distrust(e, pinned) === undefined ? entryDir(e) : undefined;
}

function removeIfEmpty(dir: string): void {
  try {
    if (readdirSync(dir).length === 0) rmdirSync(dir);
  } catch {
    // raced with another install, or already gone: either way nothing of ours is left
  }
}

/** Whether a marker's named files are the ones `want` names (a parallel install of the same bytes). */
const sameFiles = (have: Record<string, string> | undefined, want: Record<string, string> | undefined) => Object.entries(want ?? {}).every(([rel, h]) => have?.[rel] === h);

function writeMarker(e: ToolCacheEntry, marker: ToolMarker): void {
  const tmp = tmpName(markerPath(e));
  writeFileSync(tmp, `${JSON.stringify(marker)}\n`);
  renameSync(tmp, markerPath(e));
}

/**
 * Runs `fill(tmp)` in a temp dir beside the entry, then renames it into place and writes the
 * marker. `fill` returns the provenance of what it installed (or `provenance` gives it up front).
 * On any failure the temp dir is removed and the error passes through. When another process
 * completed the same entry first, and it is trusted, theirs is kept; an untrusted entry is replaced.
 */
export async function installCached(e: ToolCacheEntry, fill: (dir: string) => Promise<Provenance | void>, provenance?: Provenance): Promise<string> {
  const dir = entryDir(e);
  mkdirSync(dirname(dir), { recursive: true });
  const tmp = tmpName(dir);
  mkdirSync(tmp);
  try {
    const prov = (await fill(tmp)) ?? provenance;
    if (!prov || !prov.sha256.length) throw new Error(`tool cache ${e.tool} ${e.version}: installed without a verified sha256`);
    if (findCached(e, prov.sha256) && sameFiles(readMarker(e)?.files, prov.files)) {
      rmSync(tmp, { recursive: true, force: true });
      return dir;
    }
    const marker: ToolMarker = { format: MARKER_FORMAT, sha256: prov.sha256.map((h) => h.toLowerCase()), against: prov.against, ...(prov.files ? { files: prov.files } : {}), tree: treeDigest(tmp) };
    rmSync(markerPath(e), { force: true });
    rmSync(dir, { recursive: true, force: true }); // debris, or an entry that is not trusted
    renameSync(tmp, dir);
    writeMarker(e, marker);
    return dir;
  } catch (err) {
    rmSync(tmp, { recursive: true, force: true });
    removeIfEmpty(dirname(dir));
    removeIfEmpty(dirname(dirname(dir)));
    throw err;
  }
}
