// Provisions a CUDA toolkit (and optionally cuDNN) from NVIDIA's redist archives: resolve the label,
// fetch redistrib_<label>.json from the mirror, pick the platform and components, download them in
// parallel (size + sha256 checked), extract safely, merge into one root with lib64 -> lib, and keep
// it in the tool cache keyed by label + platform + component set. Never touches a GPU or a driver.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';
import { extractTool } from './archive.js';
import { cudaMirror, envOf, machineOf, NVIDIA_BASE, toolCacheArch, toolCacheRoot, type ToolchainContext } from './context.js';
import {
  componentFile,
  componentSet,
  knownCudaLabels,
  knownCudnnLabels,
  manifestPin,
  parseManifest,
  redistPlatform,
  resolveCudaLabel,
  resolveCudnnLabel,
  type RedistFile,
  type RedistManifest,
} from './cuda-redist.js';
import { download, formatBytes } from './download.js';
import { checkHostCompiler } from './gcc-range.js';
import { distrust, entryDir, installCached, type Provenance, type ToolCacheEntry } from './tool-cache.js';

export interface CudaRequest {
  /** "12.4" (newest known 12.4.x) or an exact label "12.4.1". */
  version: string;
  /** A preset (minimal, torch-extension) or a comma list of redist component names. */
  components?: string;
  /** "9", "9.8" or an exact cuDNN label; empty for none. */
  cudnn?: string;
  /** Also put the lib dirs on LD_LIBRARY_PATH (opt-in: it can shadow pip-installed CUDA libs). */
  ldLibraryPath?: boolean;
}

export interface CudaToolkit {
  /** The exact redist label, e.g. 12.4.1. */
  label: string;
  home: string;
  platform: string;
  components: string[];
  binDir: string;
  libDir: string;
  cudnnVersion?: string;
  cudnnHome?: string;
  /** CUDA_HOME, CUDA_PATH, CUDAToolkit_ROOT (+ CUDNN_HOME, + LD_LIBRARY_PATH when asked). */
  env: Record<string, string>;
  source: 'tool-cache' | 'download';
  downloadedBytes: number;
}

interface Fetched {
  manifest: RedistManifest;
  url: string;
  base: string;
  bytes: number;
  /** sha256 of the manifest: the tool-cache marker records it (the archives are checked against the manifest). */
  sha256: string;
}

function shortHash(s: string): string {
  return createHash('sha256').update(s).digest('hex').slice(0, 8);
}

async function fetchManifest(product: 'cuda' | 'cudnn', label: string, ctx: ToolchainContext, scratch: string): Promise<Fetched> {
  const mirror = cudaMirror(ctx);
  const base = `${mirror}/${product}/redist`;
  const url = `${base}/redistrib_${label}.json`;
  const dest = join(scratch, `redistrib_${product}_${label}.json`);
  let got;
  try {
    got = await download({ url, dest, what: `${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} manifest` }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs });
  } catch (e) {
    if (e instanceof UserError && /HTTP 404/.test(e.message)) {
      const known = product === 'cuda' ? knownCudaLabels() : knownCudnnLabels();
      throw new UserError(`${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} has no redist manifest at ${url} (HTTP 404)`, {
        hint: `check the version and cuda-mirror; labels we know: ${known.slice(-12).join(', ')}`,
        cause: e,
      });
    }
    throw e;
  }
  const pin = manifestPin(product, label);
  if (pin && got.sha256 !== pin) {
    const msg = `the ${product} ${label} manifest from ${url} has sha256 ${got.sha256}, but NVIDIA's is pinned as ${pin}`;
    if (mirror === NVIDIA_BASE) throw new UserError(msg, { hint: 'the manifest changed upstream or was tampered with; report it' });
    ctx.log.warn(`${msg}; trusting the mirror you configured (archives are still checked against this manifest)`);
  }
  return { manifest: parseManifest(readFileSync(dest, 'utf8'), url), url, base, bytes: got.bytes, sha256: got.sha256 };
}

