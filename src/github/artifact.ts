// Publishes a .swrt as a workflow artifact and fetches one back, through the real @actions/artifact.
// The bundle is already a tar, so it goes up unzipped (`skipArchive`); the library then names the
// artifact after the file, so the artifact is `<name>.swrt` and downloads as that file.
import { DefaultArtifactClient } from '@actions/artifact';
import { mkdir, mkdtemp, readdir, rename, rm, stat, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { UserError, errorMessage } from '../util/errors.js';
import type { Log } from '../util/log.js';

export interface ArtifactNameParts {
  name: string;
  version: string;
  /** Exact `x.y.z`; the name uses `X.Y`. */
  python: string;
  /** CUDA label (`12.4`, `12.4.1`, `cu124`); the name uses `cuX.Y`. */
  cuda?: string;
  osId: string;
  arch: string;
}

const BUNDLE_EXT = '.swrt';
const UNSAFE = /[":<>|*?\r\n\\/]/g;

/** Replaces every character an artifact name may not hold with `-` (runs collapsed). */
export function safeArtifactName(s: string): string {
  return s.replace(UNSAFE, '-').replace(/-{2,}/g, '-').replace(/^[-\s]+|[-\s]+$/g, '');
}

const majorMinor = (v: string) => v.replace(/^(?:cu|py)/i, '').split('.').slice(0, 2).join('.');

function cudaLabel(cuda: string): string {
  const v = cuda.replace(/^cu/i, '');
  // `124` → `12.4` (the cuXYZ short form).
  const dotted = v.includes('.') ? v : v.length >= 3 ? `${v.slice(0, -1)}.${v.slice(-1)}` : v;
  return majorMinor(dotted);
}

/** `<name>-<version[:12]>-py<X.Y>[-cu<X.Y>]-<os>-<arch>`, safe as an artifact name. */
export function defaultArtifactName(p: ArtifactNameParts): string {
  const parts = [p.name, p.version.slice(0, 12), `py${majorMinor(p.python)}`];
  if (p.cuda) parts.push(`cu${cudaLabel(p.cuda)}`);
  parts.push(p.osId, p.arch);
  return safeArtifactName(parts.join('-'));
}

/** The artifact name an upload under `name` gets: the bundle file's name. */
export function bundleArtifactName(name: string): string {
  const safe = safeArtifactName(name);
  return safe.endsWith(BUNDLE_EXT) ? safe : `${safe}${BUNDLE_EXT}`;
}

export interface UploadedArtifact {
  id: number;
  name: string;
  size: number;
  digest?: string;
}

/** The artifact service exists only inside a GitHub Actions job (the runner sets these). */
function requireRunner(what: string): void {
  const env = process.env;
  if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
    throw new UserError(`${what} needs the GitHub Actions artifact service (ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set)`, {
      hint: 'workflow artifacts work only inside a workflow job; use path:, release: or server: elsewhere',
    });
  }
}

const isConflict = (e: unknown) => /\(409\)|already exists/i.test(errorMessage(e));

/**
 * Uploads `file` as the workflow artifact `<name>.swrt` (unzipped). A name already used in this
 * workflow run is a UserError: matrix legs must publish under distinct names.
 */
export async function uploadBundleArtifact(
  opts: { file: string; name: string; retentionDays?: number },
  log: Log,
): Promise<UploadedArtifact> {
  requireRunner('uploading a workflow artifact');
  const name = bundleArtifactName(opts.name);
  const file = resolve(opts.file);
  await stat(file).catch((e: unknown) => {
    throw new UserError(`bundle ${file} does not exist`, { cause: e });
  });
  // skipArchive names the artifact after the file: stage a symlink carrying the name we want.
  const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'swrt-artifact-'));
  try {
    const staged = join(staging, name);
    await symlink(file, staged);
    log.info(`uploading workflow artifact ${name}`);
    const up = await new DefaultArtifactClient().uploadArtifact(name, [staged], staging, {
      skipArchive: true,
      ...(opts.retentionDays ? { retentionDays: opts.retentionDays } : {}),
    });
    if (up.id === undefined) throw new Error(`artifact upload of ${name} returned no id`);
    return { id: up.id, name, size: up.size ?? 0, ...(up.digest ? { digest: up.digest } : {}) };
  } catch (e) {
    if (isConflict(e)) {
      throw new UserError(`workflow artifact "${name}" already exists in this run (the name collides across matrix legs or reruns)`, {
        hint: 'set the artifact-name input to a name unique per job, e.g. include matrix values',
        cause: e,
      });
    }
    throw e;
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function listNames(client: DefaultArtifactClient): Promise<string[]> {
  const { artifacts } = await client.listArtifacts();
  return artifacts.map((a) => a.name).sort();
}

async function findArtifact(client: DefaultArtifactClient, name: string) {
  const candidates = name.endsWith(BUNDLE_EXT) ? [name] : [name, `${name}${BUNDLE_EXT}`];
  for (const n of candidates) {
    try {
      return (await client.getArtifact(n)).artifact;
    } catch (e) {
      if (!/not found/i.test(errorMessage(e))) throw e;
    }
  }
  const names = await listNames(client).catch(() => [] as string[]);
  throw new UserError(`no workflow artifact named "${name}" in this run`, {
    hint: names.length ? `available artifacts: ${names.join(', ')}` : 'this run has no artifacts yet; upload one in an earlier job or step',
  });
}

/**
 * Downloads the workflow artifact `name` (or `name.swrt`) into `destDir` and returns the path of
 * the bundle in it. Zipped artifacts (from actions/upload-artifact) are extracted; there must be
 * exactly one `*.swrt` inside.
 */
export async function downloadBundleArtifact(name: string, destDir: string, log: Log): Promise<string> {
  requireRunner(`restoring from artifact "${name}"`);
  const client = new DefaultArtifactClient();
  const art = await findArtifact(client, name);
  await mkdir(destDir, { recursive: true });
  // A fresh subdirectory, so what we look for is only what this download wrote.
  const dir = await mkdtemp(join(resolve(destDir), 'artifact-'));
  log.info(`downloading workflow artifact ${art.name} (id ${art.id}, ${art.size} bytes)`);
  const dl = await client.downloadArtifact(art.id, { path: dir, ...(art.digest ? { expectedHash: art.digest } : {}) });
  if (dl.digestMismatch) throw new UserError(`workflow artifact "${art.name}" failed its sha256 check after download`, { hint: 'retry; the upload may have been corrupted' });
  const files = await walk(dir);
  const bundles = files.filter((f) => f.endsWith(BUNDLE_EXT));
  if (bundles.length === 1) return bundles[0];
  if (bundles.length === 0 && files.length === 1) {
    // A raw artifact saved without a usable file name (`artifact`): give it the bundle extension.
    const target = join(dir, bundleArtifactName(basename(art.name)));
    await rename(files[0], target);
    return target;
  }
  throw new UserError(`workflow artifact "${art.name}" holds ${bundles.length} .swrt files (${files.map((f) => basename(f)).join(', ') || 'none'}); expected exactly one`, {
    hint: 'upload a single bundle per artifact',
  });
}

async function walk(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else if (e.isFile()) out.push(p);
  }
  return out.sort();
}
