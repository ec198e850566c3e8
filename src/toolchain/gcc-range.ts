// The host compilers nvcc accepts per CUDA release (torch's CUDA_GCC_VERSIONS, mirroring
// crt/host_config.h; the upper bound is exclusive), and the warning when the default gcc is newer.
import { exec } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';

const RANGES: [minLabel: string, minGcc: number, maxGccExclusive: number][] = [
  ['13.0', 6, 16],
  ['12.8', 6, 15],
  ['12.3', 6, 14],
  ['12.0', 6, 13],
  ['11.4', 6, 12],
  ['11.1', 5, 11],
  ['11.0', 5, 10],
];

export function gccRange(label: string): { min: number; maxExclusive: number } | undefined {
  const [maj, min] = label.split('.').map(Number);
  for (const [from, lo, hi] of RANGES) {
    const [fm, fn] = from.split('.').map(Number);
    if (maj! > fm! || (maj === fm && min! >= fn!)) return { min: lo, maxExclusive: hi };
  }
  return undefined;
}

/** Warns (never fails) when `gcc` on PATH is outside what CUDA `label`'s nvcc accepts. */
export async function checkHostCompiler(label: string, log: Log, env?: NodeJS.ProcessEnv): Promise<number | undefined> {
  const range = gccRange(label);
  if (!range) return undefined;
  const r = await exec('gcc', ['-dumpversion'], { log: quietLog(log), env, allowFailure: true }).catch(() => undefined);
  if (!r || r.code !== 0) {
    log.info(`no gcc on PATH; nvcc ${label} needs a host compiler from GCC ${range.min} to ${range.maxExclusive - 1}`);
    return undefined;
  }
  const major = Number(r.stdout.trim().split('.')[0]);
  if (major >= range.maxExclusive || major < range.min) {
    const want = range.maxExclusive - 1;
    log.warn(
      `gcc ${major} is outside the range CUDA ${label} supports (GCC ${range.min}–${want}); nvcc will stop with "unsupported GNU version". ` +
        `Fix: install g++-${want} (apt-get install g++-${want}) and set NVCC_PREPEND_FLAGS="-ccbin g++-${want}" and CUDAHOSTCXX=g++-${want}, or pick a newer CUDA.`,
    );
  }
  return major;
}
