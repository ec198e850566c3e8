// --include-env: the built venv packed as export/venv_env.tar.gz (deterministic: sorted entries,
// fixed mtime, symlinks kept), and unpacked at restore with its absolute paths moved to the new place.
// bin/python, python3 and python3.N pointed at the build interpreter, which the restoring machine may
// not have at that path: they are packed as a launcher instead (launcher.ts), and scripts that ran
// the build env's python get a shebang that finds the env's python wherever it is. `swrt restore`
// links the python names to an interpreter of the exact version pyvenv.cfg records.
import { createWriteStream, lstatSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { VENV_PYTHON_LINK } from '../archive/extract.js';
import { regularFileInside, rewriteFile } from '../archive/inplace.js';
import { ParallelGzip } from '../archive/parallel-gzip.js';
import { writeTarTo, type TarEntry } from '../archive/tar.js';
import { UserError } from '../util/errors.js';
import { pythonLauncher, relocatableScript } from './launcher.js';
import { tmpName } from '../util/tmp.js';

/** The exact x.y.z a venv's pyvenv.cfg records (`version` from venv, `version_info` from uv, virtualenv). */
export function pyvenvVersion(cfg: string): string | undefined {
  for (const line of cfg.split(/\r?\n/)) {
    const m = /^\s*(version|version_info)\s*=\s*(\d+\.\d+\.\d+)\b/.exec(line);
    if (m) return m[2];
  }
  return undefined;
}

/** A bin/ script that ran the build env's python, rewritten to find the env's python next to itself. */
function relocatedScript(full: string, size: number, envDir: string): Buffer | undefined {
  if (size > 1024 * 1024) return undefined;
  const buf = readFileSync(full);
  if (buf.subarray(0, 2).toString() !== '#!' || buf.includes(0)) return undefined;
  const text = relocatableScript(buf.toString('utf8'), envDir);
  return text === undefined ? undefined : Buffer.from(text, 'utf8');
}

/** The tar entries packEnv writes for the venv at `root`, whose pyvenv.cfg records `version` (exported for bench/pack.ts). */
export function entries(root: string, version: string, rel = ''): TarEntry[] {
  const out: TarEntry[] = [];
  const names = readdirSync(join(root, rel)).sort();
  if (rel === 'bin') {
    const minor = version.split('.').slice(0, 2).join('.');
    const python: TarEntry[] = [
      { path: 'bin/python', type: 'file', mode: 0o755, data: Buffer.from(pythonLauncher(version), 'utf8') },
      { path: 'bin/python3', type: 'symlink', mode: 0o777, linkname: 'python' },
      { path: `bin/python${minor}`, type: 'symlink', mode: 0o777, linkname: 'python' },
    ];
    out.push(...python);
  }
  for (const name of names) {
    if (name === '__pycache__') continue; // rebuilt on first import; holds absolute paths and timestamps
    const p = rel ? `${rel}/${name}` : name;
    const full = join(root, p);
    if (VENV_PYTHON_LINK.test(p)) continue; // the launcher above stands for them
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.push({ path: p, type: 'symlink', mode: 0o777, linkname: readlinkSync(full) });
    else if (st.isDirectory()) out.push({ path: p, type: 'dir', mode: 0o755 }, ...entries(root, version, p));
    else {
      const mode = st.mode & 0o111 ? 0o755 : 0o644;
      const script = rel === 'bin' ? relocatedScript(full, st.size, root) : undefined;
      out.push(script ? { path: p, type: 'file', mode, data: script } : { path: p, type: 'file', mode, source: full, size: st.size });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Packs `envDir` into `outFile`, which appears whole (temp names of its own, then a rename) or not at all. */
export async function packEnv(envDir: string, outFile: string, mtime: number): Promise<void> {
  let cfg = '';
  try {
    cfg = readFileSync(join(envDir, 'pyvenv.cfg'), 'utf8');
  } catch {
    // reported below
  }
  const version = pyvenvVersion(cfg);
  if (!version) throw new UserError(`cannot pack ${envDir}: its pyvenv.cfg records no exact python version`, { hint: 'the env must be a venv made by uv or python -m venv' });
  const gzFile = tmpName(outFile);
  try {
    // The tar streams straight into gzip (no temp tar), at level 1 (most of level 6's ratio on a
    // venv at a fraction of its time), as parallel gzip members of fixed size: the same bytes on
    // any number of cores.
    await writeTarTo(new ParallelGzip(createWriteStream(gzFile), { level: 1 }), entries(envDir, version), mtime);
    renameSync(gzFile, outFile);
  } finally {
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
