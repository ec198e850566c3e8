// `swrt image`: a runtime bundle as an OCI image, with no Docker daemon (docs/images.md). The base
// image's manifest and config come from its registry; four layers are appended (interpreter, env,
// bundle files, profile); the result is pushed to a registry (blobs first, the manifest last) or
// written as an OCI layout. The same bundle, base and builder paths give the same digest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extractArchive, venvPythonLinks } from '../archive/extract.js';
import { regularFileInside } from '../archive/inplace.js';
import { pyvenvVersion } from '../env/pack.js';
import { toolchainContext } from '../toolchain/provision.js';
import { resolvePython } from '../toolchain/python.js';
import { ConnectionError } from '../remote/http.js';
import { UserError } from '../util/errors.js';
import { exec } from '../util/exec.js';
import { localCacheRoot } from '../util/cache-root.js';
import { quietLog, type Log } from '../util/log.js';
import { composeConfig, composeManifest, parseManifest, pickPlatform, type BaseManifest, type Descriptor, type LayerRef } from './config.js';
import { bundleEntries, envEntries, IMAGE_ENV, interpreterEntries, profileEntries } from './content.js';
import { RUNTIME_WORKDIR, runImage } from './dockerfile.js';
import { bytesBlob, jsonBlob, type Layer } from './layer.js';
import { cachedLayer } from './layer-cache.js';
import { cacheMax, pruneAfterSave } from '../cache/prune.js';
import { dockerName, refuseDirectory, writeDockerArchive } from './docker-archive.js';
import type { Extra } from './extras.js';
import { installExtras } from './jupyter.js';
import { configPlatform, tagForPlatform, type Platform } from './multiarch.js';
import { writeLayout } from './oci-layout.js';
import { legTag, manifestCuda } from './tags.js';
import { formatRef, parseImageRef, refName, type ImageRef, type Target } from './reference.js';
import { Registry, type Credentials, type PushStats } from './registry.js';
import { openRuntime, swcliImageRepo } from './source.js';

export interface ImageRequest {
  runtime: string;
  to: Target;
  base?: string;
  arch?: string;
  /** Also tag `<version>-py<X.Y>[-cu<X.Y>]` (registry and oci: targets; docker-archive: with a REF). */
  tagPerLeg?: boolean;
  /** Packages added to the image's copy of the env (`jupyter`: JupyterLab). */
  extras?: Extra[];
  credentials?: Credentials;
  /** Credentials for the base image's registry when it is another one (default: anonymous; with an oci: target, `credentials`). */
  baseCredentials?: Credentials;
  insecure?: boolean;
  plainHttp?: boolean;
  revision?: string;
  chunkSize?: number;
  log: Log;
  env: NodeJS.ProcessEnv;
  storeRoot?: string;
  /** Keep built layers in the local cache ($SWRT_CACHE_DIR) and reuse them (default true). */
  layerCache?: boolean;
}

export interface ImageResult {
  /** REGISTRY/REPO:TAG@DIGEST, or oci:DIR:TAG. */
  image: string;
  digest: string;
  base: string;
  layers: { what: string; digest: string; size: number }[];
  /** Compressed size of the whole image (base layers + ours + config). */
  size: number;
  /** linux/ARCH the image is labelled with. */
  platform: string;
  /** Every tag written, with what it names now (an index when the tag holds other platforms too). */
  tags: { tag: string; digest: string; index: boolean; platforms: string[] }[];
  push?: PushStats;
}

const HOST_ARCH: Record<string, string> = { x64: 'amd64', arm64: 'arm64', ppc64: 'ppc64le', s390x: 's390x' };
const GIT_SHA = /^[0-9a-f]{7,64}$/;

/** GITHUB_SHA, else the HEAD of the git checkout in the working directory, else none. */
function sourceRevision(given: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const r = given ?? env.GITHUB_SHA;
  if (r !== undefined) {
    if (!GIT_SHA.test(r)) throw new UserError(`revision ${JSON.stringify(r.slice(0, 80))} is not a git commit id`, { hint: 'pass --revision with a hex commit id' });
    return r;
  }
  try {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();
    return GIT_SHA.test(head) ? head : undefined;
  } catch {
    return undefined;
  }
}

