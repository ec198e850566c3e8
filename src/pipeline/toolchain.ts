// `toolchain`: a Python and/or a CUDA toolkit provisioned into the tool cache on their own, by the
// same code a build uses.
import { provisionToolchain, type Toolchain, type ToolchainOptions, type ToolchainRequest } from '../toolchain/provision.js';
import { UserError } from '../util/errors.js';

export type { Toolchain, ToolchainRequest };

export function provisionTools(req: ToolchainRequest, opts: ToolchainOptions): Promise<Toolchain> {
  if (!req.python && !req.pythonPath && !req.cuda) throw new UserError('nothing to provision', { hint: 'pass --python and/or --cuda' });
  return provisionToolchain(req, opts);
}
