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
import { quietLog, type Log } from '../util/log.js';
import { composeConfig, composeManifest, parseManifest, pickPlatform, type BaseManifest, type LayerRef } from './config.js';
import { bundleEntries, envEntries, IMAGE_ENV, interpreterEntries, profileEntries } from './content.js';
import { RUNTIME_WORKDIR, runImage } from './dockerfile.js';
import { bytesBlob, jsonBlob, writeLayer, type Layer } from './layer.js';
import { writeLayout } from './oci-layout.js';
import { formatRef, parseImageRef, refName, type ImageRef, type Target } from './reference.js';
import { Registry, type Credentials, type PushStats } from './registry.js';
import { openRuntime, swcliImageRepo } from './source.js';

export interface ImageRequest {
  runtime: string;
  to: Target;
  base?: string;
  arch?: string;
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
}

export interface ImageResult {
  /** REGISTRY/REPO:TAG@DIGEST, or oci:DIR:TAG. */
  image: string;
  digest: string;
  base: string;
  layers: { what: string; digest: string; size: number }[];
  /** Compressed size of the whole image (base layers + ours + config). */
  size: number;
  push?: PushStats;
}

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
  const bytes = await reg.blobBytes(ref.repository, parsed.manifest.config.digest);
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

async function build(req: ImageRequest): Promise<ImageResult> {
  const { log, env } = req;
  const rt = await openRuntime(req.runtime, req.storeRoot);
  const m = rt.manifest as { environment?: { mode?: string; lock?: { env_prefix_path?: string } }; dependencies?: { local_packaged_env?: boolean }; docker?: { builtin_run_image?: { name?: string } } };
  const mode = m.environment?.mode ?? 'venv';
  if (mode !== 'venv') throw new UserError(`swrt image supports venv runtimes; ${rt.name} is a ${mode} runtime`, { hint: 'for conda runtimes use swrt dockerize and docker build' });
  if (!m.dependencies?.local_packaged_env) throw new UserError(`${rt.name}/version/${rt.version} does not pack its env; swrt image needs the env inside the bundle`, { hint: 'build the runtime with swrt build --include-env' });
  const arch = req.arch ?? 'amd64';
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
    const blobs = join(work, 'blobs');
    const staging = join(work, 'env');
    const layers: (Layer & { what: string })[] = [];
    await log.group('Image layers', async () => {
      await extractArchive(join(rt.workdir, 'export', 'venv_env.tar.gz'), staging, { force: true, absoluteLinks: venvPythonLinks, what: 'the packed env' });
      const cfgFile = regularFileInside(staging, 'pyvenv.cfg');
      const cfg = cfgFile ? readFileSync(cfgFile, 'utf8') : '';
      const version = pyvenvVersion(cfg);
      if (!version) throw new UserError('the packed env records no exact python version in its pyvenv.cfg', { hint: 'rebuild the runtime with --include-env' });
      const interp = await interpreterFor(version, log, env);
      const minor = version.split('.').slice(0, 2).join('.');
      const sitePackages = /^\s*include-system-site-packages\s*=\s*true\s*$/im.test(cfg);
      const add = async (what: string, entries: Parameters<typeof writeLayer>[0]) => {
        const l = await writeLayer(entries, blobs);
        layers.push({ ...l, what });
        log.info(`${what}: ${l.digest} (${(l.size / 1e6).toFixed(1)} MB)`);
      };
      await add(`python ${version} at ${interp.prefix}`, interpreterEntries(interp.prefix, minor, sitePackages));
      await add(`env at ${IMAGE_ENV}`, envEntries({ staging, oldPrefix: m.environment?.lock?.env_prefix_path ?? '', interpreter: interp.executable, version }));
      await add(`bundle files at ${RUNTIME_WORKDIR}`, bundleEntries(rt.workdir));
      await add('profile', profileEntries());
    });
    const layerRefs: LayerRef[] = layers.map((l) => ({ ...l, createdBy: `swrt image: ${l.what}` }));
    const baseEnv = (base.config as { config?: { Env?: unknown } }).config?.Env;
    const hasCudaHome = Array.isArray(baseEnv) && baseEnv.some((e) => typeof e === 'string' && e.startsWith('CUDA_HOME='));
    const wantsCuda = m.docker?.builtin_run_image?.name === 'cuda';
    const revision = sourceRevision(req.revision, env);
    const facts = {
      name: rt.name,
      version: rt.version,
      revision,
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
      created: createdTime(env),
    };
    const config = jsonBlob(composeConfig(base.config, layerRefs, facts));
    const annotations: Record<string, string> = { 'org.opencontainers.image.title': rt.name, 'org.opencontainers.image.version': rt.version, 'org.opencontainers.image.base.name': facts.baseName, 'org.opencontainers.image.base.digest': base.digest, ...(revision ? { 'org.opencontainers.image.revision': revision } : {}) };
    const manifest = composeManifest(base.manifest, config, layerRefs, annotations);
    const manifestBlob = bytesBlob(manifest.bytes);
    const size = [...base.manifest.layers, ...layers].reduce((n, l) => n + l.size, config.size);
    const summary = layers.map((l) => ({ what: l.what, digest: l.digest, size: l.size }));
    if (target.kind === 'registry') {
      const reg = sameRegistry ? baseReg : new Registry(target.ref.registry, { ...regOpts, credentials: req.credentials });
      const repo = target.ref.repository;
      await log.group(`Push ${formatRef(target.ref)}`, async () => {
        for (const l of base.manifest.layers) {
          if (sameRegistry) await reg.pushBlob(repo, l, baseRef.repository);
          else {
            const file = join(work, `base-${l.digest.slice(7)}`);
            if (!(await reg.hasBlob(repo, l.digest))) await baseReg.fetchBlob(baseRef.repository, l.digest, file);
            await reg.pushBlob(repo, { ...l, path: file });
            rmSync(file, { force: true });
          }
        }
        for (const l of layers) await reg.pushBlob(repo, l);
        await reg.pushBlob(repo, { digest: config.digest, size: config.size, bytes: config.bytes });
        const digest = await reg.putManifest(repo, target.ref.tag!, manifestBlob.bytes, manifest.mediaType);
        if (digest !== manifestBlob.digest) throw new UserError('internal: manifest digest mismatch');
        log.info(`pushed ${digest}: ${reg.stats.uploaded} blob(s) uploaded (${reg.stats.uploadedBytes} bytes), ${reg.stats.present} already there, ${reg.stats.mounted} mounted`);
      });
      return { image: `${formatRef(target.ref)}@${manifestBlob.digest}`, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size, push: { ...reg.stats } };
    }
    if (target.kind === 'oci') {
      const baseBlobs = [];
      for (const l of base.manifest.layers) {
        const file = join(work, `base-${l.digest.slice(7)}`);
        await baseReg.fetchBlob(baseRef.repository, l.digest, file);
        baseBlobs.push({ digest: l.digest, path: file });
      }
      writeLayout(target.dir, target.tag, [...baseBlobs, ...layers, { digest: config.digest, bytes: config.bytes }, { digest: manifestBlob.digest, bytes: manifestBlob.bytes }], { mediaType: manifest.mediaType, digest: manifestBlob.digest, size: manifestBlob.size });
      return { image: `oci:${target.dir}:${target.tag}`, digest: manifestBlob.digest, base: `${facts.baseName}@${base.digest}`, layers: summary, size };
    }
    throw new UserError('--to docker-archive: is not supported by this release', { hint: 'write oci:DIR and convert it with skopeo copy oci:DIR docker-archive:FILE' });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
