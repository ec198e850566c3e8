// What a Python interpreter says about itself (its x.y.z), remembered by the identity of its binary
// (real path, size, mtime, ctime, inode) in <local cache>/interpreters.json, so a build does not
// start a Python just to ask again. Only native executables are remembered: a script (a pyenv
// shim) may answer differently per directory. The file is ours but read as untrusted: a record
// that is not a plain version is ignored, and a changed binary is a miss.
import { closeSync, openSync, readFileSync, readSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { localCacheRoot } from '../cache/local.js';
import { writeAtomic } from '../env/lock.js';

const VERSION_RE = /^\d+\.\d+\.\d+$/;
const MAX_RECORDS = 64;
const MAX_FILE_BYTES = 256 * 1024;

type Records = Record<string, { id: string; version: string; at: number }>;

/** ELF or Mach-O: a binary whose answer does not depend on the directory it runs in. */
function isNative(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const b = Buffer.alloc(4);
    readSync(fd, b, 0, 4, 0);
    const magic = b.readUInt32BE(0);
    return b.toString('latin1') === '\x7fELF' || [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(magic);
  } finally {
    closeSync(fd);
  }
}

/** The binary's real path and an identity that changes when it is replaced or rewritten; undefined when not rememberable. */
function identify(path: string): { real: string; id: string } | undefined {
  try {
    const real = realpathSync(path);
    const st = statSync(real, { bigint: true });
    if (!st.isFile() || !isNative(real)) return undefined;
    return { real, id: `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}` };
  } catch {
    return undefined;
  }
}

function load(file: string): Records {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return {};
    const r = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return r && typeof r === 'object' && !Array.isArray(r) ? (r as Records) : {};
  } catch {
    return {};
  }
}

const factsFile = (env: NodeJS.ProcessEnv) => join(localCacheRoot(env), 'interpreters.json');

/** The version remembered for the interpreter at `path`, if its binary is unchanged since. */
export function rememberedVersion(path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  const who = identify(path);
  if (!who) return undefined;
  const rec = load(factsFile(env))[who.real];
  return rec && rec.id === who.id && typeof rec.version === 'string' && VERSION_RE.test(rec.version) ? rec.version : undefined;
}

/** Remembers what the interpreter at `path` answered; best effort (a cache that cannot be written is skipped). */
export function rememberVersion(path: string, version: string, env: NodeJS.ProcessEnv = process.env): void {
  const who = identify(path);
  if (!who || !VERSION_RE.test(version)) return;
  try {
    const file = factsFile(env);
    const all = load(file);
    all[who.real] = { id: who.id, version, at: Date.now() };
    const kept = Object.entries(all)
      .sort((a, b) => (b[1]?.at ?? 0) - (a[1]?.at ?? 0))
      .slice(0, MAX_RECORDS);
    writeAtomic(file, `${JSON.stringify(Object.fromEntries(kept))}\n`);
  } catch {
    // read-only home, full disk: the next build asks the interpreter again
  }
}
