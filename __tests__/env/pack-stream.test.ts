// --include-env packing streams tar into gzip with no temp tar: the result is read by Python's
// tarfile (what swcli uses), two packs of one env are byte-identical, and a failed pack leaves
// nothing behind in the output directory.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packEnv } from '../../src/env/pack.js';

let root: string;
let env: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-packstream-'));
  env = join(root, 'venv');
  mkdirSync(join(env, 'bin'), { recursive: true });
  mkdirSync(join(env, 'lib', 'python3.11', 'site-packages', 'pkg'), { recursive: true });
  writeFileSync(join(env, 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
  writeFileSync(join(env, 'bin', 'tool'), '#!/bin/sh\necho tool\n', { mode: 0o755 });
  symlinkSync('tool', join(env, 'bin', 'tool-link'));
  // Big enough for several gzip output chunks, and a name over 100 bytes (a pax header).
  writeFileSync(join(env, 'lib', 'python3.11', 'site-packages', 'pkg', 'data.bin'), Buffer.from(Array.from({ length: 3 << 20 }, (_, i) => (i * 7919) % 251)));
  writeFileSync(join(env, 'lib', 'python3.11', 'site-packages', 'pkg', `${'n'.repeat(120)}.py`), 'X = 1\n');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('packEnv streaming', () => {
  it("is read whole by Python's tarfile, and is byte-identical across packs", async () => {
    const a = join(root, 'a.tar.gz');
    const b = join(root, 'b.tar.gz');
    await packEnv(env, a, 1700000000);
    await packEnv(env, b, 1700000000);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    const listing = execFileSync('python3', ['-c', 'import sys, tarfile\nwith tarfile.open(sys.argv[1], "r:gz") as t:\n    for m in t.getmembers():\n        f = t.extractfile(m)\n        print(m.name, m.type.decode(), m.size, len(f.read()) if f else "-", m.linkname)', a], { encoding: 'utf8' });
    const lines = listing.trim().split('\n');
    expect(lines).toContain('bin/tool 0 20 20 ');
    expect(lines).toContain('bin/tool-link 2 0 20 tool');
    expect(lines).toContain(`lib/python3.11/site-packages/pkg/data.bin 0 ${3 << 20} ${3 << 20} `);
    expect(lines).toContain(`lib/python3.11/site-packages/pkg/${'n'.repeat(120)}.py 0 6 6 `);
  });

  it('a file that cannot be read fails the pack and leaves no output or temp file', async () => {
    const unreadable = join(env, 'lib', 'python3.11', 'site-packages', 'pkg', 'fifo');
    execFileSync('mkfifo', [unreadable]);
    const out = join(root, 'out', 'venv_env.tar.gz');
    mkdirSync(join(root, 'out'));
    await expect(packEnv(env, out, 1700000000)).rejects.toThrow(/fifo/);
    expect(readdirSync(join(root, 'out'))).toEqual([]);
  });
});
