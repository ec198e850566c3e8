// Which bundle a workdir was extracted from: `.swrt-bundle.sha256` beside its _manifest.yaml holds
// the bundle file's sha256 and the stat stamp (device, inode, size, mtime, ctime) of the file that
// was hashed. A workdir is reused only for the bundle whose digest it records; the stamp lets a
// store bundle that has not changed since be recognised without hashing it again. The record is
// written into the extraction's temp dir before it replaces the workdir (writeFileInside: never
// through a link), so a bundle cannot bring its own and a killed run never leaves a workdir without one.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { writeFileInside, regularFileInside } from '../archive/inplace.js';

export const RECORD_NAME = '.swrt-bundle.sha256';

export interface BundleRecord {
  sha256: string;
  /** `dev ino size mtimeMs ctimeMs` of the file that was hashed. */
  stamp: string;
}

function stampOf(file: string): string {
  const st = statSync(file, { bigint: true });
  return `${st.dev} ${st.ino} ${st.size} ${st.mtimeNs} ${st.ctimeNs}`;
}

/** The record in `workdir`, or undefined when there is none (a workdir swcli made) or it is unreadable. */
export function readRecord(workdir: string): BundleRecord | undefined {
  const f = regularFileInside(workdir, RECORD_NAME);
  if (!f) return undefined;
  try {
    const [sha256, stamp] = readFileSync(f, 'utf8').split('\n');
    return sha256 && /^[0-9a-f]{64}$/.test(sha256) ? { sha256, stamp: stamp ?? '' } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The sha256 of `file` with its stamp. With `cache` (a record read earlier), a file whose stamp is the
 * one recorded is not read again.
 */
export async function bundleDigest(file: string, cache?: BundleRecord): Promise<BundleRecord> {
  const stamp = stampOf(file);
  if (cache && cache.stamp === stamp) return cache;
  const h = createHash('sha256');
  await pipeline(createReadStream(file), h);
  return { sha256: h.digest('hex'), stamp };
}

/** Whether `file` still has the stamp it had when `rec` was taken (not replaced or rewritten since). */
export function unchanged(file: string, rec: BundleRecord): boolean {
  try {
    return stampOf(file) === rec.stamp;
  } catch {
    return false;
  }
}

/** Writes `rec` into `dir` (no link followed, any entry of that name replaced). */
export function writeRecord(dir: string, rec: BundleRecord): void {
  writeFileInside(dir, RECORD_NAME, `${rec.sha256}\n${rec.stamp}\n`);
}
