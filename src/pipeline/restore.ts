// Extract + restore + activate for a bundle given as a store URI, a .swrt path or an extracted dir.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { extractArchive } from '../archive/extract.js';
import { bundleDigest, readRecord, unchanged, writeRecord, type BundleRecord } from '../bundle/record.js';
import { readManifest, readWorkdirManifest } from '../bundle/swrt.js';
import type { Manifest } from '../bundle/manifest.js';
import { checkTargetDir, type RestoredEnv } from '../env/restore.js';
import { checkName, checkVersion } from '../util/names.js';
import { LocalStore } from '../store/store.js';
import { resolveLocal } from '../store/uri.js';
import { provisionToolchain, type Toolchain } from '../toolchain/provision.js';
import { interpreterVersion } from '../toolchain/python.js';
import { isNoCuda } from '../spec/index.js';
import type { Mode } from '../spec/types.js';
import { UserError } from '../util/errors.js';
import { sweepDebris } from '../util/tmp.js';
import { envBackend, type EnvRestoreRequest } from './backends/index.js';

export interface ExtractResult {
  workdir: string;
  name: string;
  version: string;
}

/**
 * Extracts a bundle (URI or .swrt path) into its store workdir, unless already there. The workdir is
 * named by the manifest's name and version, which must be valid names; a `targetDir` the user gave
 * is replaced only when missing, empty, already this runtime, or with `force`. A workdir is reused
 * only when its record names this bundle's sha256 (a workdir swcli made has none: it is trusted for
 * the store's own bundle only). A .swrt file that claims a stored name/version with other bytes is
 * extracted into a workdir of its own, keyed by its digest, never into the stored version's.
 */
export async function extractBundle(ref: string, opts: { targetDir?: string; force?: boolean; storeRoot?: string; project?: string }): Promise<ExtractResult> {
  const found = resolveLocal(ref, opts.storeRoot);
  const m = await readManifest(found.path);
  const from = `the bundle's manifest (${found.path})`;
  // swcli writes no `name` into a bundle's manifest: in the store, the name is where it is kept.
  const name = checkName(m.name ?? (found.store ? found.name : undefined), 'runtime name', from);
  const version = checkVersion(m.version, from);
  if (found.store && (found.name.toLowerCase() !== name.toLowerCase() || found.version !== version)) {
    throw new UserError(`${from} names ${name}/version/${version}, but the store holds it as ${found.name}/version/${found.version}`, { hint: 'the bundle was crafted or misplaced; remove it from the store' });
  }
  if (opts.targetDir !== undefined) {
    const workdir = resolve(opts.targetDir);
    const had = readRecord(workdir);
    const digest = await bundleDigest(found.path, had);
    if (!opts.force && had?.sha256 === digest.sha256 && existsSync(join(workdir, '_manifest.yaml'))) return { workdir, name, version };
    if (!isExtracted(workdir, name, version)) checkTargetDir(workdir, opts.force, '--target-dir');
    await extractRecorded(found.path, workdir, digest, digest);
    return { workdir, name, version };
  }
  const store = found.store ?? new LocalStore(opts.storeRoot, opts.project);
  const own = found.store ? store.workdir(found.name, found.version) : store.workdir(name, version);
  store.real(own);
  const had = readRecord(own);
  // The store's bundle of this name/version (the one opened, for a URI), its digest cached by the workdir's record.
  const storedPath = found.store ? found.path : existingFile(store.bundlePath(name, version));
  const stored = storedPath === undefined ? undefined : await bundleDigest(storedPath, had);
  const mine = found.store ? stored! : await bundleDigest(found.path);
  const foreign = stored !== undefined && stored.sha256 !== mine.sha256;
  const workdir = foreign ? store.digestWorkdir(mine.sha256) : own;
  const rec = foreign ? readRecord(store.real(workdir)[0]!) : had;
  // No record: a workdir swcli made, trusted for the store's own bundle only.
  const matches = rec ? rec.sha256 === mine.sha256 : !foreign && stored !== undefined;
  if (!opts.force && matches && existsSync(join(workdir, '_manifest.yaml'))) return { workdir, name, version };
  sweepDebris(dirname(workdir));
  await extractRecorded(found.path, workdir, !foreign && stored ? stored : mine, mine);
  return { workdir, name, version };
}

