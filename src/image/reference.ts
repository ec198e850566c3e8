// Image references (the distribution spec's grammar) and `--to` targets. Pure. A reference
// becomes URL paths and, for oci:/docker-archive:, names in files, so anything outside the grammar
// (traversal, slashes in a tag, odd characters) is refused in one line before it is used.
import { UserError } from '../util/errors.js';

export interface ImageRef {
  /** host[:port] as given; Docker Hub when the reference names none. */
  registry: string;
  /** Repository path, e.g. `library/python`. */
  repository: string;
  tag?: string;
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]{1,5})?$/;
const IPV6_HOST = /^\[[0-9a-fA-F:.]+\](?::[0-9]{1,5})?$/;
export const TAG_RULE = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const DIGEST_RULE = /^sha256:[a-f0-9]{64}$/;
export const DOCKER_HUB = 'registry-1.docker.io';

const bad = (ref: string, why: string) =>
  new UserError(`invalid image reference ${JSON.stringify(ref.slice(0, 200))}: ${why}`, { hint: 'use [REGISTRY/]REPOSITORY[:TAG][@sha256:DIGEST], lower-case repository, tag of letters, digits, _ . -' });

export function parseImageRef(ref: string): ImageRef {
  if (!ref || ref.length > 512) throw bad(ref, ref ? 'too long' : 'empty');
  let rest = ref;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST_RULE.test(digest)) throw bad(ref, 'the digest is not sha256:<64 hex digits>');
  }
  let tag: string | undefined;
  const slash = rest.lastIndexOf('/');
  const colon = rest.lastIndexOf(':');
  if (colon > slash) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG_RULE.test(tag)) throw bad(ref, `the tag ${JSON.stringify(tag.slice(0, 130))} is not letters, digits, _ . - (at most 128, not starting with . or -)`);
  }
  const parts = rest.split('/');
  let registry = DOCKER_HUB;
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost' || parts[0]!.startsWith('['))) {
    registry = parts.shift()!;
    if (!HOST.test(registry) && !IPV6_HOST.test(registry)) throw bad(ref, `the registry ${JSON.stringify(registry)} is not a host[:port]`);
  }
  if (parts.some((p) => !COMPONENT.test(p))) throw bad(ref, 'each repository path component must be lower-case letters and digits, joined by . _ __ or -');
  if (registry === DOCKER_HUB && parts.length === 1) parts.unshift('library');
  const repository = parts.join('/');
  if (repository.length > 255) throw bad(ref, 'the repository is longer than 255 characters');
  return { registry, repository, tag, digest };
}

export function formatRef(r: ImageRef): string {
  return `${r.registry}/${r.repository}${r.tag ? `:${r.tag}` : ''}${r.digest ? `@${r.digest}` : ''}`;
}

/** What a manifest request names: the digest when pinned, else the tag, else `latest`. */
export const refName = (r: ImageRef) => r.digest ?? r.tag ?? 'latest';

export type Target = { kind: 'registry'; ref: ImageRef } | { kind: 'oci'; dir: string; tag: string } | { kind: 'docker-archive'; file: string; ref?: ImageRef };

/** `--to`: `oci:DIR[:TAG]`, `docker-archive:FILE[:REF]`, or a registry reference. */
export function parseTarget(to: string): Target {
  if (to.startsWith('oci:')) {
    const body = to.slice(4);
    const m = /^(.*?)(?::([^:/]*))?$/.exec(body)!;
    const tag = m[2] ?? 'latest';
    if (!m[1]) throw new UserError(`--to ${JSON.stringify(to)} names no directory`, { hint: 'use oci:DIR or oci:DIR:TAG' });
    if (!TAG_RULE.test(tag)) throw bad(tag, 'the oci: tag is not letters, digits, _ . -');
    return { kind: 'oci', dir: m[1], tag };
  }
  if (to.startsWith('docker-archive:')) {
    const body = to.slice('docker-archive:'.length);
    const i = body.indexOf(':');
    const file = i >= 0 ? body.slice(0, i) : body;
    if (!file) throw new UserError(`--to ${JSON.stringify(to)} names no file`, { hint: 'use docker-archive:FILE or docker-archive:FILE:REPOSITORY:TAG' });
    return { kind: 'docker-archive', file, ref: i >= 0 ? parseImageRef(body.slice(i + 1)) : undefined };
  }
  const ref = parseImageRef(to.replace(/^docker:\/\//, ''));
  if (ref.digest) throw bad(to, 'a push target takes a tag, not a digest');
  return { kind: 'registry', ref: { ...ref, tag: ref.tag ?? 'latest' } };
}
