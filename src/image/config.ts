// The new image's config and manifest from the base's and the appended layers (OCI image spec:
// config, manifest). Pure. The base's manifest family (OCI or Docker schema 2) is kept, so the
// base layers' media types stay valid in the new manifest.
import { UserError } from '../util/errors.js';

export interface LayerRef {
  digest: string;
  diffId: string;
  size: number;
  /** What the history entry says made it. */
  createdBy: string;
}

export interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture?: string; os?: string; variant?: string };
}

export interface BaseManifest {
  mediaType?: string;
  schemaVersion?: number;
  config: Descriptor;
  layers: Descriptor[];
}

export const OCI_MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
export const DOCKER_MANIFEST = 'application/vnd.docker.distribution.manifest.v2+json';
export const DOCKER_LIST = 'application/vnd.docker.distribution.manifest.list.v2+json';
const FAMILY = {
  oci: { manifest: OCI_MANIFEST, config: 'application/vnd.oci.image.config.v1+json', layer: 'application/vnd.oci.image.layer.v1.tar+gzip' },
  docker: { manifest: DOCKER_MANIFEST, config: 'application/vnd.docker.container.image.v1+json', layer: 'application/vnd.docker.image.rootfs.diff.tar.gzip' },
};

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDescriptor = (v: unknown): v is Descriptor =>
  isObj(v) && typeof v.mediaType === 'string' && typeof v.digest === 'string' && /^sha256:[a-f0-9]{64}$/.test(v.digest) && Number.isSafeInteger(v.size) && (v.size as number) >= 0;

/** Parses a manifest or index a registry sent; anything malformed is one line. */
export function parseManifest(bytes: Buffer, mediaType: string, where: string): { index: Descriptor[] } | { manifest: BaseManifest } {
  let doc: unknown;
  try {
    doc = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new UserError(`${where}: the manifest is not JSON`);
  }
  if (!isObj(doc)) throw new UserError(`${where}: the manifest is not a JSON object`);
  const type = typeof doc.mediaType === 'string' ? doc.mediaType : mediaType;
  if (type === OCI_INDEX || type === DOCKER_LIST || (Array.isArray(doc.manifests) && !doc.layers)) {
    if (!Array.isArray(doc.manifests) || !doc.manifests.every(isDescriptor)) throw new UserError(`${where}: malformed image index`);
    return { index: doc.manifests };
  }
  if (!isDescriptor(doc.config) || !Array.isArray(doc.layers) || !doc.layers.every(isDescriptor)) throw new UserError(`${where}: malformed image manifest (config and layers must be descriptors)`);
  return { manifest: { mediaType: type || OCI_MANIFEST, schemaVersion: 2, config: doc.config, layers: doc.layers } };
}

/** The index entry for linux/`arch`. */
export function pickPlatform(index: Descriptor[], arch: string, where: string): Descriptor {
  const hit = index.find((d) => d.platform?.os === 'linux' && d.platform.architecture === arch);
  if (!hit) throw new UserError(`${where}: the base image has no linux/${arch} variant`, { hint: `it has: ${index.map((d) => `${d.platform?.os}/${d.platform?.architecture}`).join(', ') || 'none'}` });
  return hit;
}

export interface ImageFacts {
  name: string;
  version: string;
  revision?: string;
  baseName: string;
  baseDigest: string;
  /** Variables set in the image (PATH is given as the directories to put first). */
  env: Record<string, string>;
  pathFirst: string[];
  workdir: string;
  /** RFC 3339: SOURCE_DATE_EPOCH, else the epoch (the digest must not depend on the clock). */
  created: string;
}

/** The base config with our layers, env, labels and history appended. */
export function composeConfig(baseConfig: unknown, layers: LayerRef[], facts: ImageFacts): Record<string, unknown> {
  if (!isObj(baseConfig) || !isObj(baseConfig.rootfs) || !Array.isArray(baseConfig.rootfs.diff_ids)) throw new UserError('the base image config has no rootfs.diff_ids');
  const cfg = isObj(baseConfig.config) ? { ...baseConfig.config } : {};
  const env = new Map<string, string>();
  for (const e of Array.isArray(cfg.Env) ? cfg.Env : []) {
    if (typeof e !== 'string') continue;
    const i = e.indexOf('=');
    if (i > 0) env.set(e.slice(0, i), e.slice(i + 1));
  }
  const basePath = env.get('PATH') ?? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';
  env.set('PATH', [...facts.pathFirst, ...basePath.split(':').filter((p) => p && !facts.pathFirst.includes(p))].join(':'));
  for (const [k, v] of Object.entries(facts.env)) env.set(k, v);
  const labels: Record<string, string> = {
    ...(isObj(cfg.Labels) ? (cfg.Labels as Record<string, string>) : {}),
    'org.opencontainers.image.title': facts.name,
    'org.opencontainers.image.version': facts.version,
    'org.opencontainers.image.base.name': facts.baseName,
    'org.opencontainers.image.base.digest': facts.baseDigest,
    starwhale_runtime_name: facts.name,
    starwhale_runtime_version: facts.version,
  };
  if (facts.revision) labels['org.opencontainers.image.revision'] = facts.revision;
  const history = Array.isArray(baseConfig.history) ? [...baseConfig.history] : [];
  for (const l of layers) history.push({ created: facts.created, created_by: l.createdBy });
  return {
    ...baseConfig,
    created: facts.created,
    config: { ...cfg, Env: [...env].map(([k, v]) => `${k}=${v}`), Labels: labels, WorkingDir: facts.workdir },
    rootfs: { type: 'layers', diff_ids: [...(baseConfig.rootfs.diff_ids as string[]), ...layers.map((l) => l.diffId)] },
    history,
  };
}

export function composeManifest(base: BaseManifest, config: { digest: string; size: number }, layers: LayerRef[], annotations: Record<string, string>): { mediaType: string; bytes: Buffer } {
  const fam = base.mediaType === DOCKER_MANIFEST ? FAMILY.docker : FAMILY.oci;
  const doc: Record<string, unknown> = {
    schemaVersion: 2,
    mediaType: fam.manifest,
    config: { mediaType: fam.config, digest: config.digest, size: config.size },
    layers: [...base.layers, ...layers.map((l) => ({ mediaType: fam.layer, digest: l.digest, size: l.size }))],
  };
  if (fam === FAMILY.oci) doc.annotations = annotations;
  return { mediaType: fam.manifest, bytes: Buffer.from(JSON.stringify(doc), 'utf8') };
}