function createdTime(env: NodeJS.ProcessEnv): string {
  const s = env.SOURCE_DATE_EPOCH;
  const n = s && /^\d{1,12}$/.test(s) ? Number(s) : 0;
  return new Date(n * 1000).toISOString().replace('.000Z', 'Z');
}

/** The base image's manifest (the `arch` entry of an index) and config. */
async function fetchBase(reg: Registry, ref: ImageRef, arch: string): Promise<{ manifest: BaseManifest; digest: string; config: unknown }> {
  const where = formatRef(ref);
  let got = await reg.manifest(ref.repository, refName(ref));
  let parsed = parseManifest(got.bytes, got.mediaType, where);
  if ('index' in parsed) {
    got = await reg.manifest(ref.repository, pickPlatform(parsed.index, arch, where).digest);
    parsed = parseManifest(got.bytes, got.mediaType, where);
    if ('index' in parsed) throw new UserError(`${where}: an index inside an index is not supported`);
  }
  const bytes = await reg.blobBytes(ref.repository, parsed.manifest.config);
  let config: unknown;
  try {
    config = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new UserError(`${where}: the image config is not JSON`);
  }
  return { manifest: parsed.manifest, digest: got.digest, config };
}

/** The interpreter a packed env of `version` runs on here: its real prefix and executable. */
async function interpreterFor(version: string, log: Log, env: NodeJS.ProcessEnv): Promise<{ prefix: string; executable: string }> {
  const py = await resolvePython({ version }, toolchainContext({ log, env }));
  const out = (await exec(py.path, ['-c', 'import os, sys; print(os.path.realpath(sys.base_prefix)); print(os.path.realpath(sys.executable)); print("%d.%d.%d" % sys.version_info[:3])'], { log: quietLog(log), tailLines: 0 })).stdout;
  const [prefix = '', executable = '', got = ''] = out.trim().split('\n').map((l) => l.trim());
  if (got !== version) throw new UserError(`the packed env needs Python ${version}, but ${py.path} is ${got}`);
  if (!executable.startsWith(`${prefix}/`)) throw new UserError(`the Python ${version} at ${py.path} does not live under its prefix ${prefix}; it cannot be copied into an image`, { hint: 'use a pyenv or python-build-standalone interpreter' });
  return { prefix, executable };
}

export async function buildImage(req: ImageRequest): Promise<ImageResult> {
  try {
    return await build(req);
  } catch (e) {
    if (e instanceof ConnectionError) throw new UserError(`${new URL(e.url).host}: ${e.message}${e.attempts > 1 ? ` (after ${e.attempts} attempts)` : ''}`, { hint: e.tls ? 'the registry certificate is not trusted; pass --insecure only for a registry you trust' : 'check that the registry is up and reachable' });
    throw e;
  }
}

/** --arch labels the image; its interpreter and env are this machine's, its base is what the registry gave. */
function warnForeignArch(arch: string, baseConfig: unknown, log: Log): void {
  const baseArch = configPlatform(baseConfig).architecture;
  const hostArch = HOST_ARCH[process.arch] ?? process.arch;
  const why = [baseArch !== arch ? `its base is linux/${baseArch}` : '', hostArch !== arch ? `its interpreter and env come from this ${hostArch} machine` : ''].filter(Boolean);
  if (why.length) log.warn(`labelling the image linux/${arch} as --arch says, but ${why.join(' and ')}`);
}

interface LocalImage {
  baseReg: Registry;
  baseRef: ImageRef;
  baseLayers: Descriptor[];
  config: { digest: string; bytes: Buffer; value: Record<string, unknown> };
  manifest: { digest: string; bytes: Buffer; size: number; mediaType: string };
  layers: Layer[];
  tags: string[];
  work: string;
}

