// `npm run bench -- pack [ENV_DIR]`: --include-env packing of one venv, compressor against
// compressor on the same tar entries: swrt's parallel gzip members on every core and on one
// thread, the single gzip member at level 1 it replaced, and `tar | pigz -1` / `tar | gzip -1`
// (Debian's pigz uses every core). ENV_DIR defaults to the swcli fixture venv. Rounds are
// interleaved; medians. SWRT_BENCH_ROUNDS sets the rounds (default 3).
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { ParallelGzip } from '../src/archive/parallel-gzip.js';
import { writeTarTo } from '../src/archive/tar.js';
import { entries, pyvenvVersion } from '../src/env/pack.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(f: () => Promise<void> | void): Promise<number> {
  const t0 = performance.now();
  await f();
  return (performance.now() - t0) / 1000;
}

export async function main(args: string[]): Promise<void> {
  const env = resolve(args[0] ?? '__tests__/.fixture-cache/swcli');
  const version = pyvenvVersion(readFileSync(join(env, 'pyvenv.cfg'), 'utf8'));
  if (!version) throw new Error(`${env}: no venv (pyvenv.cfg records no version)`);
  const rounds = Number(process.env.SWRT_BENCH_ROUNDS ?? 3);
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-bench-pack-'));
  const out = (n: string) => join(scratch, n);
  const cores = availableParallelism();
  const cases: Record<string, { run: () => Promise<void> | void; file: string }> = {
    [`members, ${cores} threads`]: { file: out('par.tgz'), run: () => writeTarTo(new ParallelGzip(createWriteStream(out('par.tgz'))), entries(env, version), 0) },
    'members, 1 thread': { file: out('one.tgz'), run: () => writeTarTo(new ParallelGzip(createWriteStream(out('one.tgz')), { threads: 1 }), entries(env, version), 0) },
    'single member (before)': {
      file: out('single.tgz'),
      run: async () => {
        const gz = createGzip({ level: 1 });
        const written = pipeline(gz, createWriteStream(out('single.tgz')));
        await writeTarTo(gz, entries(env, version), 0);
        await written;
      },
    },
    'tar | pigz -1': { file: out('pigz.tgz'), run: () => void execFileSync('sh', ['-c', 'tar -C "$1" -cf - . | pigz -1 > "$2"', 'sh', env, out('pigz.tgz')]) },
    'tar | gzip -1': { file: out('gzip.tgz'), run: () => void execFileSync('sh', ['-c', 'tar -C "$1" -cf - . | gzip -1 > "$2"', 'sh', env, out('gzip.tgz')]) },
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
  const load = loadavg()[0]!;
  try {
    const names = Object.keys(cases);
    // Each round starts at a different case, so no case always runs first (a cold page cache).
    for (let r = 0; r < rounds; r++) for (let i = 0; i < names.length; i++) {
      const k = names[(i + r) % names.length]!;
      times[k]!.push(await timed(cases[k]!.run));
    }
    const envMb = Number(execFileSync('du', ['-sm', env], { encoding: 'utf8' }).split('\t')[0]);
    const pigz = median(times['tar | pigz -1']!);
    const rows = Object.entries(cases).map(([k, c]) => ({ case: k, seconds: median(times[k]!), mb: statSync(c.file).size / 1e6 }));
    console.log(`env ${env} (${envMb} MB), ${cores} cores, load ${load.toFixed(1)}, ${rounds} rounds, medians\n`);
    console.log('| case | s | MB | × tar\\|pigz -1 |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.case} | ${r.seconds.toFixed(2)} | ${r.mb.toFixed(0)} | ${(r.seconds / pigz).toFixed(2)} |`);
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    writeFileSync(join('bench', 'results', 'pack.json'), `${JSON.stringify({ commit, env, env_mb: envMb, cores, load, rounds, rows }, null, 2)}\n`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
