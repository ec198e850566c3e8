// `npm run bench -- floor [S|M|L…]`: swrt against the floor it drives, plain
// `uv venv && uv pip install -r requirements.txt`, on the same uv, Python 3.11 and index, in
// interleaved rounds (medians). Cases per workload:
//   uv cold          — empty uv cache, new venv
//   swrt cold        — empty uv cache, empty env cache, fresh workdir and store
//   uv warm          — uv cache warm, new venv
//   swrt warm-dl     — uv cache warm, env cache empty, fresh workdir (CI after a requirement change)
//   swrt in place    — the same build again in the same workdir (env reused)
//   pack / pigz      — packing that env for --include-env vs `tar | pigz -1`
// plus `swrt --version` against bare `node -e 0`, and the peak RSS of the swrt process (builds, and
// once per workload the in-place build with --include-env, whose pack is its biggest use of memory).
// Wheels come from PyPI once into ~/.cache/swrt-bench/wheels (pip download for this Python) and
// are served as a static PEP 503 index by `python -m http.server`, so runs are comparable and the
// server costs both sides the same. Needs pigz (Debian). Build dist/ first. SWRT_BENCH_ROUNDS sets rounds (default 3; L: 1).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { packEnv } from '../src/env/pack.js';

/** The CLI under test: dist/cli.js, or SWRT_BENCH_CLI (a copy, to bench one build while the tree moves on). */
const CLI = resolve(process.env.SWRT_BENCH_CLI ?? 'dist/cli.js');
const HOME_CACHE = join(homedir(), '.cache', 'swrt-bench');
const WHEELS = join(HOME_CACHE, 'wheels');
const UV_WHEELS = resolve('__tests__/.fixture-cache/wheels');

const WORKLOADS: Record<string, string[]> = {
  S: ['requests', 'click'],
  M: ['numpy', 'pandas', 'scikit-learn', 'pillow', 'requests'],
  L: ['numpy', 'pandas', 'scikit-learn', 'pillow', 'requests', 'scipy', 'matplotlib', 'transformers', 'pyarrow', 'polars', 'duckdb'],
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2) : NaN;
};

interface Run {
  seconds: number;
  /** Peak RSS of the command's own process (KiB), from /usr/bin/time. */
  rssKb?: number;
}

/** Runs a command (async: the index is another process, but keep the loop free anyway); throws on failure. */
function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, opts: { rss?: boolean; cwd?: string } = {}): Promise<Run> {
  const rssFile = opts.rss ? join(tmpdir(), `swrt-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : '';
  const [c, a] = opts.rss ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  return new Promise((res, rej) => {
    const child = spawn(c, a, { env: { ...process.env, ...env }, cwd: opts.cwd, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', rej);
    child.on('close', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return rej(new Error(`${cmd} ${args.join(' ')} exited ${code}: ${err.slice(-2000)}`));
      let rssKb: number | undefined;
      if (rssFile) {
        rssKb = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop());
        rmSync(rssFile, { force: true });
      }
      res({ seconds, rssKb });
    });
  });
}

function python311(): string {
  return execFileSync('sh', ['-c', 'ls -d $HOME/.pyenv/versions/3.11.*/bin/python3 | tail -1'], { encoding: 'utf8' }).trim();
}

/** Downloads the wheels of every workload once (with their dependencies); later runs reuse them. */
function ensureWheelhouse(py: string): void {
  const all = [...new Set(Object.values(WORKLOADS).flat())];
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');
  const have = new Set(existsSync(WHEELS) ? readdirSync(WHEELS).map((f) => norm(f.split('-')[0]!)) : []);
  if (all.every((p) => have.has(norm(p)))) return;
  mkdirSync(WHEELS, { recursive: true });
  console.error(`downloading wheels into ${WHEELS} (once)…`);
  execFileSync(py, ['-m', 'pip', 'download', '--disable-pip-version-check', '-q', '--only-binary=:all:', '-d', WHEELS, ...all], { stdio: 'inherit' });
}

/** A static PEP 503 index over the wheelhouse: simple/<project>/index.html linking to /wheels/<file>. */
function writeIndex(root: string): void {
  const norm = (n: string) => n.toLowerCase().replace(/[-_.]+/g, '-');
  const byProject = new Map<string, string[]>();
  for (const f of readdirSync(WHEELS).filter((x) => x.endsWith('.whl'))) {
    const p = norm(f.split('-')[0]!);
    byProject.set(p, [...(byProject.get(p) ?? []), f]);
  }
  rmSync(join(root, 'simple'), { recursive: true, force: true });
  for (const [p, files] of byProject) {
    mkdirSync(join(root, 'simple', p), { recursive: true });
    writeFileSync(join(root, 'simple', p, 'index.html'), `<html><body>${files.map((f) => `<a href="/wheels/${encodeURIComponent(f)}">${f}</a>`).join('\n')}</body></html>\n`);
  }
  writeFileSync(join(root, 'simple', 'index.html'), `<html><body>${[...byProject.keys()].map((p) => `<a href="/simple/${p}/">${p}</a>`).join('\n')}</body></html>\n`);
}

async function startStaticIndex(py: string): Promise<{ url: string; stop(): void }> {
  const root = HOME_CACHE;
  writeIndex(root);
  const port = 20000 + Math.floor(Math.random() * 20000);
  const child = spawn(py, ['-m', 'http.server', '--bind', '127.0.0.1', String(port), '--directory', root], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/simple/`;
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return { url, stop: () => child.kill() };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill();
  throw new Error(`the static index on ${url} did not come up`);
}

function dirBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], { encoding: 'utf8' }).split('\t')[0]);
}

