// --include-env for conda mode: the built prefix packed as export/conda_env.tar.gz with conda-pack's
// semantics (a conda env is not relocatable: text files, scripts' shebangs and some binaries hold
// the absolute build prefix). At pack time every file is scanned for the build prefix and the hits
// are recorded in `.swrt-prefix-files` at the archive root; restore rewrites them for the new place
// (restore.ts). The archive is deterministic: sorted entries, one mtime, normalized modes, symlinks
// kept; __pycache__ is left out (rebuilt on import; it would only record the old path).
import { closeSync, createReadStream, createWriteStream, lstatSync, openSync, readdirSync, readlinkSync, readSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { writeTar, type TarEntry } from '../archive/tar.js';
import { ACTIVATE_SCRIPT, CONDA_UNPACK_SCRIPT } from './unpack-scripts.js';
import { tmpName } from '../util/tmp.js';

export const CONDA_ENV_TAR = 'conda_env.tar.gz';
export const PREFIX_FILES_NAME = '.swrt-prefix-files';
const FORMAT_LINE = '# swrt conda prefix record v1';

/** Which paths (relative, '/'-separated) hold the build prefix, and how each is fixed at restore. */
export interface PrefixRecord {
  prefix: string;
  /** Files without NUL bytes: every occurrence is replaced. */
  text: string[];
  /** Files with NUL bytes: NUL-terminated strings are rewritten in place, padded (only when the new prefix is not longer). */
  binary: string[];
  /** Symlinks whose target starts with the prefix. */
  symlinks: string[];
}

const CHUNK = 4 * 1024 * 1024;

/** Whether `file` contains `needle`, and whether it has a NUL byte (binary), read in chunks. */
export function scanFile(file: string, needle: Buffer): { hasPrefix: boolean; binary: boolean } {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(CHUNK + needle.length);
    let carry = 0;
    let hasPrefix = false;
    let binary = false;
    for (;;) {
      const n = readSync(fd, buf, carry, CHUNK, null);
      if (n === 0) break;
      const view = buf.subarray(0, carry + n);
      if (!binary && view.subarray(carry).includes(0)) binary = true;
      if (!hasPrefix && view.includes(needle)) hasPrefix = true;
      if (hasPrefix && binary) break;
      carry = Math.min(needle.length - 1, view.length);
      view.copy(buf, 0, view.length - carry);
    }
    return { hasPrefix, binary };
  } finally {
    closeSync(fd);
  }
}

/** Walks `prefix` (sorted), giving the tar entries and the prefix record. */
export function scanPrefix(prefix: string): { entries: TarEntry[]; record: PrefixRecord } {
  const root = resolve(prefix);
  const needle = Buffer.from(root, 'utf8');
  const record: PrefixRecord = { prefix: root, text: [], binary: [], symlinks: [] };
  const entries: TarEntry[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(join(root, rel)).sort()) {
      if (name === '__pycache__') continue;
      if (!rel && name === PREFIX_FILES_NAME) continue;
      const p = rel ? `${rel}/${name}` : name;
      const full = join(root, p);
      const st = lstatSync(full);
      if (st.isSymbolicLink()) {
        const target = readlinkSync(full);
        if (target === root || target.startsWith(`${root}/`)) record.symlinks.push(p);
        entries.push({ path: p, type: 'symlink', mode: 0o777, linkname: target });
      } else if (st.isDirectory()) {
        entries.push({ path: p, type: 'dir', mode: 0o755 });
        walk(p);
      } else if (st.isFile()) {
        const { hasPrefix, binary } = scanFile(full, needle);
        if (hasPrefix) (binary ? record.binary : record.text).push(p);
        entries.push({ path: p, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, source: full, size: st.size });
      }
      // sockets, fifos and devices are not part of an env: skipped
    }
  };
  walk('');
  return { entries, record };
}

/** `.swrt-prefix-files`: a header, `prefix\t<path>`, then `text|binary|symlink\t<relative path>` lines. */
export function renderPrefixFiles(r: PrefixRecord): string {
  const lines = [FORMAT_LINE, `prefix\t${r.prefix}`];
  for (const [kind, list] of [['text', r.text], ['binary', r.binary], ['symlink', r.symlinks]] as const) for (const p of list) lines.push(`${kind}\t${p}`);
  return `${lines.join('\n')}\n`;
}

export function parsePrefixFiles(text: string): PrefixRecord {
  const r: PrefixRecord = { prefix: '', text: [], binary: [], symlinks: [] };
  const lines = text.split('\n');
  if (lines[0] !== FORMAT_LINE) throw new Error(`${PREFIX_FILES_NAME}: unknown format (first line "${lines[0] ?? ''}")`);
  for (const line of lines.slice(1)) {
    if (!line) continue;
    const tab = line.indexOf('\t');
    const kind = line.slice(0, tab);
    const value = line.slice(tab + 1);
    if (tab < 0) throw new Error(`${PREFIX_FILES_NAME}: bad line "${line}"`);
    if (kind === 'prefix') r.prefix = value;
    else if (kind === 'text') r.text.push(value);
    else if (kind === 'binary') r.binary.push(value);
    else if (kind === 'symlink') r.symlinks.push(value);
    else throw new Error(`${PREFIX_FILES_NAME}: unknown kind "${kind}"`);
  }
  if (!r.prefix) throw new Error(`${PREFIX_FILES_NAME}: no prefix line`);
  return r;
}

/**
 * Packs `prefix` into `outFile` (.tar.gz), byte-identical for the same tree and `mtime` (seconds).
 * Adds `.swrt-prefix-files`, and `bin/activate` / `bin/conda-unpack` when the env has none (as conda-pack does).
 */
export async function packCondaEnv(prefix: string, outFile: string, mtime: number): Promise<PrefixRecord> {
  const { entries, record } = scanPrefix(prefix);
  const added: TarEntry[] = [];
  const has = (p: string) => entries.some((e) => e.path === p);
  if (!has('bin/activate')) added.push({ path: 'bin/activate', type: 'file', mode: 0o644, data: Buffer.from(ACTIVATE_SCRIPT, 'utf8') });
  if (!has('bin/conda-unpack')) added.push({ path: 'bin/conda-unpack', type: 'file', mode: 0o755, data: Buffer.from(CONDA_UNPACK_SCRIPT, 'utf8') });
  if (added.length && !has('bin')) added.unshift({ path: 'bin', type: 'dir', mode: 0o755 });
  const all: TarEntry[] = [{ path: PREFIX_FILES_NAME, type: 'file', mode: 0o644, data: Buffer.from(renderPrefixFiles(record), 'utf8') }, ...entries, ...added];
  const tarFile = tmpName(`${outFile}.tar`);
  try {
    await writeTar(tarFile, all, mtime);
    // mtime 0 in the gzip header keeps the output byte-identical.
    await pipeline(createReadStream(tarFile), createGzip({ level: 6 }), createWriteStream(outFile));
  } finally {
    rmSync(tarFile, { force: true });
  }
  return record;
}
