// Downloaded tool archives (.tar.gz, .tar.xz) go through the one safe extractor (archive/extract.ts):
// a bad archive is refused whole and leaves nothing in the destination. xz is decompressed by the
// system `xz` (node has no xz codec) into a scratch file next to the archive.
import { rmSync } from 'node:fs';
import { extractArchive } from '../archive/extract.js';
import { UserError, errorMessage } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { tmpName } from '../util/tmp.js';

/** Extracts `archive` into the dir `dest` (merged with what is there), dropping `strip` leading path components. */
export async function extractTool(archive: string, dest: string, opts: { log: Log; strip?: number; what: string }): Promise<void> {
  let tarFile = archive;
  if (archive.endsWith('.xz')) {
    tarFile = tmpName(archive.replace(/\.xz$/, ''));
    await exec('sh', ['-c', 'xz -dc -- "$1" > "$2"', 'sh', archive, tarFile], { log: quietLog(opts.log) }).catch((e: unknown) => {
      rmSync(tarFile, { force: true });
      throw new UserError(`${opts.what}: ${archive} is not a valid .tar.xz: ${errorMessage(e)}`, { hint: 'the download is corrupted; retry' });
    });
  }
  try {
    await extractArchive(tarFile, dest, { merge: true, strip: opts.strip ?? 0, what: opts.what, damagedHint: 'the download is corrupted; retry' });
  } finally {
    if (tarFile !== archive) rmSync(tarFile, { force: true });
  }
}
