// `npm run bench -- provision`: time to provision Python (cold download of a python-build-standalone
// style archive from a local mirror vs a tool-cache hit) and a CUDA `minimal` set (cold vs hit),
// with bytes downloaded. The mirror is the test fixture server on 127.0.0.1, so the figures measure
// our verify/extract/cache path, not the network. Prints a markdown table, writes bench/results/provision.json.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startFixtureServer } from '../__tests__/helpers/fixture-server.js';
import { makeCudaFixture, makePbsFixture, pyenvPython } from '../__tests__/helpers/toolchain-fixtures.js';
import type { ToolchainContext } from '../src/toolchain/context.js';
import { provisionCuda } from '../src/toolchain/cuda.js';
import { resolvePython } from '../src/toolchain/python.js';
import { MemoryLog } from '../src/util/log.js';

// Sizes of the real 12.4.1 linux-x86_64 minimal set (the manifest's `size` fields, as copied by
// third parties; see the issue note) and of the 12.8.1 runfile, for the comparison row.
const REAL_MINIMAL_12_4_1 = { cuda_nvcc: 51_184_484, cuda_cudart: 1_099_680, cuda_cccl: 1_157_180 };
const RUNFILE_12_8_1 = 5_382_238_770;

const ms = (s: number) => (s < 1 ? `${(s * 1000).toFixed(1)} ms` : `${s.toFixed(2)} s`);

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, (performance.now() - t0) / 1000];
}

export async function main(args: string[]): Promise<void> {
  const minor = args[0] ?? '3.12';
  const prefix = pyenvPython(minor);
  if (!prefix) throw new Error(`no pyenv ${minor}.x to pack as the python-build-standalone fixture`);
  const root = mkdtempSync(join(tmpdir(), 'swrt-bench-provision-'));
  const server = await startFixtureServer(root);
  try {
    const pbs = makePbsFixture(root, prefix);
    makeCudaFixture(root);
    mkdirSync(join(root, 'no-pyenv'));
    const requestsFrom = (n: number) => server.requests.length - n;
    const ctx = (tc: string): ToolchainContext => ({
      log: new MemoryLog(),
      env: { PATH: '/usr/bin:/bin', HOME: root },
      toolCacheDir: tc,
      pyenvRoot: join(root, 'no-pyenv'),
      pythonMirror: `${server.url}/pbs`,
      pythonBuilds: pbs.table,
      cudaMirror: `${server.url}/nv`,
    });
    const rows: { step: string; cold_s: number; warm_s: number; bytes: number; cold_requests: number; warm_requests: number }[] = [];

    const tc = join(root, 'tc');
    let n = server.requests.length;
    const [py, pyCold] = await timed(() => resolvePython({ version: pbs.version }, ctx(tc)));
    const pyColdReq = requestsFrom(n);
    n = server.requests.length;
    const [pyHit, pyWarm] = await timed(() => resolvePython({ version: pbs.version }, ctx(tc)));
    if (py.source !== 'download' || pyHit.source !== 'tool-cache') throw new Error(`unexpected sources ${py.source} / ${pyHit.source}`);
    rows.push({ step: `Python ${pbs.version} (${(py.downloadedBytes! / 1e6).toFixed(1)} MB archive)`, cold_s: pyCold, warm_s: pyWarm, bytes: py.downloadedBytes ?? 0, cold_requests: pyColdReq, warm_requests: requestsFrom(n) });

    n = server.requests.length;
    const [cu, cuCold] = await timed(() => provisionCuda({ version: '12.4', components: 'minimal' }, ctx(tc)));
    const cuColdReq = requestsFrom(n);
    n = server.requests.length;
    const [cuHit, cuWarm] = await timed(() => provisionCuda({ version: '12.4', components: 'minimal' }, ctx(tc)));
    if (cu.source !== 'download' || cuHit.source !== 'tool-cache') throw new Error(`unexpected sources ${cu.source} / ${cuHit.source}`);
    rows.push({ step: 'CUDA 12.4.1 minimal (fixture archives)', cold_s: cuCold, warm_s: cuWarm, bytes: cu.downloadedBytes, cold_requests: cuColdReq, warm_requests: requestsFrom(n) });

    const realMinimal = Object.values(REAL_MINIMAL_12_4_1).reduce((a, b) => a + b, 0);
    const lines = [
      '| step | cold (download) | warm (tool cache) | cold / warm | bytes downloaded | requests cold / warm |',
      '|---|---:|---:|---:|---:|---:|',
      ...rows.map((r) => `| ${r.step} | ${ms(r.cold_s)} | ${ms(r.warm_s)} | ${(r.cold_s / r.warm_s).toFixed(0)}× | ${r.bytes.toLocaleString('en')} | ${r.cold_requests} / ${r.warm_requests} |`),
      '',
      `Real CUDA 12.4.1 \`minimal\` set (linux-x86_64, manifest sizes): ${realMinimal.toLocaleString('en')} bytes (${(realMinimal / 1e6).toFixed(1)} MB) vs ${RUNFILE_12_8_1.toLocaleString('en')} bytes for the 12.8.1 runfile: ${(RUNFILE_12_8_1 / realMinimal).toFixed(0)}× less.`,
    ];
    console.log(lines.join('\n'));
    mkdirSync('bench/results', { recursive: true });
    const result = {
      date: new Date().toISOString(),
      machine: `${process.platform}-${process.arch}`,
      node: process.version,
      note: 'mirror = local fixture server on 127.0.0.1 (python: a pyenv interpreter packed in PBS install_only layout; cuda: tiny generated .tar.xz components)',
      rows,
      reference: { real_minimal_12_4_1_bytes: REAL_MINIMAL_12_4_1, real_minimal_total: realMinimal, runfile_12_8_1_bytes: RUNFILE_12_8_1 },
    };
    writeFileSync('bench/results/provision.json', `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
}
