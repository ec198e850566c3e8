// What a Python interpreter says about itself (its x.y.z), remembered by the identity of its binary
// (see cache/identity-memo.ts) in <local cache>/interpreters.json, so a build does not start a
// Python just to ask again. Only native executables are remembered: a script (a pyenv shim) may
// answer differently per directory. A remembered value that is not a plain version is ignored.
import { closeSync, openSync, readSync } from 'node:fs';
import { IdentityMemo } from '../util/identity-memo.js';

const VERSION_RE = /^\d+\.\d+\.\d+$/;
const isVersion = (v: string) => VERSION_RE.test(v);

/** ELF or Mach-O: a binary whose answer does not depend on the directory it runs in. */
function isNative(path: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return false;
  }
  try {
    const b = Buffer.alloc(4);
    if (readSync(fd, b, 0, 4, 0) !== 4) return false;
    return b.toString('latin1') === '\x7fELF' || [0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe].includes(b.readUInt32BE(0));
  } finally {
    closeSync(fd);
  }
}

/** The version remembered for the interpreter at `path`, if its binary is unchanged since. */
export function rememberedVersion(path: string, env: NodeJS.ProcessEnv = process.env): string | undefined {
  return isNative(path) ? new IdentityMemo('interpreters', env).recall(path, isVersion) : undefined;
}

/** Remembers what the interpreter at `path` answered; best effort. */
export function rememberVersion(path: string, version: string, env: NodeJS.ProcessEnv = process.env): void {
  if (isVersion(version) && isNative(path)) new IdentityMemo('interpreters', env).remember(path, version);
}
