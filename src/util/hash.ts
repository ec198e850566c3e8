// sha256 in hex of a string, a buffer or a file: the one digest the bundle, the tool cache and
// the release checksums use.
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';

export const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/** Streams the file, so a multi-gigabyte bundle is never held in memory. */
export async function fileSha256(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const c of createReadStream(path)) h.update(c as Buffer);
  return h.digest('hex');
}

/** For small files (tool executables, wheels) where a synchronous check is simpler. */
export function fileSha256Sync(path: string): string {
  return sha256(readFileSync(path));
}
