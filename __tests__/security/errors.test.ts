// What the outside world causes (a full or read-only disk, a refused connection, a broken archive,
// a hostile YAML document) is one line with a hint at either front door, never `internal error`.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { list } from 'tar';
import { parse } from 'yaml';
import { reportError } from '../../src/cli/context.js';
import { isUserError, toUserError, UserError } from '../../src/util/errors.js';

const errnoError = (code: string, syscall: string, path: string) => Object.assign(new Error(`${code}: failure, ${syscall} '${path}'`), { code, syscall, path, errno: -1 });

async function caught(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

function report(e: unknown): string {
  let text = '';
  const out = new Writable({
    write(c: Buffer | string, _enc, cb) {
      text += c.toString();
      cb();
    },
  });
  reportError(e, false, out);
  return text;
}

describe('toUserError', () => {
  it.each([
    ['ENOSPC', /no space left.*\/data\/x/],
    ['EROFS', /read-only file system.*\/data\/x/],
    ['EACCES', /permission denied.*\/data\/x/],
    ['EPERM', /permission denied.*\/data\/x/],
    ['ENOENT', /no such file or directory: \/data\/x/],
  ])('%s on a path', (code, message) => {
    const e = toUserError(errnoError(code, 'open', '/data/x'));
    expect(isUserError(e)).toBe(true);
    expect((e as UserError).message).toMatch(message);
    expect((e as UserError).hint).toBeTruthy();
    expect(report(errnoError(code, 'open', '/data/x'))).toMatch(/^error: [^\n]+\(hint: [^\n]+\)\n$/);
  });

  it('a real missing file', async () => {
    const e = toUserError(await caught(() => readFileSync('/nonexistent/swrt-file')));
    expect((e as UserError).message).toBe('no such file or directory: /nonexistent/swrt-file');
  });

  it('a real refused connection (fetch wraps it in cause)', async () => {
    const srv = createServer();
    await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
    const { port } = srv.address() as { port: number };
    await new Promise((r) => srv.close(r));
    const e = toUserError(await caught(() => fetch(`http://127.0.0.1:${port}/x`)));
    expect(isUserError(e)).toBe(true);
    expect((e as UserError).message).toContain(`connection refused by 127.0.0.1:${port}`);
  });

  it.each([
    ['ENOTFOUND', /cannot resolve host sw\.example/],
    ['ETIMEDOUT', /timed out talking to sw\.example/],
  ])('%s', (code, message) => {
    const e = toUserError(Object.assign(new Error(`getaddrinfo ${code} sw.example`), { code, hostname: 'sw.example' }));
    expect((e as UserError).message).toMatch(message);
  });

  it('a real broken tar', async () => {
    const f = join(mkdtempSync(join(tmpdir(), 'swrt-err-')), 'bad.swrt');
    writeFileSync(f, Buffer.alloc(2048, 'x'));
    const raw = await caught(() => list({ file: f, strict: true }));
    const e = toUserError(raw);
    expect(isUserError(e)).toBe(true);
    expect((e as UserError).message).toMatch(/^not a valid archive/);
    expect(report(raw)).not.toContain('internal error');
  });

  it('a real YAML syntax error and an alias bomb', async () => {
    const syntax = toUserError(await caught(() => parse('a: [1, 2\nb: }')));
    expect((syntax as UserError).message).toMatch(/^invalid YAML: /);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    const alias = toUserError(await caught(() => parse(bomb)));
    expect(isUserError(alias)).toBe(true);
    expect((alias as UserError).message).toMatch(/^refusing YAML: .*alias/);
  });

  it('a bug stays a bug', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')");
    expect(toUserError(bug)).toBe(bug);
    expect(report(bug)).toMatch(/^error: internal error: /);
  });
});