/** An oci: layout or a docker-archive: file, the base layers downloaded (digests verified) first. */
async function writeLocal(target: Exclude<Target, { kind: 'registry' }>, b: LocalImage): Promise<string> {
  const baseBlobs = [];
  for (const l of b.baseLayers) {
    const file = join(b.work, `base-${l.digest.slice(7)}`);
    await b.baseReg.fetchBlob(b.baseRef.repository, l, file);
    baseBlobs.push({ digest: l.digest, path: file });
  }
  if (target.kind === 'oci') {
    const blobs = [...baseBlobs, ...b.layers, { digest: b.config.digest, bytes: b.config.bytes }, { digest: b.manifest.digest, bytes: b.manifest.bytes }];
    for (const tag of b.tags) writeLayout(target.dir, tag, blobs, { mediaType: b.manifest.mediaType, digest: b.manifest.digest, size: b.manifest.size });
    return `oci:${target.dir}:${target.tag}`;
  }
  const diffIds = (b.config.value as { rootfs: { diff_ids: string[] } }).rootfs.diff_ids;
  const layers = [...baseBlobs, ...b.layers].map((l, i) => ({ path: l.path, diffId: diffIds[i]! }));
  const refs = target.ref ? b.tags.map((tag) => ({ ...target.ref!, tag })) : [];
  await writeDockerArchive(target.file, { config: b.config, layers, refs, work: b.work });
  return `docker-archive:${target.file}${target.ref ? `:${dockerName(target.ref)}` : ''}`;
}

type RuntimeManifest = { environment?: { mode?: string; lock?: { env_prefix_path?: string } }; dependencies?: { local_packaged_env?: boolean }; docker?: { builtin_run_image?: { name?: string } } };

/** The layers swrt appends (python, env, bundle files, profile), each from the local cache when it holds the same content. */
async function appendedLayers(req: ImageRequest, rt: Awaited<ReturnType<typeof openRuntime>>, work: string): Promise<{ layers: (Layer & { what: string })[]; pythonVersion: string }> {
  const { log, env } = req;
  const m = rt.manifest as RuntimeManifest;
  const blobs = join(work, 'blobs');
  const staging = join(work, 'env');
  await extractArchive(join(rt.workdir, 'export', 'venv_env.tar.gz'), staging, { force: true, absoluteLinks: venvPythonLinks, what: 'the packed env' });
  const cfgFile = regularFileInside(staging, 'pyvenv.cfg');
  const cfg = cfgFile ? readFileSync(cfgFile, 'utf8') : '';
  const version = pyvenvVersion(cfg);
  if (!version) throw new UserError('the packed env records no exact python version in its pyvenv.cfg', { hint: 'rebuild the runtime with --include-env' });
  const interp = await interpreterFor(version, log, env);
  await installExtras(req.extras ?? [], staging, interp.executable, rt.manifest as never, log, env);
  const minor = version.split('.').slice(0, 2).join('.');
  const sitePackages = /^\s*include-system-site-packages\s*=\s*true\s*$/im.test(cfg);
  const cacheOpts = { root: req.layerCache === false ? undefined : localCacheRoot(env), work, log };
  const layers: (Layer & { what: string })[] = [];
  let savedAny = false;
  const add = async (what: string, entries: Parameters<typeof cachedLayer>[0]) => {
    const { cached, saved, ...l } = await cachedLayer(entries, blobs, cacheOpts);
    savedAny ||= saved;
    layers.push({ ...l, what });
    log.info(`${what}: ${l.digest} (${(l.size / 1e6).toFixed(1)} MB${cached ? ', from the local cache' : ''})`);
  };
  await add(`python ${version} at ${interp.prefix}`, interpreterEntries(interp.prefix, minor, sitePackages));
  await add(`env at ${IMAGE_ENV}`, envEntries({ staging, oldPrefix: m.environment?.lock?.env_prefix_path ?? '', interpreter: interp.executable, version }));
  await add(`bundle files at ${RUNTIME_WORKDIR}`, bundleEntries(rt.workdir));
  await add('profile', profileEntries());
  if (savedAny && cacheOpts.root) await pruneAfterSave(cacheOpts.root, () => cacheMax(env), log);
  return { layers, pythonVersion: version };
}

interface PushPlan {
  reg: Registry;
  baseReg: Registry;
  target: ImageRef;
  baseRef: ImageRef;
  baseLayers: Descriptor[];
  sameRegistry: boolean;
  layers: Layer[];
  config: { digest: string; size: number; bytes: Buffer };
  manifest: { digest: string; size: number; bytes: Buffer; mediaType: string };
  platform: Platform;
  tags: string[];
  work: string;
  log: Log;
}

