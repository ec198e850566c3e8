// A tool-cache entry's named files (uv's binary) are hashed once per file identity: the remembered
// sha256 is used only for the very same file. A file rewritten in place with the same size and
// its mtime set back, or replaced by another file, is hashed again and refused.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileIdentity, IdentityMemo } from '../../src/util/identity-memo.js';
import { findCached, installCached, type ToolCacheEntry } from '../../src/toolchain/tool-cache.js';

let root: string;
const saved = process.env.SWRT_CACHE_DIR;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-hashmemo-'));
  process.env.SWRT_CACHE_DIR = join(root, 'cache');
});
afterEach(() => {
  if (saved === undefined) delete process.env.SWRT_CACHE_DIR;
  else process.env.SWRT_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

const sha = (b: string) => createHash('sha256').update(b).digest('hex');
const GOOD = '#!/bin/sh\necho good\n';
const EVIL = '#!/bin/sh\necho evil\n';

describe('remembered file digests', () => {
  it('a file written in place (same size, mtime set back) has a new identity', () => {
    const f = join(root, 'f');
    writeFileSync(f, GOOD);
    const before = fileIdentity(f)!;
    const st = statSync(f);
    writeFileSync(f, EVIL);
    utimesSync(f, st.atime, st.mtime);
    expect(Math.abs(statSync(f).mtimeMs - st.mtimeMs)).toBeLessThan(1);
    expect(fileIdentity(f)!.id).not.toBe(before.id);
    const memo = new IdentityMemo('t');
    memo.remember(f, 'x');
    expect(memo.recall(f, () => true)).toBe('x');
    expect(memo.recall(f, (v) => v === 'y')).toBeUndefined();
  });

  it('a tool-cache entry whose pinned binary is swapped after its digest was remembered is refused', async () => {
    const e: ToolCacheEntry = { root: join(root, 'tc'), tool: 'swrt-test', version: '1.0.0', arch: 'x64' };
    const pin = 'b'.repeat(64);
    const dir = await installCached(e, async (d) => {
      mkdirSync(join(d, 'bin'));
      writeFileSync(join(d, 'bin', 'tool'), GOOD, { mode: 0o755 });
      return { sha256: [pin], against: 'a test pin', files: { 'bin/tool': sha(GOOD) } };
    });
    expect(findCached(e, [pin])).toBe(dir);
    // Remembered now: the second check reads the memo, not the file.
    expect(readFileSync(join(root, 'cache', 'file-sha256.json'), 'utf8')).toContain(sha(GOOD));
    expect(findCached(e, [pin])).toBe(dir);

    const tool = join(dir, 'bin', 'tool');
    const st = statSync(tool);
    writeFileSync(tool, EVIL);
    utimesSync(tool, st.atime, st.mtime);
    expect(findCached(e, [pin])).toBeUndefined();

    writeFileSync(tool, GOOD);
    expect(findCached(e, [pin])).toBe(dir);
    const other = join(root, 'other');
    writeFileSync(other, EVIL, { mode: 0o755 });
    utimesSync(other, st.atime, st.mtime);
    renameSync(other, tool);
    expect(findCached(e, [pin])).toBeUndefined();
  });
});
