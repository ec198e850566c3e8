// Download fixtures for toolchain provisioning, generated at test time under a fixture-server root:
// - a python-build-standalone-style install_only tarball packed from a real pyenv interpreter
//   (so the extracted python really runs), plus the builds table that pins its sha256;
// - NVIDIA-style redistrib_<label>.json manifests with tiny .tar.xz components (a stub bin/nvcc,
//   include/cuda.h, lib/libcudart.so.12, …) for linux-x86_64 and linux-sbsa, and a cuDNN manifest.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { PBS_BASE } from '../../src/toolchain/context.js';
import { pythonBuildsFromUv, type UvDownloadEntry } from '../../src/toolchain/pbs-metadata.js';

export const PYENV = process.env.PYENV_ROOT ?? join(homedir(), '.pyenv');

export function pyenvPython(minor: string): string | undefined {
  const dir = join(PYENV, 'versions');
  if (!existsSync(dir)) return undefined;
  const v = execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((x) => x.startsWith(`${minor}.`))
    .pop();
  return v ? join(dir, v) : undefined;
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const TRIPLE = { x86_64: 'x86_64-unknown-linux-gnu', aarch64: 'aarch64-unknown-linux-gnu' } as const;
// Parts of a pyenv prefix an install_only build would not carry, or that tests never need.
const PRUNE = ['test', 'site-packages', 'idlelib', 'tkinter', 'turtledemo', 'ensurepip', 'lib2to3', 'config-*', 'pydoc_data', 'distutils/tests', 'unittest/test', 'ctypes/test', 'sqlite3/test'];

export interface PbsFixture {
  version: string;
  build: string;
  /** The fixture server path the mirror URL points at. */
  mirrorPath: string;
  /** A builds table (SWRT_PYTHON_BUILDS format) pinning the fixture archives. */
  table: string;
  archive: Record<'x86_64' | 'aarch64', string>;
  seconds: number;
}

/** Packs the pyenv interpreter `prefix` (e.g. ~/.pyenv/versions/3.8.18) as PBS install_only archives. */
export function makePbsFixture(root: string, prefix: string, build = '20990101'): PbsFixture {
  const t0 = performance.now();
  const version = prefix.split('/').pop()!;
  const minor = version.split('.').slice(0, 2).join('.');
  const stage = join(root, 'stage-pbs', 'python', 'bin');
  mkdirSync(stage, { recursive: true });
  if (!existsSync(join(stage, 'python3'))) symlinkSync(`python${minor}`, join(stage, 'python3'));
  const dir = join(root, 'pbs', build);
  mkdirSync(dir, { recursive: true });
  const uv: Record<string, UvDownloadEntry> = {};
  const archive = {} as PbsFixture['archive'];
  for (const m of ['x86_64', 'aarch64'] as const) {
    const name = `cpython-${version}+${build}-${TRIPLE[m]}-install_only_stripped.tar.gz`;
    const out = join(dir, name);
    if (m === 'x86_64') {
      const excludes = PRUNE.map((p) => `--exclude=lib/python${minor}/${p}`);
      execFileSync('tar', ['-I', 'gzip -1', '-cf', out, '-C', join(root, 'stage-pbs'), 'python/bin/python3', '-C', prefix, '--transform', 's,^\\(bin\\|lib\\),python/\\1,', ...excludes, '--exclude=__pycache__', `bin/python${minor}`, `lib/python${minor}`]);
    } else {
      execFileSync('cp', [archive.x86_64, out]); // same bytes, another name: enough to check the machine choice
    }
    archive[m] = out;
    const [major, mi, patch] = version.split('.').map(Number);
    uv[`cpython-${version}-linux-${m}-gnu`] = {
      name: 'cpython', arch: { family: m, variant: null }, os: 'linux', libc: 'gnu', major: major!, minor: mi!, patch: patch!, prerelease: '',
      url: `${PBS_BASE}/${build}/${encodeURIComponent(name)}`, sha256: sha256(out), variant: null, build,
    };
  }
  const table = join(root, 'python-builds.json');
  writeFileSync(table, JSON.stringify(pythonBuildsFromUv(uv, 'test fixture', PBS_BASE).table));
  return { version, build, mirrorPath: '/pbs', table, archive, seconds: (performance.now() - t0) / 1000 };
}

interface ComponentDef {
  name: string;
  version: string;
  files: Record<string, string>;
  /** Extra raw entries (python tarfile names), for crafted archives. */
  evil?: string;
}

const NVCC = (label: string, ver: string) => `#!/bin/sh\necho "nvcc: NVIDIA (R) Cuda compiler driver"\necho "Cuda compilation tools, release ${label.split('.').slice(0, 2).join('.')}, V${ver}"\n`;

function packComponent(root: string, product: string, platform: string, c: ComponentDef, variant?: string): { relative_path: string; sha256: string; md5: string; size: string } {
  const top = `${c.name}-${platform}-${c.version}${variant ? `_${variant}` : ''}-archive`;
  const rel = `${c.name}/${platform}/${top}.tar.xz`;
  const out = join(root, 'nv', product, 'redist', rel);
  mkdirSync(dirname(out), { recursive: true });
  const stage = join(root, 'stage-nv', `${platform}-${variant ?? ''}`, top);
  for (const [p, text] of Object.entries(c.files)) {
    mkdirSync(dirname(join(stage, p)), { recursive: true });
    writeFileSync(join(stage, p), text);
    if (p.startsWith('bin/') || p.includes('/bin/')) chmodSync(join(stage, p), 0o755);
  }
  if (c.evil) {
    const py = `import tarfile,io,sys\nt=tarfile.open(sys.argv[1],'w:xz')\nt.add(sys.argv[2],arcname=sys.argv[3])\nd=b'owned'\ni=tarfile.TarInfo(sys.argv[3]+'/'+sys.argv[4]);i.size=len(d);t.addfile(i,io.BytesIO(d))\nt.close()`;
    execFileSync('python3', ['-c', py, out, stage, top, c.evil]);
  } else {
    execFileSync('tar', ['-cJf', out, '-C', dirname(stage), top]);
  }
  const data = readFileSync(out);
  return { relative_path: rel, sha256: createHash('sha256').update(data).digest('hex'), md5: createHash('md5').update(data).digest('hex'), size: String(data.length) };
}

export interface CudaFixture {
  label: string;
  cudnnLabel: string;
  /** Absolute path of a component archive on disk, by `<component>/<platform>`. */
  archives: Record<string, string>;
  mirrorPath: string;
}

export function makeCudaFixture(root: string, label = '12.4.1', cudnnLabel = '9.8.0'): CudaFixture {
  const platforms = ['linux-x86_64', 'linux-sbsa'];
  const comps: ComponentDef[] = [
    { name: 'cuda_nvcc', version: '12.4.131', files: { 'bin/nvcc': NVCC(label, '12.4.131'), 'nvvm/bin/cicc': '#!/bin/sh\n', 'include/crt/host_config.h': '/* stub */\n', LICENSE: 'stub\n' } },
    { name: 'cuda_cudart', version: '12.4.127', files: { 'include/cuda.h': '#define CUDA_VERSION 12040\n', 'include/cuda_runtime.h': '/* stub */\n', 'lib/libcudart.so.12': 'not really a library\n', 'lib/stubs/libcuda.so': 'stub\n' } },
    { name: 'cuda_cccl', version: '12.4.127', files: { 'include/cuda/std/version': '// stub\n' } },
    { name: 'cuda_evil', version: '12.4.1', files: { 'include/evil.h': '\n' }, evil: '../../escaped.txt' },
  ];
  const archives: Record<string, string> = {};
  const manifest: Record<string, unknown> = { release_date: '2024-04-11', release_label: label, release_product: 'cuda' };
  for (const c of comps) {
    const entry: Record<string, unknown> = { name: c.name, license: 'CUDA Toolkit', version: c.version };
    for (const p of platforms) {
      entry[p] = packComponent(root, 'cuda', p, c);
      archives[`${c.name}/${p}`] = join(root, 'nv', 'cuda', 'redist', (entry[p] as { relative_path: string }).relative_path);
    }
    manifest[c.name] = entry;
  }
  writeFileSync(join(root, 'nv', 'cuda', 'redist', `redistrib_${label}.json`), JSON.stringify(manifest, null, 2));

  const cudnn: Record<string, unknown> = { name: 'NVIDIA CUDA Deep Neural Network library', license: 'cudnn', version: `${cudnnLabel}.87`, cuda_variant: ['11', '12'] };
  const def: ComponentDef = { name: 'cudnn', version: `${cudnnLabel}.87`, files: { 'include/cudnn_version.h': '#define CUDNN_MAJOR 9\n', 'lib/libcudnn.so.9': 'stub\n' } };
  for (const p of platforms) {
    const variants: Record<string, unknown> = {};
    for (const v of ['cuda11', 'cuda12']) variants[v] = packComponent(root, 'cudnn', p, def, v);
    cudnn[p] = variants;
  }
  writeFileSync(join(root, 'nv', 'cudnn', 'redist', `redistrib_${cudnnLabel}.json`), JSON.stringify({ release_date: '2025-03-01', release_label: cudnnLabel, release_product: 'cudnn', cudnn }, null, 2));
  return { label, cudnnLabel, archives, mirrorPath: '/nv' };
}
