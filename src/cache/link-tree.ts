// Puts a copy of a directory tree somewhere else as cheaply as the filesystems allow: hard links
// when both sides are on one filesystem (Linux `cp -al`: new directories, the same file inodes),
// else a copy (reflinked where the filesystem can). Symlinks are kept verbatim (a venv's bin/python
// points at its interpreter), with modes and times. A hard-linked file is one file in two places:
// callers that hand out such a tree must notice edits made in place (see treeDigest's mtimes).
import { constants } from 'node:fs';
import { cp, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { exec } from '../util/exec.js';
import { MemoryLog } from '../util/log.js';

export type TreeCopy = 'link' | 'copy';

const sameDevice = async (a: string, b: string) => (await stat(a)).dev === (await stat(b)).dev;

/** Makes `to` (which must not exist; its parent must) hold the tree at `from`; says how. */
export async function linkOrCopyTree(from: string, to: string): Promise<TreeCopy> {
  // The command line is not worth a log line per layer; a failure throws with cp's stderr.
  const quiet = { log: new MemoryLog() };
  if (process.platform === 'linux') {
    if (await sameDevice(from, dirname(to))) {
      await exec('cp', ['-al', '--', from, to], quiet);
      return 'link';
    }
    await exec('cp', ['-a', '--reflink=auto', '--', from, to], quiet);
    return 'copy';
  }
  // Elsewhere a clone where the filesystem has them (APFS), a copy where not.
  await cp(from, to, { recursive: true, verbatimSymlinks: true, preserveTimestamps: true, mode: constants.COPYFILE_FICLONE });
  return 'copy';
}