/** Replaces `workdir` by the bundle's content with its record `rec` (written before the swap), if `file` is still the one `hashed`. */
async function extractRecorded(file: string, workdir: string, rec: BundleRecord, hashed: BundleRecord): Promise<void> {
  const prepare = (dir: string) => {
    if (!unchanged(file, hashed)) throw new UserError(`${file} changed while it was being extracted`, { hint: 'run the command again once nothing writes to it' });
    writeRecord(dir, rec);
  };
  await extractArchive(file, workdir, { force: true, prepare });
}

function existingFile(p: string): string | undefined {
  try {
    return statSync(p).isFile() ? p : undefined;
  } catch {
    return undefined;
  }
}

/** Whether `dir` holds this very runtime, extracted earlier. */
function isExtracted(dir: string, name: string, version: string): boolean {
  const f = join(dir, '_manifest.yaml');
  if (!existsSync(f)) return false;
  try {
    const m = parse(readFileSync(f, 'utf8')) as { name?: unknown; version?: unknown } | null;
    return (m?.name ?? name) === name && m?.version === version;
  } catch {
    return false;
  }
}

export interface RestoreRequest extends EnvRestoreRequest {
  ref: string;
  storeRoot?: string;
  /** The CUDA toolkit to provision before the env is restored; default: the one the bundle records. */
  cuda?: CudaChoice;
}

/** A CUDA version (or "none") over the bundle's, with how to provision it. */
export interface CudaChoice {
  cuda?: string;
  cudnn?: string;
  components?: string;
  ldLibraryPath?: boolean;
  mirror?: string;
  pythonMirror?: string;
}

export interface RestoredRuntime extends RestoredEnv {
  workdir: string;
  name: string;
  version: string;
  /** The env's own interpreter, as it reports itself. */
  interpreter: { version: string; path: string };
  /** The CUDA toolkit provisioned for it (none when the bundle records none). */
  toolchain: Toolchain;
}

/**
 * A runtime made ready to use, the same from the CLI and the action: the bundle extracted (unless
 * `ref` is already an extracted workdir), the CUDA toolkit it records provisioned (a CudaChoice
 * wins; "none" skips it), then its env restored with that toolkit in view.
 */
export async function restore(req: RestoreRequest): Promise<RestoredRuntime> {
  const isDir = existsSync(req.ref) && statSync(req.ref).isDirectory();
  const workdir = isDir ? resolve(req.ref) : (await extractBundle(req.ref, { storeRoot: req.storeRoot })).workdir;
  const manifest = readWorkdirManifest(workdir);
  const toolchain = await provisionRecordedCuda(manifest, req);
  const env = toolchain.cuda ? { ...(req.env ?? process.env), ...toolchain.cuda.env } : req.env;
  const restored = await restoreWorkdirEnv(workdir, manifest, { ...req, env });
  const pythonPath = join(restored.envDir, 'bin', 'python');
  return {
    ...restored,
    workdir,
    name: typeof manifest.name === 'string' ? manifest.name : '',
    version: typeof manifest.version === 'string' ? manifest.version : '',
    interpreter: { version: await interpreterVersion(pythonPath, req.log), path: pythonPath },
    toolchain,
  };
}

/** The toolkit a restore needs: the choice's CUDA, else the manifest's environment.cuda; "none" is none. */
async function provisionRecordedCuda(manifest: Manifest, req: RestoreRequest): Promise<Toolchain> {
  const choice = req.cuda ?? {};
  if (isNoCuda(choice.cuda)) return {};
  const recorded = (manifest.environment ?? {}) as { cuda?: unknown; cudnn?: unknown };
  const cuda = choice.cuda || (typeof recorded.cuda === 'string' ? recorded.cuda : '');
  const cudnn = choice.cudnn || (typeof recorded.cudnn === 'string' ? recorded.cudnn : '');
  if (!cuda) return {};
  return provisionToolchain({ cuda, cudnn, cudaComponents: choice.components, ldLibraryPath: choice.ldLibraryPath }, { log: req.log, env: req.env, cudaMirror: choice.mirror, pythonMirror: choice.pythonMirror });
}

/** Restores the env of an extracted bundle with the backend its mode names. */
function restoreWorkdirEnv(workdir: string, manifest: Manifest, req: RestoreRequest): Promise<RestoredEnv> {
  return envBackend(manifestMode(manifest)).restore(workdir, manifest, req);
}

/** venv or conda, as the extracted bundle's manifest says; any other mode is refused. */
export function workdirMode(workdir: string): Mode {
  return envBackend(manifestMode(readWorkdirManifest(workdir))).mode;
}

const manifestMode = (m: Manifest): string => (typeof m.environment?.mode === 'string' ? m.environment.mode : 'venv');
