// Reads a tar (plain or gzip) strictly, entry by entry: any damage node-tar notices is an error, a
// member shorter than its header says is an error, and so is an archive that stops before its
// end-of-archive blocks (node-tar alone accepts that). Everything that reads an archive from outside
// (info, extract, restore, packed envs, downloads) goes through here, so they all see the same thing.
import { createReadStream } from 'node:fs';
import { Parser, type ReadEntry } from 'tar';

export const CRAFTED_HINT = 'the archive was crafted or corrupted; do not use it';

/** Why an archive was refused (the caller adds which archive and turns it into a UserError). */
export class TarRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TarRefusal';
  }
}

/**
 * Calls `onEntry` for every entry, in order; the callback consumes (or resumes) the entry and may
 * return a promise the scan waits for at the end. Throwing (or rejecting) stops the scan.
 */
export async function scanTar(file: string, onEntry: (e: ReadEntry) => void | Promise<void>): Promise<void> {
  const parser = new Parser({ strict: true });
  const input = createReadStream(file);
  const pending: Promise<void>[] = [];
  let failure: unknown;
  let sawEof = false;
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));
  const fail = (e: unknown) => {
    if (failure !== undefined) return;
    failure = e;
    input.unpipe(parser);
    input.destroy();
    finish();
  };
  parser.on('end', () => finish());
  parser.on('close', () => finish());
  parser.on('error', (e: Error) => fail(new TarRefusal(e.message.replace(/^TAR_[A-Z_]+: /, ''))));
  input.on('error', (e) => fail(e));
  parser.on('warn', (_code: string, message: string) => fail(new TarRefusal(message)));
  parser.on('eof', () => (sawEof = true));
  parser.on('entry', (e: ReadEntry) => {
    if (failure !== undefined) return void e.resume();
    let got = 0;
    e.on('data', (c: Buffer) => (got += c.length));
    const ended = new Promise<void>((resolve) => e.on('end', resolve));
    pending.push(
      ended.then(() => {
        if (got !== e.size) fail(new TarRefusal(`"${e.path}" is cut short (${got} of ${e.size} bytes)`));
      }),
    );
    try {
      const p = onEntry(e);
      if (p) pending.push(p.then(undefined, fail));
    } catch (err) {
      fail(err);
      e.resume();
    }
  });
  input.pipe(parser);
  await done;
  // on failure the entry being read may never end: nothing more is waited for
  if (failure !== undefined) throw failure;
  await Promise.all(pending);
  if (failure !== undefined) throw failure;
  if (!sawEof) throw new TarRefusal('it ends without the end-of-archive blocks (truncated)');
}