/** Blobs first (base layers mounted or copied over, ours, the config), the manifest last, under each tag. */
async function pushImage(p: PushPlan): Promise<ImageResult['tags']> {
  const { reg, target, log } = p;
  const repo = target.repository;
  for (const l of p.baseLayers) {
    if (p.sameRegistry) await reg.pushBlob(repo, l, p.baseRef.repository);
    else {
      const file = join(p.work, `base-${l.digest.slice(7)}`);
      if (!(await reg.hasBlob(repo, l.digest))) await p.baseReg.fetchBlob(p.baseRef.repository, l, file);
      await reg.pushBlob(repo, { ...l, path: file });
      rmSync(file, { force: true });
    }
  }
  for (const l of p.layers) await reg.pushBlob(repo, l);
  await reg.pushBlob(repo, { digest: p.config.digest, size: p.config.size, bytes: p.config.bytes });
  const written: ImageResult['tags'] = [];
  for (const tag of p.tags) {
    const t = await tagForPlatform(reg, repo, tag, { ...p.manifest, platform: p.platform });
    written.push({ tag, ...t });
    if (t.index) log.info(`${formatRef({ ...target, tag })} is now an index of ${t.platforms.join(', ')}: ${t.digest}`);
  }
  log.info(`pushed ${p.manifest.digest}: ${reg.stats.uploaded} blob(s) uploaded (${reg.stats.uploadedBytes} bytes), ${reg.stats.present} already there, ${reg.stats.mounted} mounted`);
  return written;
}

/** What swrt image refuses before it fetches anything: a conda runtime, a bundle without its env, a bad arch or archive path. */
function checkImageRequest(rt: Awaited<ReturnType<typeof openRuntime>>, req: ImageRequest): string {
  const m = rt.manifest as RuntimeManifest;
  const mode = m.environment?.mode ?? 'venv';
  if (mode !== 'venv') throw new UserError(`swrt image supports venv runtimes; ${rt.name} is a ${mode} runtime`, { hint: 'for conda runtimes use swrt dockerize and docker build' });
  if (!m.dependencies?.local_packaged_env) throw new UserError(`${rt.name}/version/${rt.version} does not pack its env; swrt image needs the env inside the bundle`, { hint: 'build the runtime with swrt build --include-env' });
  if (req.to.kind === 'docker-archive') refuseDirectory(req.to.file);
  const arch = req.arch ?? 'amd64';
  if (!/^[a-z0-9_]{1,32}$/.test(arch)) throw new UserError(`--arch ${JSON.stringify(arch.slice(0, 40))} is not an architecture name`, { hint: 'use the OCI names: amd64, arm64, ppc64le, s390x' });
  return arch;
}

/** The config's facts: labels (name, version, source revision, base), the env's variables, PATH, workdir and time. */
function imageFacts(req: ImageRequest, rt: Awaited<ReturnType<typeof openRuntime>>, baseRef: ImageRef, base: { digest: string; config: unknown }) {
  const m = rt.manifest as RuntimeManifest;
  const baseEnv = (base.config as { config?: { Env?: unknown } }).config?.Env;
  const hasCudaHome = Array.isArray(baseEnv) && baseEnv.some((e) => typeof e === 'string' && e.startsWith('CUDA_HOME='));
  const wantsCuda = m.docker?.builtin_run_image?.name === 'cuda';
  return {
    name: rt.name,
    version: rt.version,
    revision: sourceRevision(req.revision, req.env),
    baseName: formatRef({ ...baseRef, digest: undefined }),
    baseDigest: base.digest,
    env: {
      VIRTUAL_ENV: IMAGE_ENV,
      SW_USER_RUNTIME_WORKDIR: RUNTIME_WORKDIR,
      SW_USER_RUNTIME_NAME: rt.name,
      SW_USER_RUNTIME_VERSION: rt.version,
      SW_USER_RUNTIME_RESTORED: '1',
      ...(wantsCuda && !hasCudaHome ? { CUDA_HOME: '/usr/local/cuda' } : {}),
    },
    pathFirst: [`${IMAGE_ENV}/bin`],
    workdir: RUNTIME_WORKDIR,
    created: createdTime(req.env),
  };
}

