// `pip freeze --exclude-editable` of a venv, computed from its site-packages metadata instead of a
// subprocess, so that an env built by uv (which has no pip) locks to the same text pip would print.
// Follows pip's freeze: the name as written in METADATA, the PEP 440 normal form of the version,
// PEP 610 direct_url.json for URL, VCS and directory installs, editables dropped, pip's own tools
// hidden, sorted case-insensitively by name.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** pip's stdlib_pkgs, always hidden. */
const STDLIB_PKGS = ['python', 'wsgiref', 'argparse'];

export const canonicalName = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');

const VERSION_RE = new RegExp(
  '^\\s*v?(?:(?:([0-9]+)!)?([0-9]+(?:\\.[0-9]+)*)' +
    '([-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?([0-9]+)?)?' +
    '((?:-([0-9]+))|(?:[-_.]?(post|rev|r)[-_.]?([0-9]+)?))?' +
    '([-_.]?(dev)[-_.]?([0-9]+)?)?)' +
    '(?:\\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?\\s*$',
  'i',
);

const int = (s: string) => s.replace(/^0+(?=\d)/, '');

/** str(packaging.version.Version(v)), or undefined when v is not a PEP 440 version. */
export function normalizeVersion(v: string): string | undefined {
  const m = VERSION_RE.exec(v);
  if (!m) return undefined;
  const [, epoch, release, pre, preL, preN, post, postN1, , postN2, dev, , devN, local] = m;
  let out = epoch && int(epoch) !== '0' ? `${int(epoch)}!` : '';
  out += release!.split('.').map(int).join('.');
  if (pre) {
    const l = preL!.toLowerCase();
    out += (l === 'alpha' ? 'a' : l === 'beta' ? 'b' : ['c', 'pre', 'preview'].includes(l) ? 'rc' : l) + int(preN ?? '0');
  }
  if (post) out += `.post${int(postN1 ?? postN2 ?? '0')}`;
  if (dev) out += `.dev${int(devN ?? '0')}`;
  if (local) out += `+${local.toLowerCase().split(/[-_.]/).map((p) => (/^\d+$/.test(p) ? int(p) : p)).join('.')}`;
  return out;
}

/** The first value of each RFC 822 header in a METADATA/PKG-INFO text (headers end at a blank line). */
function headers(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    if (line === '') break;
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*)$/.exec(line);
    if (m && !out.has(m[1]!.toLowerCase())) out.set(m[1]!.toLowerCase(), m[2]!.trim());
  }
  return out;
}

interface DirectUrl {
  url?: unknown;
  subdirectory?: unknown;
  archive_info?: { hash?: unknown };
  dir_info?: { editable?: unknown };
  vcs_info?: { vcs?: unknown; commit_id?: unknown };
}

function readDirectUrl(file: string): DirectUrl | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const d = JSON.parse(readFileSync(file, 'utf8')) as DirectUrl;
    const infos = [d.archive_info, d.dir_info, d.vcs_info].filter((i) => i && typeof i === 'object');
    // pip ignores a direct_url.json it cannot validate and freezes the dist as name==version.
    if (typeof d.url !== 'string' || infos.length !== 1) return undefined;
    if (d.vcs_info && (typeof d.vcs_info.vcs !== 'string' || typeof d.vcs_info.commit_id !== 'string')) return undefined;
    return d;
  } catch {
    return undefined;
  }
}

/** pip's direct_url_as_pep440_direct_reference. */
function directReference(name: string, d: DirectUrl): string {
  let req = `${name} @ `;
  const fragments: string[] = [];
  if (d.vcs_info) req += `${String(d.vcs_info.vcs)}+${String(d.url)}@${String(d.vcs_info.commit_id)}`;
  else {
    req += String(d.url);
    if (d.archive_info && typeof d.archive_info.hash === 'string' && d.archive_info.hash) fragments.push(d.archive_info.hash);
  }
  if (typeof d.subdirectory === 'string' && d.subdirectory) fragments.push(`subdirectory=${d.subdirectory}`);
  return fragments.length ? `${req}#${fragments.join('&')}` : req;
}

/** The venv's site-packages directories (lib/pythonX.Y/site-packages) with their X.Y. */
function sitePackages(envDir: string): { dir: string; minor: [number, number] }[] {
  const lib = join(envDir, 'lib');
  if (!existsSync(lib)) return [];
  return readdirSync(lib)
    .sort()
    .map((d) => ({ m: /^python(\d+)\.(\d+)$/.exec(d), dir: join(lib, d, 'site-packages') }))
    .filter((x) => x.m && existsSync(x.dir))
    .map((x) => ({ dir: x.dir, minor: [Number(x.m![1]), Number(x.m![2])] as [number, number] }));
}

interface Frozen {
  name: string;
  line: string;
}

function frozenDist(site: string, entry: string): Frozen | undefined {
  const path = join(site, entry);
  let meta: string;
  let info: string | undefined;
  if (entry.endsWith('.dist-info')) {
    if (!existsSync(join(path, 'METADATA'))) return undefined;
    meta = readFileSync(join(path, 'METADATA'), 'utf8');
    info = path;
  } else if (entry.endsWith('.egg-info')) {
    const file = statSync(path).isDirectory() ? join(path, 'PKG-INFO') : path;
    if (!existsSync(file)) return undefined;
    meta = readFileSync(file, 'utf8');
  } else return undefined;
  const h = headers(meta);
  const name = h.get('name');
  const version = h.get('version') ?? '';
  if (!name) return undefined;
  const direct = info ? readDirectUrl(join(info, 'direct_url.json')) : undefined;
  if (direct?.dir_info?.editable === true) return { name, line: '' };
  if (direct) return { name, line: directReference(name, direct) };
  const normal = normalizeVersion(version);
  return { name, line: normal === undefined ? `${name}===${version}` : `${name}==${normal}` };
}

/** Exactly what `python -m pip freeze --exclude-editable` prints for the venv at envDir. */
export function freezeEnv(envDir: string): string {
  const installed = new Map<string, Frozen>();
  let minor: [number, number] = [3, 12];
  for (const site of sitePackages(envDir)) {
    minor = site.minor;
    for (const entry of readdirSync(site.dir).sort()) {
      const f = frozenDist(site.dir, entry);
      if (f) installed.set(canonicalName(f.name), f);
    }
  }
  // Before Python 3.12 pip also hides the build tools it used to seed every venv with.
  const skip = new Set([...STDLIB_PKGS, 'pip', ...(minor[0] === 3 && minor[1] < 12 ? ['setuptools', 'distribute', 'wheel'] : [])]);
  return [...installed.entries()]
    .filter(([canon, f]) => f.line !== '' && !skip.has(canon))
    .map(([, f]) => f)
    .sort((a, b) => {
      const x = a.name.toLowerCase();
      const y = b.name.toLowerCase();
      return x < y ? -1 : x > y ? 1 : 0;
    })
    .map((f) => `${f.line}\n`)
    .join('');
}
