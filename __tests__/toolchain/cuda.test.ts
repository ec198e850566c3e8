// provisionCuda against a local NVIDIA-style redist mirror: real manifests in NVIDIA's shape with
// tiny .tar.xz components generated here (a stub nvcc script stands in for the compiler: there is
// no GPU toolkit on this machine, and none is needed to test assembly, verification and caching).
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ToolchainContext } from '../../src/toolchain/context.js';
import { provisionCuda } from '../../src/toolchain/cuda.js';
import { componentFile, componentSet, parseManifest, resolveCudaLabel, resolveCudnnLabel } from '../../src/toolchain/cuda-redist.js';
import { checkHostCompiler, gccRange } from '../../src/toolchain/gcc-range.js';
import { exec } from '../../src/util/exec.js';
import { MemoryLog } from '../../src/util/log.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { makeCudaFixture, type CudaFixture } from '../helpers/toolchain-fixtures.js';

let root: string;
let server: FixtureServer;
let fx: CudaFixture;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swrt-cudafix-'));
  const t0 = performance.now();
  fx = makeCudaFixture(root);
  console.log(`generated the CUDA redist fixture in ${((performance.now() - t0) / 1000).toFixed(2)} s`);
  server = await startFixtureServer(root);
});
afterAll(async () => {
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

function ctx(over: Partial<ToolchainContext> = {}): ToolchainContext & { log: MemoryLog } {
  return {
    log: new MemoryLog(),
    env: { PATH: process.env.PATH, HOME: root },
    toolCacheDir: mkdtempSync(join(root, 'tc-')),
    cudaMirror: `${server.url}${fx.mirrorPath}`,
    retryDelayMs: 0,
    ...over,
  } as ToolchainContext & { log: MemoryLog };
}

const listing = (dir: string) => readdirSync(dir, { recursive: true }).map(String);

describe('provisionCuda', () => {
  test('12.4 minimal: newest 12.4.x label, merged root, runnable nvcc, env; then a tool-cache hit with no request', async () => {
    const c = ctx();
    const before = server.requests.length;
    const t = await provisionCuda({ version: '12.4', components: 'minimal' }, c);
    expect(t.label).toBe('12.4.1');
    expect(t.source).toBe('download');
    expect(t.components).toEqual(['cuda_cccl', 'cuda_cudart', 'cuda_nvcc']);
    const reqs = server.requests.slice(before);
    expect(reqs[0]).toBe('/nv/cuda/redist/redistrib_12.4.1.json');
    expect(reqs.slice(1).sort()).toEqual([
      '/nv/cuda/redist/cuda_cccl/linux-x86_64/cuda_cccl-linux-x86_64-12.4.127-archive.tar.xz',
      '/nv/cuda/redist/cuda_cudart/linux-x86_64/cuda_cudart-linux-x86_64-12.4.127-archive.tar.xz',
      '/nv/cuda/redist/cuda_nvcc/linux-x86_64/cuda_nvcc-linux-x86_64-12.4.131-archive.tar.xz',
    ]);
    expect(t.home).toBe(join(c.toolCacheDir!, dirname(dirname(t.home.slice(c.toolCacheDir!.length + 1))), '12.4.1', 'x64'));
    expect(existsSync(`${t.home}.complete`)).toBe(true);
    for (const f of ['bin/nvcc', 'nvvm/bin/cicc', 'include/cuda.h', 'include/cuda_runtime.h', 'lib/libcudart.so.12', 'lib/stubs/libcuda.so', 'include/cuda/std/version']) {
      expect(existsSync(join(t.home, f))).toBe(true);
    }
    expect(lstatSync(join(t.home, 'lib64')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(t.home, 'lib64'))).toBe('lib');
    expect(t.env).toEqual({ CUDA_HOME: t.home, CUDA_PATH: t.home, CUDAToolkit_ROOT: t.home });
    expect(t.binDir).toBe(join(t.home, 'bin'));
    const nvcc = await exec(join(t.env.CUDA_HOME!, 'bin', 'nvcc'), ['--version'], { log: new MemoryLog() });
    expect(nvcc.stdout).toContain('Cuda compilation tools, release 12.4, V12.4.131');
    // The fixture manifest is not NVIDIA's pinned one: from a mirror that is a warning, not a failure.
    expect(c.log.text('warn')).toMatch(/pinned as 9cd815f3.*trusting the mirror/);
    expect(c.log.text()).toMatch(/downloaded cuda_nvcc 12\.4\.1: .* sha256 ok/);

    const c2 = ctx({ toolCacheDir: c.toolCacheDir });
    const n = server.requests.length;
    const again = await provisionCuda({ version: '12.4.1', components: 'cuda_nvcc, cuda_cudart,cuda_cccl' }, c2);
    expect(again.source).toBe('tool-cache');
    expect(again.home).toBe(t.home);
    expect(server.requests.length).toBe(n);
    expect(c2.log.text()).toMatch(/tool cache hit/);
  });

  test('cuDNN: the cuda<major> variant, cached separately from the toolkit; LD_LIBRARY_PATH only when asked', async () => {
    const c = ctx();
    const t = await provisionCuda({ version: '12.4', components: 'cuda_cudart', cudnn: '9.8' }, c);
    expect(t.cudnnVersion).toBe('9.8.0');
    expect(t.cudnnHome).toBe(join(c.toolCacheDir!, 'swrt-cudnn-cuda12', '9.8.0', 'x64'));
    expect(readFileSync(join(t.cudnnHome!, 'include', 'cudnn_version.h'), 'utf8')).toContain('CUDNN_MAJOR 9');
    expect(server.requests).toContain('/nv/cudnn/redist/cudnn/linux-x86_64/cudnn-linux-x86_64-9.8.0.87_cuda12-archive.tar.xz');
    expect(t.env.LD_LIBRARY_PATH).toBeUndefined();
    expect(t.env.CUDNN_HOME).toBe(t.cudnnHome);

    const n = server.requests.length;
    const other = await provisionCuda({ version: '12.4', components: 'cuda_cccl', cudnn: '9.8', ldLibraryPath: true }, ctx({ toolCacheDir: c.toolCacheDir }));
    expect(server.requests.slice(n).filter((r) => r.includes('cudnn'))).toEqual([]);
    expect(other.cudnnHome).toBe(t.cudnnHome);
    expect(other.env.LD_LIBRARY_PATH).toBe(`${join(other.home, 'lib')}:${join(t.cudnnHome!, 'lib')}`);
  });

  test('aarch64 selects linux-sbsa (injected arch)', async () => {
    const c = ctx({ arch: 'aarch64' });
    const n = server.requests.length;
    const t = await provisionCuda({ version: '12.4.1', components: 'minimal' }, c);
    expect(t.platform).toBe('linux-sbsa');
    expect(t.home.endsWith(join('12.4.1', 'arm64'))).toBe(true);
    const archives = server.requests.slice(n).filter((r) => r.endsWith('.tar.xz'));
    expect(archives).toHaveLength(3);
    for (const a of archives) expect(a).toMatch(/\/linux-sbsa\/.*-linux-sbsa-/);
  });

  describe('failures are clear and leave nothing in the tool cache', () => {
    test('sha256 mismatch', async () => {
      const file = fx.archives['cuda_cudart/linux-x86_64']!;
      const good = readFileSync(file);
      const bad = Buffer.from(good);
      bad[bad.length - 10] = bad[bad.length - 10]! ^ 0xff; // same size, different bytes
      writeFileSync(file, bad);
      const c = ctx();
      try {
        await expect(provisionCuda({ version: '12.4', components: 'minimal' }, c)).rejects.toThrow(/sha256 mismatch for cuda_cudart 12\.4\.1/);
      } finally {
        writeFileSync(file, good);
      }
      expect(listing(c.toolCacheDir!)).toEqual([]);
    });

    test('truncated download', async () => {
      server.fault('cuda_nvcc-linux-x86_64-12.4.131-archive.tar.xz', { truncate: 100 });
      const c = ctx();
      try {
        await expect(provisionCuda({ version: '12.4', components: 'minimal' }, c)).rejects.toThrow(/download of cuda_nvcc 12\.4\.1 failed after 3 attempts/);
      } finally {
        server.fault('cuda_nvcc-linux-x86_64-12.4.131-archive.tar.xz', undefined);
      }
      expect(listing(c.toolCacheDir!)).toEqual([]);
    });

    test('404 manifest', async () => {
      const c = ctx();
      const err = provisionCuda({ version: '12.6.3' }, c);
      await expect(err).rejects.toThrow(/CUDA 12\.6\.3 has no redist manifest at http:\/\/127\.0\.0\.1:\d+\/nv\/cuda\/redist\/redistrib_12\.6\.3\.json \(HTTP 404\)/);
      await expect(err).rejects.toMatchObject({ hint: expect.stringMatching(/labels we know: .*12\.9\.1/) });
      expect(listing(c.toolCacheDir!)).toEqual([]);
    });

    test('missing component: named, and nothing is downloaded', async () => {
      const c = ctx();
      const n = server.requests.length;
      await expect(provisionCuda({ version: '12.4', components: 'cuda_nvcc,cuda_nosuch' }, c)).rejects.toThrow(/component cuda_nosuch is not in redist release 12\.4\.1/);
      expect(server.requests.slice(n)).toEqual(['/nv/cuda/redist/redistrib_12.4.1.json']);
      expect(listing(c.toolCacheDir!)).toEqual([]);
    });

    test('an archive with ../ entries is refused whole', async () => {
      const c = ctx();
      await expect(provisionCuda({ version: '12.4', components: 'cuda_nvcc,cuda_evil' }, c)).rejects.toThrow(/refusing to extract cuda_evil 12\.4\.1: .*escaped\.txt" points outside the target/);
      expect(listing(c.toolCacheDir!)).toEqual([]);
      expect(existsSync(join(c.toolCacheDir!, '..', 'escaped.txt'))).toBe(false);
      expect(existsSync(join(root, 'escaped.txt'))).toBe(false);
    });

    test('a cuDNN release without the cuda<major> variant', () => {
      const m = parseManifest(readFileSync(join(root, 'nv', 'cudnn', 'redist', 'redistrib_9.8.0.json'), 'utf8'), 'fixture');
      expect(() => componentFile(m, 'cudnn', 'linux-x86_64', '9.8.0', 'cuda13')).toThrow(/cudnn 9\.8\.0 has no cuda13 build for linux-x86_64/);
      expect(() => componentFile(m, 'cudnn', 'linux-ppc64le', '9.8.0', 'cuda12')).toThrow(/has no linux-ppc64le archive/);
      expect(componentFile(m, 'cudnn', 'linux-sbsa', '9.8.0', 'cuda12').relative_path).toContain('linux-sbsa');
    });
  });
});

describe('labels, presets and compiler ranges', () => {
  test('CUDA versions without redist nvcc (11.0–11.4.1) are refused with the nearest supported', () => {
    expect(() => resolveCudaLabel('11.4.1')).toThrow(/CUDA 11\.4\.1 cannot be installed from NVIDIA's redist archives/);
    expect(() => resolveCudaLabel('11.3')).toThrow(expect.objectContaining({ hint: expect.stringMatching(/nearest supported versions: 11\.4\.2, 11\.4\.3/) }));
    expect(resolveCudaLabel('11.4')).toBe('11.4.4');
    expect(resolveCudaLabel('12')).toBe('12.9.1');
    expect(resolveCudaLabel('12.7.0')).toBe('12.7.0'); // exact labels we do not know are tried as given
    expect(() => resolveCudaLabel('12.7')).toThrow(/no NVIDIA redist release we know of/);
    expect(() => resolveCudaLabel('twelve')).toThrow(/not a version/);
  });

  test('cuDNN labels', () => {
    expect(resolveCudnnLabel('9.8')).toBe('9.8.0');
    expect(resolveCudnnLabel('8')).toBe('8.9.7.29');
    expect(() => resolveCudnnLabel('7')).toThrow(/cuDNN 7 has no NVIDIA redist release/);
  });

  test('presets per label', () => {
    expect(componentSet('minimal', '13.0.0')).toEqual(['cuda_cccl', 'cuda_crt', 'cuda_cudart', 'cuda_nvcc', 'libnvvm']);
    expect(componentSet('torch-extension', '12.4.1')).toContain('libnvjitlink');
    expect(componentSet('torch-extension', '11.8.0')).not.toContain('libnvjitlink');
    expect(() => componentSet('cuda_nvcc;rm -rf', '12.4.1')).toThrow(/not a component name/);
  });

  test('gcc range and the warning when the host gcc is too new', async () => {
    expect(gccRange('12.4.1')).toEqual({ min: 6, maxExclusive: 14 });
    expect(gccRange('11.8.0')).toEqual({ min: 6, maxExclusive: 12 });
    expect(gccRange('13.1.1')).toEqual({ min: 6, maxExclusive: 16 });
    // A gcc 15 cannot be installed here; a stand-in that answers -dumpversion like one does.
    const bin = mkdtempSync(join(tmpdir(), 'swrt-gcc-'));
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'gcc'), '#!/bin/sh\necho 15\n', { mode: 0o755 });
    const log = new MemoryLog();
    expect(await checkHostCompiler('12.4.1', log, { PATH: `${bin}:/usr/bin:/bin` })).toBe(15);
    expect(log.text('warn')).toMatch(/gcc 15 is outside the range CUDA 12\.4\.1 supports \(GCC 6–13\).*g\+\+-13.*NVCC_PREPEND_FLAGS="-ccbin g\+\+-13"/);
    const ok = new MemoryLog();
    writeFileSync(join(bin, 'gcc'), '#!/bin/sh\necho 12\n', { mode: 0o755 });
    await checkHostCompiler('12.4.1', ok, { PATH: `${bin}:/usr/bin:/bin` });
    expect(ok.text('warn')).toBe('');
    rmSync(bin, { recursive: true, force: true });
  });
});