/** Downloads all files in parallel, then extracts each (strip 1) into `into`. Returns bytes. */
async function fetchAndMerge(files: { name: string; file: RedistFile }[], base: string, into: string, scratch: string, ctx: ToolchainContext): Promise<number> {
  const local = await Promise.all(
    files.map(async ({ name, file }) => {
      const dest = join(scratch, file.relative_path.split('/').pop()!);
      const size = file.size === undefined ? undefined : Number(file.size);
      const got = await download(
        { url: `${base}/${file.relative_path}`, dest, what: name, sha256: file.sha256, size: Number.isFinite(size) ? size : undefined },
        { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs },
      );
      return { name, dest, bytes: got.bytes };
    }),
  );
  for (const l of local) {
    if (!l.dest.endsWith('.tar.xz') && !l.dest.endsWith('.tar.gz')) throw new UserError(`${l.name}: ${l.dest} is not a .tar.xz archive`, { hint: 'Linux redist archives are .tar.xz; check the platform' });
    await extractTool(l.dest, into, { log: ctx.log, strip: 1, what: l.name });
    rmSync(l.dest, { force: true });
  }
  if (existsSync(join(into, 'lib')) && !existsSync(join(into, 'lib64'))) symlinkSync('lib', join(into, 'lib64'));
  return local.reduce((n, l) => n + l.bytes, 0);
}

async function provisionCudnn(want: string, cudaLabel: string, ctx: ToolchainContext, scratch: string): Promise<{ label: string; home: string; bytes: number }> {
  const label = resolveCudnnLabel(want);
  const machine = machineOf(ctx);
  const platform = redistPlatform(machine);
  const variant = `cuda${cudaLabel.split('.')[0]}`;
  const entry: ToolCacheEntry = { root: toolCacheRoot(ctx), tool: cudnnTool(cudaLabel), version: label, arch: toolCacheArch(machine) };
  const hit = trustedEntry(entry, 'cudnn', label, ctx);
  if (hit) {
    ctx.log.info(`cuDNN ${label} (${variant}, ${platform}): tool cache hit (${hit})`);
    return { label, home: hit, bytes: 0 };
  }
  const m = await fetchManifest('cudnn', label, ctx, scratch);
  const file = componentFile(m.manifest, 'cudnn', platform, label, variant);
  let bytes = m.bytes;
  const home = await installCached(entry, async (tmp) => {
    bytes += await fetchAndMerge([{ name: `cudnn ${file.version ?? label} (${variant})`, file }], m.base, tmp, scratch, ctx);
  }, manifestProvenance('cudnn', label, m));
  ctx.log.info(`cuDNN ${label} (${variant}, ${platform}) installed at ${home}`);
  return { label, home, bytes };
}

/**
 * A tool-cache entry is used when its marker names the manifest sha256 pinned for the label (the
 * archives in it were checked against that manifest). Without a pin, or with a cuda-mirror (whose
 * manifest fetchManifest already trusts over the pin, with a warning), any complete marker whose
 * tree is unchanged will do.
 */
function trustedEntry(entry: ToolCacheEntry, product: 'cuda' | 'cudnn', label: string, ctx: ToolchainContext): string | undefined {
  const pin = cudaMirror(ctx) === NVIDIA_BASE ? manifestPin(product, label) : undefined;
  const why = distrust(entry, pin ? [pin] : undefined);
  if (why && why !== 'no entry') ctx.log.warn(`${product === 'cuda' ? 'CUDA' : 'cuDNN'} ${label} in the tool cache (${entryDir(entry)}) is not used: ${why}; downloading it again`);
  return why ? undefined : entryDir(entry);
}

function manifestProvenance(product: 'cuda' | 'cudnn', label: string, m: Fetched): Provenance {
  const pinned = manifestPin(product, label) === m.sha256;
  return { sha256: [m.sha256], against: `${pinned ? 'the pinned' : 'the mirror\'s'} ${product} ${label} redist manifest (${m.url})` };
}

