// The env backends, registered in one place: a runtime's mode names its backend.
import { UserError } from '../../util/errors.js';
import { condaBackend } from './conda.js';
import type { EnvBackend } from './types.js';
import { venvBackend } from './venv.js';

export type { Activation, EnvBackend, EnvRestoreRequest } from './types.js';

const BACKENDS: readonly EnvBackend[] = [venvBackend, condaBackend];

/** The backend for `mode` (a runtime.yaml's, or a bundle manifest's); none given means venv, as swcli reads it. */
export function envBackend(mode: string | undefined): EnvBackend {
  const found = BACKENDS.find((b) => b.mode === (mode || 'venv'));
  if (!found) throw new UserError(`unknown environment mode ${JSON.stringify(String(mode).slice(0, 60))}`, { hint: `the mode is one of ${BACKENDS.map((b) => b.mode).join(', ')}` });
  return found;
}
