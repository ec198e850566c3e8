// Hands a provisioned toolchain to the runner: CUDA_HOME / CUDA_PATH / CUDAToolkit_ROOT (and
// CUDNN_HOME, LD_LIBRARY_PATH only when asked for) into GITHUB_ENV, the CUDA bin dir onto
// GITHUB_PATH, and the python-version / python-path / cuda-version / cuda-path outputs.
import * as core from '@actions/core';
import type { Toolchain } from '../toolchain/provision.js';

export function exportToolchain(t: { python?: { version: string; path: string }; cuda?: Toolchain['cuda'] }): void {
  if (t.python) {
    core.setOutput('python-version', t.python.version);
    core.setOutput('python-path', t.python.path);
  }
  if (t.cuda) {
    for (const [k, v] of Object.entries(t.cuda.env)) core.exportVariable(k, v);
    core.addPath(t.cuda.binDir);
    core.setOutput('cuda-version', t.cuda.label);
    core.setOutput('cuda-path', t.cuda.home);
  } else {
    core.setOutput('cuda-version', '');
    core.setOutput('cuda-path', '');
  }
}
