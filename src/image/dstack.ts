// A dstack run configuration (.dstack.yml) for a runtime image: `image:` pinned by digest (dstack
// forbids `python:` next to `image:`; the image carries its interpreter), the runtime's env
// variables, and the type's own fields. Pure: the caller writes the text.
import { stringify } from 'yaml';
import { UserError } from '../util/errors.js';
import { IMAGE_ENV } from './content.js';
import { RUNTIME_WORKDIR } from './dockerfile.js';
import { parseImageRef } from './reference.js';

export type DstackType = 'dev-environment' | 'task';

export interface DstackInput {
  type: DstackType;
  /** A pinned reference: REGISTRY/REPO[:TAG]@sha256:DIGEST. */
  image: string;
  runtimeName: string;
  runtimeVersion: string;
  /** Task commands (a task needs at least one). */
  commands?: string[];
  ide?: 'vscode' | 'cursor';
}

/** dstack's run name rule: ^[a-z][a-z0-9-]{1,40}$. */
export function dstackName(runtimeName: string): string {
  const n = runtimeName.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 41);
  return n.length >= 2 ? n : `rt-${n}`.slice(0, 41);
}

export function dstackConfig(i: DstackInput): string {
  const ref = parseImageRef(i.image);
  if (!ref.digest) throw new UserError(`--image ${JSON.stringify(i.image)} is not pinned by digest`, { hint: 'pass the image output of swrt image: REGISTRY/REPO:TAG@sha256:…' });
  if (i.type === 'task' && !i.commands?.length) throw new UserError('a dstack task needs a command', { hint: 'pass --command CMD (repeatable), or --type dev-environment' });
  const doc: Record<string, unknown> = {
    type: i.type,
    name: dstackName(i.runtimeName),
    image: i.image,
    // A custom image's shell is /bin/sh; these make every command see the runtime's env.
    env: [`VIRTUAL_ENV=${IMAGE_ENV}`, `SW_USER_RUNTIME_NAME=${i.runtimeName}`, `SW_USER_RUNTIME_VERSION=${i.runtimeVersion}`],
    working_dir: RUNTIME_WORKDIR,
  };
  if (i.type === 'dev-environment') {
    if (i.ide) doc.ide = i.ide;
    doc.init = [`. ${IMAGE_ENV}/bin/activate`];
  } else {
    doc.commands = [`. ${IMAGE_ENV}/bin/activate`, ...i.commands!];
  }
  return `# Written by swrt export dstack for ${i.runtimeName}/version/${i.runtimeVersion}.\n${stringify(doc, { lineWidth: 0 })}`;
}
