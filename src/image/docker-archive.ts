// Writes an image as a `docker save` archive (what `docker load` and skopeo's docker-archive:
// read): manifest.json naming the config and the layer tars, the config as <hex>.json, each layer
// uncompressed as <diff id hex>/layer.tar, and `repositories` when a reference is given. A layer is
// unpacked from its gzip blob and checked against the config's diff id before it goes in. The
// archive is written under a temp name and renamed: a failed write leaves no FILE.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { writeTar, type TarEntry } from '../archive/tar.js';
import { UserError } from '../util/errors.js';
import { tmpName } from '../util/tmp.js';
import { DOCKER_HUB, type ImageRef } from './reference.js';

export interface ArchiveLayer {
  /** The gzip blob on disk. */
  path: string;
  /** sha256 of the uncompressed tar, as the config's rootfs.diff_ids lists it. */
  diffId: string;
}

/** Docker's own spelling of a reference: docker.io for Docker Hub. */
export function dockerName(ref: ImageRef): string {
  const registry = ref.registry === DOCKER_HUB ? 'docker.io' : ref.registry;
  return `${registry}/${ref.repository}:${ref.tag ?? 'latest'}`;
}

async function gunzipChecked(from: string, to: string, diffId: string): Promise<void> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(from), createGunzip(), tap, createWriteStream(to, { flags: 'wx' }));
  } catch (e) {
    throw new UserError(`a layer of the image is not a readable gzip tar: ${(e as Error).message}`);
  }
  if (`sha256:${hash.digest('hex')}` !== diffId) throw new UserError(`a layer of the image does not match its diff id ${diffId}`, { hint: 'the base image or its registry is not to be trusted' });
}

/** A docker-archive FILE that is a directory is refused before any work. */
export function refuseDirectory(file: string): void {
  if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new UserError(`${file} is a directory`, { hint: 'use docker-archive:FILE with a file name' });
}

export async function writeDockerArchive(file: string, opts: { config: { digest: string; bytes: Buffer }; layers: ArchiveLayer[]; refs: ImageRef[]; work: string }): Promise<void> {
  const out = resolve(file);
  refuseDirectory(file);
  mkdirSync(dirname(out), { recursive: true });
  const configName = `${opts.config.digest.slice(7)}.json`;
  const entries: TarEntry[] = [{ path: configName, type: 'file', mode: 0o644, data: opts.config.bytes }];
  const layerNames: string[] = [];
  const seen = new Set<string>();
  const unpacked = join(opts.work, 'docker-archive');
  mkdirSync(unpacked, { recursive: true });
  for (const l of opts.layers) {
    const hex = l.diffId.slice(7);
    const name = `${hex}/layer.tar`;
    layerNames.push(name);
    // The same layer twice in one image is one file.
    if (seen.has(hex)) continue;
    seen.add(hex);
    const tar = join(unpacked, `${hex}.tar`);
    await gunzipChecked(l.path, tar, l.diffId);
    entries.push({ path: hex, type: 'dir', mode: 0o755 }, { path: name, type: 'file', mode: 0o644, source: tar, size: statSync(tar).size });
  }
  const tags = opts.refs.length ? opts.refs.map(dockerName) : null;
  const manifest = [{ Config: configName, RepoTags: tags, Layers: layerNames }];
  entries.push({ path: 'manifest.json', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify(manifest)) });
  if (tags) {
    const top = layerNames[layerNames.length - 1]?.split('/')[0] ?? '';
    const repositories: Record<string, Record<string, string>> = {};
    for (const name of tags) {
      const colon = name.lastIndexOf(':');
      (repositories[name.slice(0, colon)] ??= {})[name.slice(colon + 1)] = top;
    }
    entries.push({ path: 'repositories', type: 'file', mode: 0o644, data: Buffer.from(JSON.stringify(repositories)) });
  }
  const tmp = tmpName(out);
  try {
    await writeTar(tmp, entries, 0);
    renameSync(tmp, out);
  } finally {
    rmSync(tmp, { force: true });
  }
}
