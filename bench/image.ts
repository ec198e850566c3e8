// `npm run bench -- image [REQUIREMENT...]`: `swrt image` of a runtime with real packages (default
// numpy) onto a small base image in a real registry (Debian's docker-registry on 127.0.0.1, as the
// image tests start it), pushed three times (layer cache cold, warm, and --no-cache), against
// `skopeo copy` of the same image from an OCI layout into another repository: the daemonless floor
// for moving those bytes. Prints the layer sizes,
// the seconds of each push and the bytes each uploaded. SWRT_BENCH_INDEX sets the package index
// (default PyPI). Needs root and `docker-registry skopeo umoci apache2-utils busybox-static`.
// `swcli runtime dockerize` + `docker build` is the reference users know; it needs a Docker daemon,
// which this bench does not assume.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../__tests__/helpers/cli.js';
import { missingTools, pushBaseImage, startRegistry } from '../__tests__/helpers/oci-registry.js';
import { cliEnv, project } from '../__tests__/helpers/workspace.js';

const PY = join(process.env.PYENV_ROOT ?? join(process.env.HOME ?? '/root', '.pyenv'), 'versions', '3.11.7');

interface ImageJson {
  digest: string;
  size: number;
  layers: { what: string; size: number }[];
  push?: { uploaded: number; uploadedBytes: number; present: number; mounted: number };
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

async function timedCli(args: string[], env: NodeJS.ProcessEnv) {
  const t0 = performance.now();
  const r = await runCli(args, { env });
  const seconds = (performance.now() - t0) / 1000;
  if (r.code !== 0) throw new Error(`swrt ${args.join(' ')} failed:\n${r.stderr}`);
  return { seconds, stdout: r.stdout };
}

export async function main(args: string[]): Promise<void> {
  const missing = missingTools();
  if (missing.length || process.getuid?.() !== 0 || !existsSync(PY)) {
    throw new Error(`bench image needs root, pyenv 3.11.7 and ${missing.join(', ') || 'its tools'} (apt-get install docker-registry skopeo umoci apache2-utils busybox-static)`);
  }
  const reqs = args.length ? args : ['numpy==1.26.4'];
  const reg = await startRegistry();
  try {
    pushBaseImage(reg, 'base/tiny:1', PY, '3.11');
    const env = cliEnv(process.env.SWRT_BENCH_INDEX ?? 'https://pypi.org/simple', { SWRT_REGISTRY_USERNAME: reg.user, SWRT_REGISTRY_PASSWORD: reg.password });
    const yaml = `name: bench-image\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [${reqs.join(', ')}]\n`;
    const build = await timedCli(['build', project({ 'runtime.yaml': yaml }), '--include-env', '--json'], env);
    const version = (JSON.parse(build.stdout) as { version: string }).version;
    const uri = `bench-image/version/${version}`;
    const push = (to: string, more: string[] = []) => timedCli(['image', uri, '--to', to, '--base', `${reg.direct}/base/tiny:1`, '--json', ...more], env);

    const first = await push(`${reg.direct}/bench/rt:1`);
    const second = await push(`${reg.direct}/bench/rt:1`);
    const rebuilt = await push(`${reg.direct}/bench/rt:1`, ['--no-cache']);
    const [a, b, c] = [first, second, rebuilt].map((r) => JSON.parse(r.stdout) as ImageJson);
    for (const x of [b!, c!]) if (x.digest !== a!.digest) throw new Error(`a later build gave another digest: ${a!.digest} then ${x.digest}`);

    // The floor: the same image, already built, copied by skopeo from a layout into a fresh repository.
    const layout = join(mkdtempSync(join(tmpdir(), 'swrt-bench-oci-')), 'layout');
    await push(`oci:${layout}:rt`);
    // Everything talks to reg.direct, not the recording proxy: a synchronous skopeo would block the
    // proxy, which runs in this process, and the proxy would tax swrt alone.
    const creds = `${reg.user}:${reg.password}`;
    const t0 = performance.now();
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', '--dest-creds', creds, `oci:${layout}:rt`, `docker://${reg.direct}/floor/rt:1`], { stdio: 'inherit' });
    const skopeoSeconds = (performance.now() - t0) / 1000;

    const rows = [
      ['swrt build --include-env', build.seconds.toFixed(2), '', ''],
      ['swrt image, first push', first.seconds.toFixed(2), `${a!.push?.uploaded ?? 0} blobs, ${mb(a!.push?.uploadedBytes ?? 0)}`, (first.seconds / skopeoSeconds).toFixed(2)],
      ['swrt image, second push (layers from the local cache)', second.seconds.toFixed(2), `${b!.push?.uploaded ?? 0} blobs, ${mb(b!.push?.uploadedBytes ?? 0)}`, (second.seconds / skopeoSeconds).toFixed(2)],
      ['swrt image --no-cache, third push (layers built again)', rebuilt.seconds.toFixed(2), `${c!.push?.uploaded ?? 0} blobs, ${mb(c!.push?.uploadedBytes ?? 0)}`, (rebuilt.seconds / skopeoSeconds).toFixed(2)],
      ['skopeo copy oci: → registry (floor)', skopeoSeconds.toFixed(2), '', '1.00'],
    ];
    console.log(`load ${loadavg()[0]!.toFixed(1)}; ${reqs.join(' ')} on CPython 3.11.7; image ${mb(a!.size)} compressed: ${a!.layers.map((l) => `${l.what.split(' ')[0]} ${mb(l.size)}`).join(', ')}\n`);
    console.log('| step | seconds | uploaded | ratio to skopeo copy |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    const results = { load: loadavg()[0], requirements: reqs, digest: a!.digest, size: a!.size, layers: a!.layers, build: build.seconds, first: { seconds: first.seconds, push: a!.push }, second: { seconds: second.seconds, push: b!.push }, rebuilt: { seconds: rebuilt.seconds, push: c!.push }, skopeoSeconds };
    writeFileSync(join(import.meta.dirname, 'results', 'image.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    await reg.close();
  }
}
