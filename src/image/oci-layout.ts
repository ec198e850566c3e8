// Writes an image into an OCI image layout directory (OCI image spec: image layout): blobs under
// blobs/sha256, the manifest named in index.json by org.opencontainers.image.ref.name. A directory
// that holds another layout keeps its other images; index.json is replaced whole (temp + rename).
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../util/errors.js';
import { tmpName } from '../util/tmp.js';
import { OCI_INDEX } from './config.js';
import { blobPath } from './layer.js';

export interface LayoutBlob {
  digest: string;
  path?: string;
  bytes?: Buffer;
}

export function writeLayout(dir: string, tag: string, blobs: LayoutBlob[], manifest: { mediaType: string; digest: string; size: number }): void {
  const isLayout = existsSync(join(dir, 'oci-layout'));
  if (existsSync(dir) && !isLayout && readdirSync(dir).length) throw new UserError(`${dir} is not empty and not an OCI layout`, { hint: 'choose a new or empty directory for --to oci:DIR' });
  mkdirSync(join(dir, 'blobs', 'sha256'), { recursive: true });
  for (const b of blobs) {
    const to = blobPath(join(dir, 'blobs'), b.digest);
    if (existsSync(to)) continue;
    const tmp = tmpName(to);
    try {
      if (b.bytes) writeFileSync(tmp, b.bytes);
      else copyFileSync(b.path!, tmp);
      renameSync(tmp, to);
    } finally {
      rmSync(tmp, { force: true });
    }
  }
  let index: { schemaVersion: number; mediaType?: string; manifests: Record<string, unknown>[] } = { schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] };
  if (isLayout && existsSync(join(dir, 'index.json'))) {
    try {
      const old = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as typeof index;
      if (Array.isArray(old.manifests)) index = { ...old, manifests: old.manifests };
    } catch {
      throw new UserError(`${dir}/index.json is not JSON`, { hint: 'choose a new directory for --to oci:DIR' });
    }
  }
  const refName = 'org.opencontainers.image.ref.name';
  index.manifests = index.manifests.filter((m) => (m.annotations as Record<string, string> | undefined)?.[refName] !== tag);
  index.manifests.push({ ...manifest, annotations: { [refName]: tag } });
  const write = (name: string, text: string) => {
    const tmp = tmpName(join(dir, name));
    try {
      writeFileSync(tmp, text);
      renameSync(tmp, join(dir, name));
    } finally {
      rmSync(tmp, { force: true });
    }
  };
  write('oci-layout', JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  write('index.json', JSON.stringify(index));
}
