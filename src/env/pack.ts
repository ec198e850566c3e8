// --include-env: the built venv packed as export/venv_env.tar.gz (deterministic: sorted entries,
// fixed mtime, symlinks kept), and unpacked at restore with its absolute paths moved to the new place.
// bin/python, python3 and python3.N are left out: they point at the build interpreter, which the
// restoring machine may not have at that path; restore links them to one of the exact version that
// pyvenv.cfg records.
import { createReadStream, createWriteStream, lstatSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { VENV_PYTHON_LINK } from '../archive/extract.js';
import { regularFileInside, rewriteFile } from '../archive/inplace.js';
import { writeTar, type TarEntry } from '../archive/tar.js';
import { UserError } from '../util/errors.js';
import { tmpName } from '../util/tmp.js';

/** The exact x.y.z a venv's pyvenv.cfg records (`version` from venv, `version_info` from uv, virtualenv). */
export function pyvenvVersion(cfg: string): string | undefined {
  for (const line of cfg.split(/\r?\n/)) {
    const m = /^\s*(version|version_info)\s*=\s*(\d+\.\d+\.\d+)\b/.exec(line);
    if (m) return m[2];
  }
  return undefined;
}

function entries(root: string, rel = ''): TarEntry[] {
  const out: TarEntry[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    if (name === '__pycache__') continue; // rebuilt on first import; holds absolute paths and timestamps
    const p = rel ? `${rel}/${name}` : name;
    const full = join(root, p);
    if (VENV_PYTHON_LINK.test(p)) continue; // recreated at restore
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.push({ path: p, type: 'symlink', mode: 0o777, linkname: readlinkSync(full) });
    else if (st.isDirectory()) out.push({ path: p, type: 'dir', mode: 0o755 }, ...entries(root, p));
    else out.push({ path: p, type: 'file', mode: st.mode & 0o111 ? 0o755 : 0o644, source: full, size: st.size });
  }
  return out;
}

/** Packs `envDir` into `outFile`, which appears whole (temp names of its own, then a rename) or not at all. */
export async function packEnv(envDir: string, outFile: string, mtime: number): Promise<void> {
  let cfg = '';
  try {
    cfg = readFileSync(join(envDir, 'pyvenv.cfg'), 'utf8');
  } catch {
    // reported below
  }
  if (!pyvenvVersion(cfg)) throw new UserError(`cannot pack ${envDir}: its pyvenv.cfg records no exact python version`, { hint: 'the env must be a venv made by uv or python -m venv' });
  const tarFile = tmpName(`${outFile}.tar`);
  const gzFile = tmpName(outFile);
  try {
    await writeTar(tarFile, entries(envDir), mtime);
    // mtime 0 in the gzip header keeps the output byte-identical.
    await pipeline(createReadStream(tarFile), createGzip({ level: 6 }), createWriteStream(gzFile));
    renameSync(gzFile, outFile);
  } finally {
    rmSync(tarFile, { force: true });
    rmSync(gzFile, { force: true });
  }
}

/**
 * Rewrites the old env path in activate scripts and script shebangs after an unpack elsewhere. Only
 * regular files directly in a real bin/ are touched (a symlink, or anything reached through one, is
 * skipped); each is replaced by a new file, so a hard link to it elsewhere is never changed.
 */
export function relocateEnv(envDir: string, oldPrefix: string): number {
  if (!oldPrefix || oldPrefix === envDir) return 0;
  let changed = 0;
  const bin = join(envDir, 'bin');
  let isDir = false;
  try {
    isDir = lstatSync(bin).isDirectory();
  } catch {
    return 0;
  }
  if (!isDir) return 0;
  for (const name of readdirSync(bin)) {
    const f = regularFileInside(envDir, `bin/${name}`);
    if (!f) continue;
    const st = lstatSync(f);
    if (st.size > 1024 * 1024) continue;
    const buf = readFileSync(f);
    if (buf.includes(0)) continue; // a binary
    const text = buf.toString('utf8');
    if (!text.includes(oldPrefix)) continue;
    rewriteFile(f, Buffer.from(text.split(oldPrefix).join(envDir), 'utf8'), st.mode);
    changed++;
  }
  return changed;
}