async function build(req: ImageRequest): Promise<ImageResult> {
  const { log, env } = req;
  const rt = await openRuntime(req.runtime, req.storeRoot);
  const m = rt.manifest as RuntimeManifest;
  const arch = checkImageRequest(rt, req);
  const baseRef = parseImageRef(req.base ?? runImage(rt.manifest, env, swcliImageRepo(env)));
  const target = req.to;
  const regOpts = { insecure: req.insecure, plainHttp: req.plainHttp, log, chunkSize: req.chunkSize };
  const sameRegistry = target.kind === 'registry' && target.ref.registry === baseRef.registry;
  // The target's credentials go to the base's registry only when it is the same one (or there is no target registry).
  const baseCredentials = sameRegistry ? req.credentials : (req.baseCredentials ?? (target.kind === 'registry' ? undefined : req.credentials));
  const baseReg = new Registry(baseRef.registry, { ...regOpts, credentials: baseCredentials });
  const base = await log.group(`Base image ${formatRef(baseRef)}`, () => fetchBase(baseReg, baseRef, arch));
  const work = mkdtempSync(join(tmpdir(), 'swrt-image-'));
  try {
    const { layers, pythonVersion } = await log.group('Image layers', () => appendedLayers(req, rt, work));
    const layerRefs: LayerRef[] = layers.map((l) => ({ ...l, createdBy: `swrt image: ${l.what}` }));
    const facts = imageFacts(req, rt, baseRef, base);
    const revision = facts.revision;
    const configValue = { ...composeConfig(base.config, layerRefs, facts), os: 'linux', architecture: arch };
    const platform: Platform = { os: 'linux', architecture: arch };
    warnForeignArch(arch, base.config, log);
    const tags = [...new Set([target.kind === 'registry' ? target.ref.tag! : target.kind === 'oci' ? target.tag : (target.ref?.tag ?? 'latest'), ...(req.tagPerLeg ? [legTag(rt.version, pythonVersion, manifestCuda(m))] : [])])];
    const config = { ...jsonBlob(configValue), value: configValue };
    const annotations: Record<string, string> = { 'org.opencontainers.image.title': rt.name, 'org.opencontainers.image.version': rt.version, 'org.opencontainers.image.base.name': facts.baseName, 'org.opencontainers.image.base.digest': base.digest, ...(revision ? { 'org.opencontainers.image.revision': revision } : {}) };
    const manifest = composeManifest(base.manifest, config, layerRefs, annotations);
    const manifestBlob = bytesBlob(manifest.bytes);
    const size = [...base.manifest.layers, ...layers].reduce((n, l) => n + l.size, config.size);
    const summary = layers.map((l) => ({ what: l.what, digest: l.digest, size: l.size }));
    const plain = (tag: string) => ({ tag, digest: manifestBlob.digest, index: false, platforms: [`linux/${arch}`] });
    if (target.kind === 'registry') {
      const reg = sameRegistry ? baseReg : new Registry(target.ref.registry, { ...regOpts, credentials: req.credentials });
      const written = await log.group(`Push ${formatRef(target.ref)}`, () =>
        pushImage({ reg, baseReg, target: target.ref, baseRef, baseLayers: base.manifest.layers, sameRegistry, layers, config, manifest: { ...manifestBlob, mediaType: manifest.mediaType }, platform, tags, work, log }),
      );
      return { image: `${formatRef(target.ref)}@${manifestBlob.digest}`, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size, platform: `linux/${arch}`, tags: written, push: { ...reg.stats } };
    }
    const image = await writeLocal(target, { baseReg, baseRef, baseLayers: base.manifest.layers, config, manifest: { ...manifestBlob, mediaType: manifest.mediaType }, layers, tags, work });
    return { image, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size, platform: `linux/${arch}`, tags: target.kind === 'docker-archive' && !target.ref ? [] : tags.map(plain) };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
