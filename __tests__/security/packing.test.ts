// Files we pack are files: what a runtime directory holds (links, FIFOs, devices, files that change
// under us) never makes us read, pack, hash or copy anything outside it, and never hangs a build.
import { execFileSync, spawn } from 'node:child_process';
import { appendFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { list } from 'tar';
import { extractArchive } from '../../src/archive/extract.js';
import { writeBundle } from '../../src/bundle/swrt.js';
import { writeTar, type TarEntry } from '../../src/archive/tar.js';
import { copyNativeFile } from '../../src/env/build.js';
import { digestInputs, readInput } from '../../src/spec/digests.js';
import { build } from '../../src/pipeline/build.js';
import { loadSpec } from '../../src/spec/index.js';
import type { LoadedSpec } from '../../src/spec/types.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { sentinelTree, snapshot } from './sentinel.js';

const SECRET = `SECRET-${process.pid}-${Date.now()}`;
const TOKEN = `swtoken-${process.pid}-${Date.now()}`;

/**
 * A FIFO, and a watchdog that opens it after 10 s: code that (wrongly) blocks reading it then gets
 * EOF instead of hanging the suite, and the test's time check fails instead.
 */
function mkfifo(p: string): void {
  execFileSync('mkfifo', [p]);
  spawn('sh', ['-c', 'sleep 10; [ -p "$1" ] && exec 3<>"$1"', '_', p], { stdio: 'ignore' }).unref();
}

/** Runs `fn` and fails when it took longer than a FIFO watchdog needs to step in. */
async function quick<T>(fn: () => T | Promise<T>): Promise<T> {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    expect(Date.now() - t0).toBeLessThan(8000);
  }
}

const YAML = ['name: leak-rt', 'mode: venv', 'environment:', '  python: "3.11"', 'dependencies:', '  - requirements.txt', '  - files:', '      - {src: conf, dest: etc/conf}', ''].join('\n');

/** A runtime dir `work/rt` with a clean `conf/` files dir; the secret lies outside it. */
const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function runtime(yaml = YAML) {
  const t = sentinelTree('swrt-pack-');
  roots.push(t.root);
  const dir = join(t.work, 'rt');
  mkdirSync(join(dir, 'conf', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'runtime.yaml'), yaml);
  writeFileSync(join(dir, 'requirements.txt'), 'alpha==1.0\n');
  writeFileSync(join(dir, 'conf', 'a.txt'), 'plain\n');
  writeFileSync(join(dir, 'conf', 'sub', 'b.txt'), 'nested\n');
  const secret = join(t.root, 'secret.txt');
  writeFileSync(secret, `${SECRET}\n`);
  return { ...t, dir, secret, yaml: join(dir, 'runtime.yaml') };
}

/** Plants links that lead out of the runtime dir, and a FIFO, inside conf/. */
function plant(dir: string, secret: string): void {
  symlinkSync(secret, join(dir, 'conf', 'abs-out'));
  symlinkSync('../../../secret.txt', join(dir, 'conf', 'rel-out'));
  symlinkSync('/proc/self/environ', join(dir, 'conf', 'sub', 'environ'));
  symlinkSync('/dev/zero', join(dir, 'conf', 'zero'));
  mkfifo(join(dir, 'conf', 'fifo'));
}

async function members(swrt: string): Promise<Map<string, { type: string; body: string; linkpath?: string }>> {
  const out = new Map<string, { type: string; body: string; linkpath?: string }>();
  await list({
    file: swrt,
    onReadEntry: (e) => {
      const chunks: Buffer[] = [];
      e.on('data', (c: Buffer) => chunks.push(c));
      e.on('end', () => out.set(e.path.replace(/\/$/, ''), { type: e.type, body: Buffer.concat(chunks).toString('latin1'), linkpath: e.linkpath }));
    },
  });
  return out;
}

/** Files under `root` (links not followed; .swrt bundles are plain tars) whose bytes hold the secret or the token. */
function holdingSecrets(root: string): string[] {
  if (!existsSync(root)) return [];
  return Object.entries(snapshot(root))
    .filter(([k, v]) => v.startsWith('file') && new RegExp(`${SECRET}|${TOKEN}`).test(readFileSync(join(root, k), 'latin1')))
    .map(([k]) => k);
}

const bundleInput = (loaded: LoadedSpec) => ({ loaded, manifest: { name: 'leak-rt' } as never, mtime: 1700000000 });

const leftovers = (dir: string) => readdirSync(dir).filter((n) => n.includes('.tmp-'));

let savedToken: string | undefined;
beforeAll(() => {
  savedToken = process.env.SW_TOKEN;
  process.env.SW_TOKEN = TOKEN;
});
afterAll(() => {
  if (savedToken === undefined) delete process.env.SW_TOKEN;
  else process.env.SW_TOKEN = savedToken;
});

