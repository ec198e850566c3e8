// `npm run bench -- build [example…]`: cold and warm-download `swrt build` with uv and with pip, against
// the baseline swcli performs (python -m venv + pip install -r + pip freeze + tar), in one run, on
// the real package index this machine reaches. Prints a markdown table, writes bench/results/build.json.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/cli.js');

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return (performance.now() - t0) / 1000;
}

function sh(cmd: string, args: string[], env: NodeJS.ProcessEnv, cwd?: string): void {
  execFileSync(cmd, args, { env: { ...process.env, ...env }, cwd, stdio: ['ignore', 'ignore', 'inherit'] });
}

function python(minor: string): string {
  return execFileSync('sh', ['-c', `ls -d $HOME/.pyenv/versions/${minor}.*/bin/python3 | tail -1`], { encoding: 'utf8' }).trim();
}

export async function main(args: string[]): Promise<void> {
  const examples = args.length ? args : ['ml-lite', 'helloworld'];
  const rows: Record<string, unknown>[] = [];
  for (const ex of examples) {
    const dir = resolve('examples', ex);
    const scratch = mkdtempSync(join(tmpdir(), `swrt-bench-${ex}-`));
    const base = { SW_LOCAL_STORAGE: join(scratch, 'store'), PIP_DISABLE_PIP_VERSION_CHECK: '1' };
    const fresh = (name: string) => {
      const d = join(scratch, name);
      rmSync(d, { recursive: true, force: true });
      mkdirSync(d);
      return d;
    };
    // Every timed build runs in a fresh copy of the example (no env left in place by an earlier
    // build) with an empty env cache; `cache` is the installer's download cache.
    let n = 0;
    const build = (installer: string, cache: string) => {
      const wd = join(fresh(`wd-${++n}`), ex);
      cpSync(dir, wd, { recursive: true, filter: (src) => !src.includes('/.starwhale') });
      return () => sh(process.execPath, [CLI, '-q', 'build', wd, '--installer', installer, '--random-version'], { ...base, UV_CACHE_DIR: cache, PIP_CACHE_DIR: cache, SWRT_CACHE_DIR: fresh(`env-cache-${n}`) });
    };
    // uv itself is provisioned once into the tool cache (not part of any timing).
    build('uv', fresh('warmup'))();

    const baseline = time(() => {
      const venv = join(scratch, 'baseline-venv');
      rmSync(venv, { recursive: true, force: true });
      sh(python('3.11'), ['-m', 'venv', venv], {});
      sh(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--no-cache-dir', '-r', join(dir, 'requirements.txt')], {});
      writeFileSync(join(scratch, 'lock.txt'), execFileSync(join(venv, 'bin', 'python'), ['-m', 'pip', 'freeze']));
      sh('tar', ['cf', join(scratch, 'baseline.swrt'), '-C', dir, '.'], {});
    });
    // cold: empty download cache; warm: the download cache the cold build filled, env cache still empty.
    const uvCache = fresh('uv-cache');
    const uvCold = time(build('uv', uvCache));
    const uvWarm = time(build('uv', uvCache));
    const pipCache = fresh('pip-cache');
    const pipCold = time(build('pip', pipCache));
    const pipWarm = time(build('pip', pipCache));
    rows.push({ example: ex, baseline_s: baseline, uv_cold_s: uvCold, uv_warm_s: uvWarm, pip_cold_s: pipCold, pip_warm_s: pipWarm });
    rmSync(scratch, { recursive: true, force: true });
  }
  const f = (n: unknown) => (n as number).toFixed(2);
  console.log('| example | swcli-style baseline (s) | swrt uv cold (s) | ratio | swrt uv warm (s) | ratio | swrt pip cold (s) | swrt pip warm (s) |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const b = r.baseline_s as number;
    console.log(`| ${r.example} | ${f(b)} | ${f(r.uv_cold_s)} | ${(b / (r.uv_cold_s as number)).toFixed(1)}x | ${f(r.uv_warm_s)} | ${(b / (r.uv_warm_s as number)).toFixed(1)}x | ${f(r.pip_cold_s)} | ${f(r.pip_warm_s)} |`);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/build.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}
