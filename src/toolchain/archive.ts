// Safe extraction of downloaded tool archives (.tar.gz, .tar.xz): every entry is checked first
// (no `..`, no absolute paths, no links pointing out) and a bad archive is refused whole. xz is
// decompressed by the system `xz` (node has no xz codec), the tar itself is read by node-tar.
import { rmSync } from 'node:fs';
import { extract } from 'tar';
import { unsafeEntries } from '../bundle/extract.js';
import { UserError, errorMessage } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';

/** Extracts `archive` into the existing dir `dest`, dropping `strip` leading path components. */
export async function extractTool(archive: string, dest: string, opts: { log: Log; strip?: number; what: string }): Promise<void> {
  let tarFile = archive;
  if (archive.endsWith('.xz')) {
    tarFile = archive.replace(/\.xz$/, '');
    await exec('sh', ['-c', 'xz -dc -- "$1" > "$2"', 'sh', archive, tarFile], { log: quietLog(opts.log) }).catch((e: unknown) => {
      rmSync(tarFile, { force: true });
      throw new UserError(`${opts.what}: ${archive} is not a valid .tar.xz: ${errorMessage(e)}`, { hint: 'the download is corrupted; retry' });
    });
  }
  try {
    let bad: string[];
    try {
      bad = await unsafeEntries(tarFile);
    } catch (e) {
      throw new UserError(`${opts.what}: ${archive} is not a readable tar: ${errorMessage(e)}`, { hint: 'the download is corrupted; retry' });
    }
    if (bad.length) throw new UserError(`refusing to extract ${opts.what}: ${bad.slice(0, 5).join('; ')}`, { hint: 'the archive was crafted or corrupted; do not use it' });
    await extract({ file: tarFile, cwd: dest, strip: opts.strip ?? 0, strict: true });
  } finally {
    if (tarFile !== archive) rmSync(tarFile, { force: true });
  }
}
