// `npm run bench -- cache [example…]`: the action (bundled dist/, run by the runner simulator) with
// the real @actions/cache against the local results service, on the real package index:
//   cold    — empty cache: download, install, save env (+ downloads in post)
//   warm    — fresh checkout, env layer exact hit: no install
//   partial — a requirements change: env misses, the downloads layer restores by restore-key
//   floor   — copy + `tar -x --zstd` of the same env's archive alone (what any restore must at least do)
// Prints a markdown table with ratios and writes bench/results/cache.json. Build dist/ first.
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startResultsService } from '../__tests__/harness/fake-results-service.js';
import { runAction, type RunActionResult } from '../__tests__/harness/run-action.js';

const since = (t0: number) => (performance.now() - t0) / 1000;

/** Seconds the env layer's restore took, from the job summary's cache table. */
function envRestoreSeconds(r: RunActionResult): number {
  const m = /<td>env<\/td><td><code>[^<]*<\/code><\/td><td>hit<\/td><td>[^<]*<\/td><td>([\d.]+) s<\/td>/.exec(r.main!.summary);
  if (!m) throw new Error('no env hit row in the job summary');
  return Number(m[1]);
}

function packages(r: RunActionResult): number {
  const py = join(r.main!.outputs['env-path']!, 'bin', 'python');
  return JSON.parse(execFileSync(py, ['-c', 'import json, importlib.metadata as m; print(json.dumps(len(list(m.distributions()))))'], { encoding: 'utf8' })) as number;
}

// The runner simulator passes a minimal environment; the machine's CA bundle / proxy settings must
// reach uv for the real index.
const tlsEnv = Object.fromEntries(Object.entries(process.env).filter(([k]) => /SSL|CERT|PROXY/i.test(k)));

export async function main(args: string[]): Promise<void> {
  const examples = args.length ? args : ['ml-lite', 'helloworld'];
  const rows: Record<string, number | string>[] = [];
  for (const [ex, installer] of examples.flatMap((e) => [[e, 'uv'], [e, 'pip']] as const)) {
    const scratch = mkdtempSync(join(tmpdir(), `swrt-bench-cache-${ex}-`));
    const svc = await startResultsService();
    const ws = join(scratch, 'ws');
    const temp = join(scratch, 'runner-temp');
    const toolCache = join(scratch, 'toolcache');
    const checkout = () => {
      for (const d of [ws, temp]) {
        rmSync(d, { recursive: true, force: true });
        mkdirSync(d, { recursive: true });
      }
      cpSync(resolve('examples', ex), ws, { recursive: true });
    };
    const run = async (label: string) => {
      execFileSync('sync'); // start each timing with no dirty pages of the previous run to write back
      const t0 = performance.now();
      const r = await runAction({
        entry: 'both',
        workspace: ws,
        inputs: { installer },
        timeoutMs: 600_000,
        env: { ...tlsEnv, ...svc.env(), RUNNER_TEMP: temp, RUNNER_TOOL_CACHE: toolCache, SW_LOCAL_STORAGE: join(scratch, 'store'), ACTIONS_CACHE_URL: undefined, UV_CACHE_DIR: undefined },
      });
      const total = since(t0);
      if (r.main?.code !== 0 || r.post?.code !== 0) throw new Error(`${ex} ${label}: the action failed\n${r.main?.stdout}\n${r.post?.stdout}`);
      return { r, total };
    };
    // uv is provisioned into the tool cache once, outside every timing; then the cache starts empty.
    checkout();
    await run('warmup');
    svc.caches.length = 0;

    checkout();
    const cold = await run('cold');
    checkout();
    const warm = await run('warm');
    if (warm.r.main!.outputs['cache-hit'] !== 'true') throw new Error(`${ex}: the warm run did not hit the env layer`);
    checkout();
    appendFileSync(join(ws, 'requirements.txt'), '# a change that alters the digest, not the packages\n');
    const partial = await run('partial');

    // The physical floor: unpack the same env from a zstd tar, as the cache restore does.
    const env = warm.r.main!.outputs['env-path']!;
    const tarball = join(scratch, 'env.tzst');
    execFileSync('tar', ['--zstd', '-cf', tarball, '-C', env, '.']);
    const out = join(scratch, 'floor');
    mkdirSync(out);
    execFileSync('sync');
    const t0 = performance.now();
    // Land the archive (the download's write) and unpack it: what any restore must at least do.
    execFileSync('cp', [tarball, `${tarball}.landed`]);
    execFileSync('tar', ['--zstd', '-xf', `${tarball}.landed`, '-C', out]);
    const floor = since(t0);

    rows.push({
      example: ex,
      installer,
      packages: packages(warm.r),
      cold_s: cold.total,
      warm_s: warm.total,
      partial_s: partial.total,
      warm_restore_s: envRestoreSeconds(warm.r),
      floor_s: floor,
      env_mib: Number(execFileSync('du', ['-sm', env], { encoding: 'utf8' }).split('\t')[0]),
    });
    await svc.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  const f = (n: number | string) => (n as number).toFixed(2);
  console.log('| example | installer | packages | env MiB | cold (s) | warm (s) | cold/warm | partial (s) | cold/partial | env restore (s) | tar -x floor (s) | restore/floor |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const [c, w, p, rs, fl] = [r.cold_s, r.warm_s, r.partial_s, r.warm_restore_s, r.floor_s] as number[];
    console.log(`| ${r.example} | ${r.installer} | ${r.packages} | ${r.env_mib} | ${f(c!)} | ${f(w!)} | ${(c! / w!).toFixed(1)}x | ${f(p!)} | ${(c! / p!).toFixed(1)}x | ${f(rs!)} | ${f(fl!)} | ${(rs! / fl!).toFixed(1)}x |`);
  }
  console.log('\ncold/warm/partial: whole action runs (main + post, node start, lock, bundle and store included).');
  console.log('env restore: the env layer restore inside the warm run (download + unpack); floor: cp + tar -x --zstd of the archive of the same env alone. Disk writeback on this VM makes single restores vary 2-4x; compare within a run.');
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/cache.json', `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
}
