// Matrix-ready tags: one per build leg, `<version>-py<X.Y>[-cu<X.Y>]`, so the legs of a
// python/CUDA matrix push side by side under the runtime's version. Pure.
import { UserError } from '../util/errors.js';
import { TAG_RULE } from './reference.js';

/** CUDA X.Y from the manifest's builtin run image (`cuda` image, tag `11.4-cudnn8-base0.3.4`). */
export function manifestCuda(manifest: { docker?: { builtin_run_image?: { name?: unknown; tag?: unknown } } }): string | undefined {
  const img = manifest.docker?.builtin_run_image;
  if (img?.name !== 'cuda' || typeof img.tag !== 'string') return undefined;
  return /^(\d+)(?:\.(\d+))?/.exec(img.tag)?.slice(1).filter(Boolean).join('.');
}

export function legTag(version: string, python: string, cuda?: string): string {
  const minor = python.split('.').slice(0, 2).join('.');
  const tag = `${version}-py${minor}${cuda ? `-cu${cuda}` : ''}`;
  if (!TAG_RULE.test(tag)) throw new UserError(`the leg tag ${JSON.stringify(tag.slice(0, 140))} is not a valid image tag`, { hint: 'a leg tag is <version>-py<X.Y>[-cu<X.Y>], at most 128 letters, digits, _ . -' });
  return tag;
}
