// `validate`: runtime.yaml read and checked as a build would read it (same overrides, same
// strictness), without building anything.
import { loadSpec } from '../spec/index.js';
import type { LoadedSpec } from '../spec/types.js';

export interface ValidateOptions {
  python?: string;
  cuda?: string;
  cudnn?: string;
  strict?: boolean;
  /** Check that the files runtime.yaml names exist (default); false judges the document only, as swcli parses it. */
  files?: boolean;
}

export function validateRuntimeYaml(file: string, o: ValidateOptions): Promise<LoadedSpec> {
  return loadSpec(file, { overrides: { python: o.python, cuda: o.cuda, cudnn: o.cudnn }, overrideSource: 'flag', strict: Boolean(o.strict), checkFiles: o.files });
}
