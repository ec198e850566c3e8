// A normalized runtime.yaml for the pure plan tests: a venv runtime with no CUDA and no
// dependencies, with `over` on top.
import type { RuntimeSpec } from '../../src/spec/types.js';

export const runtimeSpec = (over: Partial<RuntimeSpec> = {}): RuntimeSpec => ({
  name: 'demo',
  mode: 'venv',
  python: '3.11',
  cuda: '',
  cudnn: '',
  arch: [],
  os: 'ubuntu:20.04',
  starwhale_version: '',
  docker_image: '',
  configs: { docker: { image: '' }, pip: { index_url: '', extra_index_url: [''], trusted_host: [''] }, conda: { channels: [], condarc: {} } },
  dependencies: [],
  ...over,
});