describe('runtime.yaml validation refuses what is not a plain file inside the dir', () => {
  it('reports every link out and every special file in a files: dir at once, with line:col', async () => {
    const r = runtime();
    plant(r.dir, r.secret);
    const err = (await quick(() => loadSpec(r.yaml).catch((e: unknown) => e))) as { format(): string };
    const text = err.format();
    for (const p of ['conf/abs-out', 'conf/rel-out', 'conf/sub/environ', 'conf/zero', 'conf/fifo']) expect(text).toContain(p);
    expect(text).toMatch(/runtime\.yaml:8:\d+: error/);
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain(TOKEN);
  }, 10000);

  it('refuses a requirements file that links to /dev/zero, and one that is a FIFO', async () => {
    const r = runtime(YAML.replace('  - requirements.txt', '  - requirements.txt\n  - reqs2.txt'));
    rmSync(join(r.dir, 'requirements.txt'));
    symlinkSync('/dev/zero', join(r.dir, 'requirements.txt'));
    mkfifo(join(r.dir, 'reqs2.txt'));
    const text = ((await quick(() => loadSpec(r.yaml).catch((e: unknown) => e))) as { format(): string }).format();
    expect(text).toMatch(/runtime\.yaml:6:\d+: error: requirements file "requirements.txt"/);
    expect(text).toMatch(/runtime\.yaml:7:\d+: error: requirements file "reqs2.txt" is not a regular file/);
  }, 10000);

  it('accepts links that stay inside the dir', async () => {
    const r = runtime();
    symlinkSync('a.txt', join(r.dir, 'conf', 'same'));
    symlinkSync(join(r.dir, 'requirements.txt'), join(r.dir, 'conf', 'abs-in'));
    symlinkSync('sub', join(r.dir, 'conf', 'dirlink'));
    await expect(loadSpec(r.yaml)).resolves.toBeTruthy();
  });
});

describe('runtime.yaml itself is stat-ed before it is read', () => {
  it('refuses a FIFO without hanging', async () => {
    const r = runtime();
    rmSync(r.yaml);
    mkfifo(r.yaml);
    await expect(quick(() => loadSpec(r.yaml))).rejects.toThrow(/runtime\.yaml.*not a regular file/);
  }, 5000);

  it('refuses a link to /dev/zero without reading it', async () => {
    const r = runtime();
    rmSync(r.yaml);
    symlinkSync('/dev/zero', r.yaml);
    await expect(loadSpec(r.yaml)).rejects.toThrow(/runtime\.yaml/);
  }, 5000);

  it('refuses a link to a file outside the dir, and one over the size cap', async () => {
    const r = runtime();
    rmSync(r.yaml);
    writeFileSync(join(r.root, 'outside.yaml'), YAML);
    symlinkSync('../../outside.yaml', r.yaml);
    await expect(loadSpec(r.yaml)).rejects.toThrow(/outside/);
    rmSync(r.yaml);
    writeFileSync(r.yaml, `name: x\n#${'x'.repeat(2 * 1024 * 1024)}\n`);
    await expect(loadSpec(r.yaml)).rejects.toThrow(/MiB/);
  });

  it('accepts a link to a regular file inside the dir', async () => {
    const r = runtime();
    writeFileSync(join(r.dir, 'real.yaml'), YAML);
    rmSync(r.yaml);
    symlinkSync('real.yaml', r.yaml);
    expect((await loadSpec(r.yaml)).spec.name).toBe('leak-rt');
  });
});

