// What `--with` (action input image-with) may add to an image's env. Pure.
import { UserError } from '../util/errors.js';

export const EXTRAS = { jupyter: ['jupyterlab'] } as const;
export type Extra = keyof typeof EXTRAS;

export function parseExtras(given: readonly string[]): Extra[] {
  for (const g of given) if (!Object.hasOwn(EXTRAS, g)) throw new UserError(`--with ${JSON.stringify(g.slice(0, 40))} is not known`, { hint: `use --with ${Object.keys(EXTRAS).join(', ')}` });
  return [...new Set(given)] as Extra[];
}