export async function main(args: string[]): Promise<void> {
  const names = args.length ? args : ['S', 'M', 'L'];
  for (const n of names) if (!WORKLOADS[n]) throw new Error(`unknown workload ${n}: use ${Object.keys(WORKLOADS).join(', ')}`);
  if (!existsSync(CLI)) throw new Error('build dist/ first (npm run build)');
  if (!['/usr/bin/pigz', '/bin/pigz'].some((p) => existsSync(p))) throw new Error('the pack floor needs pigz (apt-get install pigz)');
  const py = python311();
  ensureWheelhouse(py);
  const index = await startStaticIndex(py);
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-bench-floor-'));
  const tools = join(HOME_CACHE, 'tools');
  const fresh = (name: string) => {
    const d = join(scratch, name);
    rmSync(d, { recursive: true, force: true });
    mkdirSync(d, { recursive: true });
    return d;
  };
  const swrtEnv = (uvCache: string, envCache: string, store: string): NodeJS.ProcessEnv => ({
    SW_LOCAL_STORAGE: store,
    SWRT_CACHE_DIR: envCache,
    RUNNER_TOOL_CACHE: tools,
    UV_CACHE_DIR: uvCache,
    PIP_CONFIG_FILE: '/dev/null',
    UV_NO_CONFIG: '1',
    SW_PYPI_INDEX_URL: index.url,
    SWRT_UV_MIRROR: UV_WHEELS,
    SOURCE_DATE_EPOCH: '1700000000',
  });
  const project = (name: string, reqs: string[]) => {
    const d = fresh(name);
    writeFileSync(join(d, 'runtime.yaml'), `name: floor\nmode: venv\nenvironment:\n  python: "3.11"\ndependencies:\n  - requirements.txt\n`);
    writeFileSync(join(d, 'requirements.txt'), `${reqs.join('\n')}\n`);
    return d;
  };
  const swrtBuild = (dir: string, env: NodeJS.ProcessEnv, extra: string[] = []) => run(process.execPath, [CLI, '-q', 'build', ...extra, dir], env, { rss: true });

  try {
    // uv itself is provisioned once into the bench tool cache (not part of any timing); its binary is the plain-uv baseline too.
    await swrtBuild(project('warmup', WORKLOADS.S!), swrtEnv(fresh('warmup-uv'), fresh('warmup-cache'), fresh('warmup-store')));
    const uv = execFileSync('find', [tools, '-type', 'f', '-name', 'uv', '-perm', '-u+x'], { encoding: 'utf8' }).trim().split('\n')[0]!;
    const uvVersion = execFileSync(uv, ['--version'], { encoding: 'utf8' }).trim();
    const uvPlain = async (cache: string, reqs: string) => {
      const venv = join(fresh('uv-venv'), '.venv');
      const env = { UV_CACHE_DIR: cache, UV_INDEX_URL: index.url, UV_NO_CONFIG: '1', UV_NO_PROGRESS: '1' };
      const a = await run(uv, ['venv', '--quiet', '--python', py, venv], env);
      const b = await run(uv, ['pip', 'install', '--quiet', '--python', join(venv, 'bin', 'python'), '-r', reqs], env);
      return { seconds: a.seconds + b.seconds };
    };

    const rows: Record<string, number | string>[] = [];
    for (const name of names) {
      const reqs = WORKLOADS[name]!;
      const rounds = Number(process.env.SWRT_BENCH_ROUNDS) || (name === 'L' ? 1 : 3);
      const t: Record<string, number[]> = { uvCold: [], swrtCold: [], uvWarm: [], swrtWarm: [], inPlace: [], pack: [], pigz: [], rss: [], rssPack: [] };
      let envBytes = 0;
      let packBytes = 0;
      let pigzBytes = 0;
      for (let r = 0; r < rounds; r++) {
        const reqFile = join(project(`${name}-req`, reqs), 'requirements.txt');
        const uvCache = fresh(`${name}-uv-cache`);
        t.uvCold!.push((await uvPlain(uvCache, reqFile)).seconds);
        const cold = await swrtBuild(project(`${name}-cold`, reqs), swrtEnv(fresh(`${name}-cold-uv`), fresh(`${name}-cold-cache`), fresh(`${name}-cold-store`)));
        t.swrtCold!.push(cold.seconds);
        t.rss!.push(cold.rssKb ?? NaN);
        t.uvWarm!.push((await uvPlain(uvCache, reqFile)).seconds);
        const wd = project(`${name}-warm`, reqs);
        const warmEnv = swrtEnv(uvCache, fresh(`${name}-warm-cache`), fresh(`${name}-warm-store`));
        const warm = await swrtBuild(wd, warmEnv);
        t.swrtWarm!.push(warm.seconds);
        t.rss!.push(warm.rssKb ?? NaN);
        const again = await swrtBuild(wd, warmEnv);
        t.inPlace!.push(again.seconds);
        const env = join(wd, '.starwhale', 'venv');
        envBytes = dirBytes(env);
        const out = join(fresh(`${name}-pack`), 'venv_env.tar.gz');
        const p0 = performance.now();
        await packEnv(env, out, 1700000000);
        t.pack!.push((performance.now() - p0) / 1000);
        packBytes = statSync(out).size;
        const pigzOut = join(scratch, `${name}-pack`, 'pigz.tar.gz');
        t.pigz!.push((await run('sh', ['-c', 'tar -C "$1" -cf - . | pigz -1 > "$2"', 'sh', env, pigzOut])).seconds);
        pigzBytes = statSync(pigzOut).size;
        // Last, as it seeds pip into the env: the same build with --include-env, for its peak RSS
        // (the env is reused; packing it is the work).
        if (r === rounds - 1) t.rssPack!.push((await swrtBuild(wd, warmEnv, ['--include-env'])).rssKb ?? NaN);
      }
      const m = Object.fromEntries(Object.entries(t).map(([k, v]) => [k, median(v)])) as Record<string, number>;
      rows.push({ workload: name, packages: reqs.join(' '), rounds, env_mb: envBytes / 1e6, pack_mb: packBytes / 1e6, pigz_mb: pigzBytes / 1e6, ...m, rss_max_kb: Math.max(...t.rss!) });
    }

    const ver: number[] = [];
    const nodeBare: number[] = [];
    for (let i = 0; i < 10; i++) {
      ver.push((await run(process.execPath, [CLI, '--version'])).seconds);
      nodeBare.push((await run(process.execPath, ['-e', '0'])).seconds);
    }
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], { encoding: 'utf8' }).trim() ? '+dirty' : '';
    const f = (n: number, d = 2) => (Number.isFinite(n) ? n.toFixed(d) : '-');
    const x = (a: number, b: number) => `${f(a / b, 2)}×`;
    console.log(`commit ${commit}${dirty}, ${uvVersion}, python ${py}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (medians)\n`);
    console.log('| workload | env MB | uv cold s | swrt cold s | swrt/uv cold | uv warm s | swrt warm-dl s | swrt/uv warm | swrt in place s | pack s (MB) | tar\\|pigz -1 s (MB) | pack/pigz | peak RSS MB | RSS --include-env MB |');
    console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const n = r as Record<string, number>;
      console.log(
        `| ${r.workload} (${r.rounds}×) | ${f(n.env_mb!, 0)} | ${f(n.uvCold!)} | ${f(n.swrtCold!)} | ${x(n.swrtCold!, n.uvCold!)} | ${f(n.uvWarm!)} | ${f(n.swrtWarm!)} | ${x(n.swrtWarm!, n.uvWarm!)} | ${f(n.inPlace!)} | ${f(n.pack!)} (${f(n.pack_mb!, 0)}) | ${f(n.pigz!)} (${f(n.pigz_mb!, 0)}) | ${x(n.pack!, n.pigz!)} | ${f(n.rss_max_kb! / 1024, 0)} | ${f(n.rssPack! / 1024, 0)} |`,
      );
    }
    console.log(`\nswrt --version ${f(median(ver), 3)} s vs node -e 0 ${f(median(nodeBare), 3)} s: ${x(median(ver), median(nodeBare))}`);
    mkdirSync('bench/results', { recursive: true });
    writeFileSync(
      'bench/results/floor.json',
      `${JSON.stringify({ date: new Date().toISOString(), commit: commit + dirty, uv: uvVersion, python: py, loadavg: loadavg(), rows, version_s: median(ver), node_s: median(nodeBare) }, null, 2)}\n`,
    );
  } finally {
    index.stop();
    rmSync(scratch, { recursive: true, force: true });
  }
}
