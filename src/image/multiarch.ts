// One tag, several platforms: pushing a linux/arm64 image to a tag that holds a linux/amd64 one
// (a single-arch manifest or an index) puts an image index naming both, the pushed image replacing
// any entry of its own platform (OCI image spec: image index). The registry's current manifest
// at the tag is input: parsed with the same checks as a base image's, its config size-capped.
import { UserError } from '../util/errors.js';
import { DOCKER_LIST, DOCKER_MANIFEST, OCI_INDEX, parseManifest, type Descriptor } from './config.js';
import type { Registry } from './registry.js';

export interface Platform {
  os: string;
  architecture: string;
  variant?: string;
}

const samePlatform = (a: Platform, b: Platform) => a.os === b.os && a.architecture === b.architecture && (a.variant ?? '') === (b.variant ?? '');
const platformKey = (p: Platform) => `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;

/** The platform an image config records (linux/amd64 when it records none). */
export function configPlatform(config: unknown): Platform {
  const c = (typeof config === 'object' && config !== null ? config : {}) as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && /^[a-z0-9_.-]{1,32}$/.test(v) ? v : undefined);
  const variant = str(c.variant);
  return { os: str(c.os) ?? 'linux', architecture: str(c.architecture) ?? 'amd64', ...(variant ? { variant } : {}) };
}

/** The index entries with `ours` in place of any entry of its platform, in a stable order. */
export function mergeIndex(entries: Descriptor[], ours: Descriptor & { platform: Platform }): Descriptor[] {
  const kept = entries.filter((d) => !d.platform || !samePlatform(d.platform as Platform, ours.platform));
  return [...kept, ours].sort((a, b) => platformKey((a.platform ?? { os: '', architecture: '' }) as Platform).localeCompare(platformKey((b.platform ?? { os: '', architecture: '' }) as Platform)));
}

export function indexDocument(entries: Descriptor[], ourType: string): { mediaType: string; bytes: Buffer } {
  const mediaType = ourType === DOCKER_MANIFEST ? DOCKER_LIST : OCI_INDEX;
  return { mediaType, bytes: Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType, manifests: entries }), 'utf8') };
}

export interface Tagged {
  /** What the tag names now: our manifest, or an index holding it. */
  digest: string;
  index: boolean;
  platforms: string[];
}

/**
 * Puts our manifest (already pushed by digest when an index is needed) under `tag`, keeping the
 * other platforms the tag held. Our manifest must be in the registry by digest before the index.
 */
export async function tagForPlatform(reg: Registry, repo: string, tag: string, ours: { digest: string; size: number; mediaType: string; bytes: Buffer; platform: Platform }): Promise<Tagged> {
  const where = `${reg.host}/${repo}:${tag}`;
  const current = await reg.manifestIfAny(repo, tag, `repository:${repo}:pull,push`);
  let others: Descriptor[] = [];
  if (current && current.digest !== ours.digest) {
    const parsed = parseManifest(current.bytes, current.mediaType, where);
    if ('index' in parsed) others = parsed.index;
    else {
      let config: unknown;
      try {
        config = JSON.parse((await reg.blobBytes(repo, parsed.manifest.config)).toString('utf8'));
      } catch (e) {
        if (e instanceof UserError) throw e;
        throw new UserError(`${where}: the image the tag holds has a config that is not JSON`);
      }
      const platform = configPlatform(config);
      if (!samePlatform(platform, ours.platform)) others = [{ mediaType: parsed.manifest.mediaType ?? current.mediaType, digest: current.digest, size: current.bytes.length, platform }];
    }
  }
  const entry = { mediaType: ours.mediaType, digest: ours.digest, size: ours.size, platform: ours.platform };
  const merged = mergeIndex(others, entry);
  if (merged.length === 1) {
    await reg.putManifest(repo, tag, ours.bytes, ours.mediaType);
    return { digest: ours.digest, index: false, platforms: [platformKey(ours.platform)] };
  }
  await reg.putManifest(repo, ours.digest, ours.bytes, ours.mediaType);
  const index = indexDocument(merged, ours.mediaType);
  const digest = await reg.putManifest(repo, tag, index.bytes, index.mediaType);
  return { digest, index: true, platforms: merged.map((d) => platformKey((d.platform ?? { os: '?', architecture: '?' }) as Platform)) };
}
