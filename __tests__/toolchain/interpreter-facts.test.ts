// Interpreter versions remembered by binary identity, with a real pyenv Python: a remembered answer
// is used without starting Python, a changed identity or a bad record is a miss, and a script
// (a pyenv shim) is never remembered.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rememberedVersion, rememberVersion } from '../../src/toolchain/interpreter-facts.js';
import { interpreterVersion } from '../../src/toolchain/python.js';
import { MemoryLog } from '../../src/util/log.js';
import { skipUnless } from '../helpers/skip.js';

const versions = join(homedir(), '.pyenv', 'versions');
const dir = existsSync(versions) ? readdirSync(versions).find((v) => v.startsWith('3.11.')) : undefined;
const py = dir ? join(versions, dir, 'bin', 'python3') : undefined;

let root: string;
const saved = process.env.SWRT_CACHE_DIR;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'swrt-pyfacts-'));
  process.env.SWRT_CACHE_DIR = root;
});
afterEach(() => {
  if (saved === undefined) delete process.env.SWRT_CACHE_DIR;
  else process.env.SWRT_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

skipUnless(Boolean(py), 'no pyenv Python 3.11 here')(`interpreter facts (${py})`, () => {
  it('asks once, then answers from the record while the binary is unchanged', async () => {
    expect(rememberedVersion(py!)).toBeUndefined();
    expect(await interpreterVersion(py!, new MemoryLog())).toBe(dir);
    expect(rememberedVersion(py!)).toBe(dir);
    // A record says something else for the same identity: it is believed (so no Python was started)…
    rememberVersion(py!, '3.11.99');
    expect(await interpreterVersion(py!, new MemoryLog())).toBe('3.11.99');
    // …but one for another identity of the binary (replaced, rewritten) is a miss and is refreshed.
    const file = join(root, 'interpreters.json');
    const recs = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: string }>;
    for (const r of Object.values(recs)) r.id = `${r.id}-old`;
    writeFileSync(file, JSON.stringify(recs));
    expect(await interpreterVersion(py!, new MemoryLog())).toBe(dir);
  });

  it('ignores records that are not plain versions, and a file that is not JSON', async () => {
    rememberVersion(py!, '3.11.7; echo pwned');
    expect(existsSync(join(root, 'interpreters.json'))).toBe(false);
    await interpreterVersion(py!, new MemoryLog());
    const file = join(root, 'interpreters.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace(dir!, '3.11.7 && evil'));
    expect(rememberedVersion(py!)).toBeUndefined();
    writeFileSync(file, '{not json');
    expect(await interpreterVersion(py!, new MemoryLog())).toBe(dir);
  });

  it('never remembers a script (a shim may answer per directory)', async () => {
    const shim = join(root, 'python3');
    writeFileSync(shim, `#!/bin/sh\nexec ${py} "$@"\n`, { mode: 0o755 });
    expect(await interpreterVersion(shim, new MemoryLog())).toBe(dir);
    expect(rememberedVersion(shim)).toBeUndefined();
    expect(existsSync(join(root, 'interpreters.json'))).toBe(false);
  });
});
