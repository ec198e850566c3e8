// Writes a whole file or nothing: the content goes to a unique temp name next to it, then a
// rename puts it in place, so a reader never sees a half-written file.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tmpName } from './tmp.js';

export function writeAtomic(file: string, content: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = tmpName(file);
  writeFileSync(tmp, content);
  renameSync(tmp, file);
}