describe('pack time re-checks the tree (it may change after validation)', () => {
  it('refuses links out and special files planted after validation; nothing leaks, nothing is left', async () => {
    const r = runtime();
    const loaded = await loadSpec(r.yaml);
    const before = snapshot(r.sentinel);
    const cases: [string, () => void][] = [
      ['conf/abs-out', () => symlinkSync(r.secret, join(r.dir, 'conf', 'abs-out'))],
      ['conf/sub/environ', () => symlinkSync('/proc/self/environ', join(r.dir, 'conf', 'sub', 'environ'))],
      ['conf/zero', () => symlinkSync('/dev/zero', join(r.dir, 'conf', 'zero'))],
      ['conf/fifo', () => mkfifo(join(r.dir, 'conf', 'fifo'))],
    ];
    const outDir = join(r.work, 'out');
    mkdirSync(outDir);
    for (const [name, doPlant] of cases) {
      doPlant();
      const out = join(outDir, 'x.swrt');
      const err = (await quick(() => writeBundle(bundleInput(loaded), out).catch((e: unknown) => e))) as Error;
      expect(err).toBeInstanceOf(Error);
      expect(err.name).toBe('UserError');
      expect(err.message).toContain(name);
      expect(err.message).not.toMatch(/\n/);
      expect(err.message).not.toContain(SECRET);
      expect(existsSync(out)).toBe(false);
      expect(leftovers(outDir)).toEqual([]);
      await quick(() => expect(() => digestInputs(loaded)).toThrow(name));
      rmSync(join(r.dir, name));
    }
    expect(snapshot(r.sentinel)).toEqual(before);
  }, 15000);

  it('refuses a top-level files src or requirements file swapped for a link out', async () => {
    const r = runtime();
    const loaded = await loadSpec(r.yaml);
    rmSync(join(r.dir, 'requirements.txt'));
    symlinkSync(r.secret, join(r.dir, 'requirements.txt'));
    await expect(writeBundle(bundleInput(loaded), join(r.work, 'y.swrt'))).rejects.toThrow(/requirements\.txt/);
    expect(() => digestInputs(loaded)).toThrow(/requirements\.txt/);
    expect(() => readInput(loaded, 'requirements.txt')).toThrow(/requirements\.txt/);
    rmSync(join(r.dir, 'requirements.txt'));
    mkfifo(join(r.dir, 'requirements.txt'));
    await quick(() => expect(() => readInput(loaded, 'requirements.txt')).toThrow(/not a regular file/));
    rmSync(join(r.dir, 'requirements.txt'));
    writeFileSync(join(r.dir, 'requirements.txt'), 'alpha==1.0\n');
    rmSync(join(r.dir, 'conf'), { recursive: true });
    symlinkSync(r.sentinel, join(r.dir, 'conf'));
    await expect(writeBundle(bundleInput(loaded), join(r.work, 'y.swrt'))).rejects.toThrow(/conf/);
    expect(existsSync(join(r.work, 'y.swrt'))).toBe(false);
  }, 10000);

  it('packs a link that stays inside as a relative symlink entry, and it restores', async () => {
    const r = runtime();
    symlinkSync('a.txt', join(r.dir, 'conf', 'same'));
    symlinkSync(join(r.dir, 'conf', 'sub', 'b.txt'), join(r.dir, 'conf', 'abs-in'));
    symlinkSync('sub', join(r.dir, 'conf', 'dirlink'));
    const loaded = await loadSpec(r.yaml);
    const out = join(r.work, 'ok.swrt');
    await writeBundle(bundleInput(loaded), out);
    const m = await members(out);
    expect(m.get('files/conf/same')).toMatchObject({ type: 'SymbolicLink', linkpath: 'a.txt' });
    expect(m.get('files/conf/abs-in')).toMatchObject({ type: 'SymbolicLink', linkpath: 'sub/b.txt' });
    expect(m.get('files/conf/dirlink')).toMatchObject({ type: 'SymbolicLink', linkpath: 'sub' });
    expect(m.get('files/conf/a.txt')?.body).toBe('plain\n');
    const x = await extractArchive(out, join(r.work, 'x'));
    expect(readFileSync(join(x, 'files/conf/abs-in'), 'utf8')).toBe('nested\n');
    expect(readFileSync(join(x, 'files/conf/dirlink/b.txt'), 'utf8')).toBe('nested\n');
    // the same files dir copied into an env keeps the links as links
    const env = join(r.work, 'env');
    mkdirSync(env);
    copyNativeFile(join(x, 'files'), 'conf', env, 'etc/conf');
    expect(readlinkSync(join(env, 'etc/conf/same'))).toBe('a.txt');
    expect(readFileSync(join(env, 'etc/conf/dirlink/b.txt'), 'utf8')).toBe('nested\n');
    for (const [, v] of m) expect(v.body).not.toContain(SECRET);
  });
});

describe('copying files: into an env follows no link out', () => {
  it.each(['abs-out', 'rel-out', 'sub/environ', 'zero', 'fifo'])('refuses conf/%s; nothing outside is read or written', async (name) => {
    const r = runtime();
    plant(r.dir, r.secret);
    for (const other of ['abs-out', 'rel-out', 'sub/environ', 'zero', 'fifo']) if (other !== name) rmSync(join(r.dir, 'conf', other));
    const env = join(r.work, 'env');
    mkdirSync(env);
    const before = snapshot(r.sentinel);
    await quick(() => expect(() => copyNativeFile(r.dir, 'conf', env, 'etc/conf')).toThrow(`conf/${name}`));
    for (const [k, v] of Object.entries(snapshot(env))) {
      expect(v).not.toMatch(/^link -> (\/|\.\.\/\.\.\/\.\.)/);
      if (v.startsWith('file')) expect(readFileSync(join(env, k), 'latin1')).not.toMatch(new RegExp(`${SECRET}|${TOKEN}`));
    }
    expect(snapshot(r.sentinel)).toEqual(before);
  }, 10000);

  it('refuses a link whose relative target would leave the env once copied to dest', () => {
    const r = runtime();
    mkdirSync(join(r.dir, 'conf', 'deep'), { recursive: true });
    symlinkSync('../../requirements.txt', join(r.dir, 'conf', 'deep', 'up'));
    const env = join(r.work, 'env');
    mkdirSync(env);
    expect(() => copyNativeFile(r.dir, 'conf/deep', env, 'x')).toThrow(/conf\/deep\/up/);
  });
});