const cudaTool = (platform: string, names: readonly string[]) => `swrt-cuda-${shortHash(`${platform}:${names.join(',')}`)}`;
const cudnnTool = (cudaLabel: string) => `swrt-cudnn-cuda${cudaLabel.split('.')[0]}`;

/** What a request resolves to without any network: label, components, and the tool-cache dirs it fills. */
export function planCuda(req: CudaRequest, ctx: ToolchainContext): { label: string; components: string[]; cudnn?: string; toolDirs: string[] } {
  const label = resolveCudaLabel(req.version);
  const names = componentSet(req.components ?? 'minimal', label);
  const root = toolCacheRoot(ctx);
  const cudnn = req.cudnn ? resolveCudnnLabel(req.cudnn) : undefined;
  const toolDirs = [join(root, cudaTool(redistPlatform(machineOf(ctx)), names)), ...(cudnn ? [join(root, cudnnTool(label))] : [])];
  return { label, components: names, cudnn, toolDirs };
}

/** Provisions CUDA `req.version` (and cuDNN when asked) into the tool cache and returns where. */
export async function provisionCuda(req: CudaRequest, ctx: ToolchainContext): Promise<CudaToolkit> {
  const label = resolveCudaLabel(req.version);
  const machine = machineOf(ctx);
  const platform = redistPlatform(machine);
  const names = componentSet(req.components ?? 'minimal', label);
  const entry: ToolCacheEntry = { root: toolCacheRoot(ctx), tool: cudaTool(platform, names), version: label, arch: toolCacheArch(machine) };
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-cuda-'));
  const what = `CUDA ${label} (${platform}; ${names.join(', ')})`;
  let bytes = 0;
  let source: CudaToolkit['source'] = 'tool-cache';
  try {
    let home = trustedEntry(entry, 'cuda', label, ctx);
    if (home) {
      ctx.log.info(`${what}: tool cache hit (${home})`);
    } else {
      source = 'download';
      const m = await fetchManifest('cuda', label, ctx, scratch);
      bytes += m.bytes;
      // Every component is checked before anything is downloaded.
      const files = names.map((name) => ({ name: `${name} ${label}`, file: componentFile(m.manifest, name, platform, label) }));
      const total = files.reduce((n, f) => n + (Number(f.file.size) || 0), 0);
      ctx.log.info(`${what}: downloading ${files.length} archives (${formatBytes(total)}) from ${m.base}`);
      const t0 = performance.now();
      home = await installCached(entry, async (tmp) => {
        bytes += await fetchAndMerge(files, m.base, tmp, scratch, ctx);
        if (names.includes('cuda_nvcc') && !existsSync(join(tmp, 'bin', 'nvcc'))) throw new UserError(`the cuda_nvcc ${label} archive has no bin/nvcc`, { hint: 'the mirror serves a broken archive' });
      }, manifestProvenance('cuda', label, m));
      ctx.log.info(`${what}: installed at ${home} (${formatBytes(bytes)} in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    }
    const cudnn = req.cudnn ? await provisionCudnn(req.cudnn, label, ctx, scratch) : undefined;
    bytes += cudnn?.bytes ?? 0;
    await checkHostCompiler(label, ctx.log, envOf(ctx));
    const env: Record<string, string> = { CUDA_HOME: home, CUDA_PATH: home, CUDAToolkit_ROOT: home };
    if (cudnn) env.CUDNN_HOME = cudnn.home;
    if (req.ldLibraryPath) {
      const prev = envOf(ctx).LD_LIBRARY_PATH;
      env.LD_LIBRARY_PATH = [join(home, 'lib'), ...(cudnn ? [join(cudnn.home, 'lib')] : []), ...(prev ? [prev] : [])].join(':');
    }
    return {
      label,
      home,
      platform,
      components: names,
      binDir: join(home, 'bin'),
      libDir: join(home, 'lib'),
      cudnnVersion: cudnn?.label,
      cudnnHome: cudnn?.home,
      env,
      source,
      downloadedBytes: bytes,
    };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
