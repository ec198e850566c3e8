// A multipart/form-data body as a stream with a known length: text fields, then one file part
// read from disk in chunks, so a multi-GB bundle never sits in memory (requests-toolbelt's
// MultipartEncoder does the same for swcli, docs/starwhale-compat.md: Server protocol).
import { randomBytes } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import type { Body } from './http.js';

export interface FilePart {
  name: string;
  filename: string;
  path: string;
  contentType: string;
}

export function multipartBody(fields: readonly [string, string][], file: FilePart, boundary = randomBytes(16).toString('hex')): Body {
  const head = fields
    .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
    .join('')
    .concat(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\nContent-Type: ${file.contentType}\r\n\r\n`);
  const tail = `\r\n--${boundary}--\r\n`;
  const size = statSync(file.path).size;
  const out = new PassThrough({ highWaterMark: 1 << 20 });
  out.write(head);
  const src = createReadStream(file.path, { highWaterMark: 1 << 20 });
  src.on('error', (e) => out.destroy(e));
  src.on('end', () => out.end(tail));
  src.pipe(out, { end: false });
  out.on('close', () => src.destroy());
  return { stream: out, length: Buffer.byteLength(head) + size + Buffer.byteLength(tail), contentType: `multipart/form-data; boundary=${boundary}` };
}
