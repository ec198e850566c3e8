// What the appended layers hold (docs/images.md: Layout), as sorted tar entries: the interpreter
// the env's python links to, at its own prefix (pyenv builds carry an absolute RUNPATH there); the
// packed venv at swcli's place for it, its scripts and pyvenv.cfg pointed at that place; the
// bundle's files; a profile script. Entries only name files; the tar writer reads them once.
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { join } from 'node:path';
import { RECORD_NAME } from '../bundle/record.js';
import { VENV_PYTHON_LINK } from '../archive/extract.js';
import type { TarEntry } from '../archive/tar.js';
import { RELOCATABLE_SHEBANG } from '../env/launcher.js';
import { RUNTIME_WORKDIR } from './dockerfile.js';

export const IMAGE_ENV = `${RUNTIME_WORKDIR}/export/venv`;

type Skip = (rel: string) => boolean;

/** Every entry under `root` as `into/<rel>`, sorted by name, directories before what they hold. */
export function walk(root: string, into: string, skip: Skip, rewrite?: (rel: string, text: Buffer) => Buffer | undefined, rel = ''): TarEntry[] {
  const out: TarEntry[] = [];
  for (const name of readdirSync(join(root, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    if (skip(r)) continue;
    const full = join(root, r);
    const path = `${into}/${r}`.replace(/^\/+/, '');
    const st = lstatSync(full);
    if (st.isSymbolicLink()) out.push({ path, type: 'symlink', mode: 0o777, linkname: readlinkSync(full) });
    else if (st.isDirectory()) out.push({ path, type: 'dir', mode: 0o755 }, ...walk(root, into, skip, rewrite, r));
    else if (st.isFile()) {
      const mode = st.mode & 0o111 ? 0o755 : 0o644;
      const data = rewrite?.(r, readFileSync(full));
      out.push(data ? { path, type: 'file', mode, data } : { path, type: 'file', mode, source: full, size: st.size, expect: { dev: st.dev, ino: st.ino } });
    }
  }
  return out;
}

/** The directories above `path` (image-absolute), outermost first, as entries. */
function parents(path: string): TarEntry[] {
  const parts = path.replace(/^\/+/, '').split('/').slice(0, -1);
  return parts.map((_, i) => ({ path: parts.slice(0, i + 1).join('/'), type: 'dir' as const, mode: 0o755 }));
}

/** The interpreter's prefix, without what a venv never loads (tests, static libs, headers, caches, its own site-packages). */
export function interpreterEntries(prefix: string, minor: string, keepSitePackages: boolean): TarEntry[] {
  const lib = `lib/python${minor}`;
  const dropped = new Set(['include', 'share', 'lib/pkgconfig', `${lib}/test`, `${lib}/idlelib`, ...(keepSitePackages ? [] : [`${lib}/site-packages`])]);
  const skip: Skip = (r) => r.endsWith('__pycache__') || dropped.has(r) || (r.startsWith(`${lib}/config-`) && !r.slice(lib.length + 1).includes('/')) || /^lib\/[^/]+\.a$/.test(r);
  // Top-level directories (/root, /opt) keep the base image's own mode: no entry for them.
  return [...parents(`${prefix}/x`).slice(1), ...walk(prefix, prefix, skip)];
}

export interface EnvLayout {
  /** The unpacked packed env. */
  staging: string;
  /** Where the env was built (its scripts name it). */
  oldPrefix: string;
  /** The interpreter in the image (an absolute path). */
  interpreter: string;
  version: string;
}

/** The packed venv at IMAGE_ENV: scripts moved there, python links and pyvenv.cfg pointed at the image's interpreter. */
export function envEntries(e: EnvLayout): TarEntry[] {
  const minor = e.version.split('.').slice(0, 2).join('.');
  const rewrite = (rel: string, buf: Buffer): Buffer | undefined => {
    if (rel === 'pyvenv.cfg') return Buffer.from(pyvenvCfg(buf.toString('utf8'), e), 'utf8');
    // Only a real absolute prefix is replaced (a crafted '/' would rewrite every path in the script).
    if (!/^bin\/[^/]+$/.test(rel) || buf.length > 1 << 20 || buf.includes(0)) return undefined;
    const text = buf.toString('utf8');
    // The packed env's relocatable scripts need realpath and dirname in the base; the image's env
    // has a fixed place, so they get a plain shebang naming it.
    if (text.startsWith(RELOCATABLE_SHEBANG)) return Buffer.from(`#!${IMAGE_ENV}/bin/python\n${text.slice(RELOCATABLE_SHEBANG.length)}`, 'utf8');
    if (!/^\/[^/]/.test(e.oldPrefix)) return undefined;
    return text.includes(e.oldPrefix) ? Buffer.from(text.split(e.oldPrefix).join(IMAGE_ENV), 'utf8') : undefined;
  };
  const skip: Skip = (r) => r.endsWith('__pycache__') || VENV_PYTHON_LINK.test(r) || r === '.swrt-status';
  const entries = walk(e.staging, IMAGE_ENV, skip, rewrite);
  const bin = `${IMAGE_ENV}/bin`.slice(1);
  entries.push(
    { path: `${bin}/python`, type: 'symlink', mode: 0o777, linkname: e.interpreter },
    { path: `${bin}/python3`, type: 'symlink', mode: 0o777, linkname: 'python' },
    { path: `${bin}/python${minor}`, type: 'symlink', mode: 0o777, linkname: 'python' },
  );
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...parents(`${IMAGE_ENV}/x`).slice(1), ...entries];
}

function pyvenvCfg(old: string, e: EnvLayout): string {
  const set: Record<string, string> = { home: e.interpreter.replace(/\/[^/]+$/, ''), executable: e.interpreter, command: `${e.interpreter} -m venv ${IMAGE_ENV}` };
  const lines = old
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => {
      const key = /^\s*([A-Za-z_-]+)\s*=/.exec(l)?.[1]?.toLowerCase();
      if (key && key in set) {
        const v = set[key]!;
        delete set[key];
        return `${key} = ${v}`;
      }
      return l;
    });
  for (const [k, v] of Object.entries(set)) lines.push(`${k} = ${v}`);
  return `${lines.join('\n')}\n`;
}

/** The extracted bundle's files, without its env (a layer of its own) and swrt's extraction record. */
export function bundleEntries(workdir: string): TarEntry[] {
  const skip: Skip = (r) => r === 'export' || r === RECORD_NAME || r === '.dockerignore';
  return [...parents(`${RUNTIME_WORKDIR}/x`).slice(1), ...walk(workdir, RUNTIME_WORKDIR, skip)];
}

/** A login shell in the image has the runtime active, as swcli's dockerized images do through .bashrc. */
export function profileEntries(): TarEntry[] {
  const script = `# Written by swrt image: the runtime's env, active in login shells.\n. ${IMAGE_ENV}/bin/activate\n`;
  return [
    { path: 'etc', type: 'dir', mode: 0o755 },
    { path: 'etc/profile.d', type: 'dir', mode: 0o755 },
    { path: 'etc/profile.d/swrt-runtime.sh', type: 'file', mode: 0o644, data: Buffer.from(script, 'utf8') },
  ];
}
