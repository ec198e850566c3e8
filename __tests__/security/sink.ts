// A writable stream that keeps what it was given: the terminal of a log under test.
import { Writable } from 'node:stream';

export function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(c: Buffer | string, _enc, cb) {
      chunks.push(c.toString());
      cb();
    },
  });
  return { stream, text: () => chunks.join('') };
}
