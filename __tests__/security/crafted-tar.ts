// Raw ustar archives for the adversarial suites: any name, type flag, link target or mode, an
// optional pax record per entry, and the end-of-archive blocks only when wanted; nothing checked.
export interface Ent {
  name: string;
  /** ustar type flag: 0 file, 1 hard link, 2 symlink, 3 char device, 5 directory, 6 FIFO, x pax */
  type?: string;
  data?: string | Buffer;
  link?: string;
  mode?: number;
  /** pax extended header for this entry (e.g. a linkpath longer than 100 bytes) */
  pax?: Record<string, string>;
}

function header(e: Ent, size: number): Buffer {
  const h = Buffer.alloc(512, 0);
  h.write(e.name, 0, 100, 'utf8');
  h.write(`${(e.mode ?? 0o644).toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write(`${(1_700_000_000).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(e.type ?? '0', 156, 'ascii');
  if (e.link) h.write(e.link, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

const pad = (b: Buffer) => [b, Buffer.alloc((512 - (b.length % 512)) % 512, 0)];

function paxBody(pax: Record<string, string>): Buffer {
  let body = '';
  for (const [k, v] of Object.entries(pax)) {
    const rec = ` ${k}=${v}\n`;
    let len = rec.length + 1;
    while (`${len}${rec}`.length !== len) len++;
    body += `${len}${rec}`;
  }
  return Buffer.from(body);
}

/** A tar of `entries`, with the two end-of-archive blocks unless `end` is false. */
export function tar(entries: Ent[], opts: { end?: boolean } = {}): Buffer {
  const out: Buffer[] = [];
  for (const e of entries) {
    if (e.pax) {
      const body = paxBody(e.pax);
      out.push(header({ name: 'PaxHeader', type: 'x' }, body.length), ...pad(body));
    }
    const data = Buffer.from(e.data ?? '');
    out.push(header(e, data.length), ...pad(data));
  }
  if (opts.end !== false) out.push(Buffer.alloc(1024, 0));
  return Buffer.concat(out);
}
