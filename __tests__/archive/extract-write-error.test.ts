// A write that fails while an entry streams in (a full disk) rejects the extraction with a one-line
// UserError and leaves nothing behind; it must never surface as an uncaught exception.
import { jest } from '@jest/globals';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const realFs = await import('node:fs');
let failWrites = false;
jest.unstable_mockModule('node:fs', () => ({
  ...realFs,
  writeSync: (...args: Parameters<typeof realFs.writeSync>) => {
    if (failWrites) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    return (realFs.writeSync as (...a: unknown[]) => number)(...args);
  },
}));
const { extractArchive } = await import('../../src/archive/extract.js');
const { UserError } = await import('../../src/util/errors.js');

function tarOf(name: string, data: Buffer): Buffer {
  const h = Buffer.alloc(512, 0);
  h.write(name, 0, 100, 'utf8');
  h.write('0000644\0', 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write(`${(1_700_000_000).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write('0', 156, 'ascii');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return Buffer.concat([h, data, Buffer.alloc((512 - (data.length % 512)) % 512, 0), Buffer.alloc(1024, 0)]);
}

it('a failing write while extracting is a UserError, with no temp dir left', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-enospc-'));
  const archive = join(dir, 'a.tar');
  writeFileSync(archive, tarOf('big', Buffer.alloc(256 * 1024, 97)));
  const uncaught = jest.fn();
  process.on('uncaughtException', uncaught);
  failWrites = true;
  try {
    const got = await extractArchive(archive, join(dir, 'out')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(got).toBeInstanceOf(UserError);
    expect((got as Error).message).toMatch(/could not extract .*ENOSPC/);
  } finally {
    failWrites = false;
    process.off('uncaughtException', uncaught);
  }
  expect(uncaught).not.toHaveBeenCalled();
  expect(existsSync(join(dir, 'out'))).toBe(false);
  expect(readdirSync(dir)).toEqual(['a.tar']);
}, 10_000);