describe('the tar writer packs exactly the file it stat-ed', () => {
  const entry = (source: string): TarEntry => ({ path: 'f', type: 'file', mode: 0o644, source, size: statSync(source).size });

  it('refuses a file that grew or shrank between stat and read, and removes nothing but its own output', async () => {
    const r = runtime();
    const f = join(r.work, 'data.bin');
    writeFileSync(f, Buffer.alloc(4096, 1));
    const e = entry(f);
    appendFileSync(f, 'more');
    await expect(writeTar(join(r.work, 'a.tar'), [e], 0)).rejects.toThrow(/data\.bin changed while/);
    truncateSync(f, 10);
    await expect(writeTar(join(r.work, 'b.tar'), [e], 0)).rejects.toThrow(/data\.bin changed while/);
  });

  it('refuses a file that grows while it is being read', async () => {
    const r = runtime();
    const f = join(r.work, 'big.bin');
    writeFileSync(f, Buffer.alloc(32 * 1024 * 1024, 7));
    const e: TarEntry = { path: 'big', type: 'file', mode: 0o644, source: f };
    let grow = true;
    let added = 0;
    const tick = () => {
      if (!grow || added >= 16 * 1024 * 1024) return;
      appendFileSync(f, Buffer.alloc(65536, 8));
      added += 65536;
      setImmediate(tick);
    };
    setImmediate(tick);
    try {
      await expect(writeTar(join(r.work, 'c.tar'), [e], 0)).rejects.toThrow(/big\.bin changed while/);
    } finally {
      grow = false;
    }
  }, 20000);

  it('refuses a source swapped for a link or a FIFO after the scan, without hanging', async () => {
    const r = runtime();
    const f = join(r.work, 'swap.txt');
    writeFileSync(f, 'x'.repeat(40));
    const e = entry(f);
    rmSync(f);
    symlinkSync(r.secret, f);
    await expect(writeTar(join(r.work, 'd.tar'), [e], 0)).rejects.toThrow(/swap\.txt/);
    rmSync(f);
    mkfifo(f);
    await expect(quick(() => writeTar(join(r.work, 'e.tar'), [e], 0))).rejects.toThrow(/swap\.txt/);
    expect(lstatSync(f).isFIFO()).toBe(true);
  }, 5000);

  it('leaves no temp bundle behind when a file changes during writeBundle', async () => {
    const r = runtime();
    const loaded = await loadSpec(r.yaml);
    const outDir = join(r.work, 'out');
    mkdirSync(outDir);
    // a packed env that is not what was stat-ed: writeBundle takes its size at collection time
    const envTar = join(r.work, 'env.tar.gz');
    writeFileSync(envTar, Buffer.alloc(1 << 20, 3));
    const p = writeBundle({ ...bundleInput(loaded), packedEnv: { name: 'venv_env.tar.gz', path: envTar } }, join(outDir, 'z.swrt'));
    appendFileSync(envTar, 'late');
    await expect(p).rejects.toThrow(/env\.tar\.gz changed while/);
    await new Promise((res) => setTimeout(res, 100));
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('a build of a runtime with links out fails before anything is packed', () => {
  it('refuses, and neither the log nor the store holds the secret', async () => {
    // no requirements: were the links followed, the build would go on offline and pack them
    const r = runtime(YAML.replace('  - requirements.txt\n', ''));
    symlinkSync(r.secret, join(r.dir, 'conf', 'abs-out'));
    symlinkSync('/proc/self/environ', join(r.dir, 'conf', 'sub', 'environ'));
    const log = new MemoryLog();
    const store = join(r.work, 'store');
    const res = await build({ yaml: r.yaml, installer: 'pip', lock: true, includeEnv: false, runCommands: false, tags: [], storeRoot: store, log }).catch((e: unknown) => e);
    expect(res).toBeInstanceOf(UserError);
    const text = (res as UserError).format();
    expect(text).toContain('conf/abs-out');
    expect(text).toContain('conf/sub/environ');
    for (const t of [text, log.text()]) expect(t).not.toMatch(new RegExp(`${SECRET}|${TOKEN}`));
    expect(holdingSecrets(store)).toEqual([]);
  }, 15000);
});
