// Attacks on the local store: names and versions from a crafted bundle, a URI or a tag index that
// would form paths outside the store; a corrupt tag index; concurrent writers racing on the index
// and on temp names; restore into someone's non-empty directory; debris left by killed runs.
import { restoreCondaAt, restoreVenvAt } from '../helpers/restore.js';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { homedir, hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { create, list as tarList } from 'tar';
import { parse } from 'yaml';
import { packEnv } from '../../src/env/pack.js';
import { extractBundle } from '../../src/pipeline/restore.js';
import { listRuntimes, LocalStore } from '../../src/store/store.js';
import { parseLocalUri, resolveLocal } from '../../src/store/uri.js';
import { MemoryLog } from '../../src/util/log.js';
import { listEntries } from '../../src/bundle/swrt.js';
import { fileSha256 } from '../../src/util/hash.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { snapshot, sentinelTree } from './sentinel.js';
import { skipUnless } from '../helpers/skip.js';

const PY311 = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions', '3.11.7', 'bin', 'python3');
const REPO = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const V1 = 'abcdeaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const V2 = 'abcdfbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** A .swrt whose _manifest.yaml is exactly `manifestYaml` (anything a sender can write). */
async function craftBundle(manifestYaml: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-sec-bundle-'));
  const src = join(dir, 'src');
  mkdirSync(join(src, 'files'), { recursive: true });
  writeFileSync(join(src, '_manifest.yaml'), manifestYaml);
  writeFileSync(join(src, 'runtime.yaml'), 'name: x\n');
  writeFileSync(join(src, 'files', 'pwned.txt'), 'pwned\n');
  const file = join(dir, 'evil.swrt');
  await create({ file, cwd: src, portable: true }, ['_manifest.yaml', 'runtime.yaml', 'files']);
  return file;
}

const manifest = (fields: Record<string, unknown>) => `${Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('\n')}\nenvironment: {mode: venv, python: '3.11'}\n`;

function freshStore() {
  const s = sentinelTree();
  const root = join(s.work, 'store');
  mkdirSync(root);
  return { ...s, root, store: new LocalStore(root) };
}

function addFile(store: LocalStore, name: string, version: string) {
  const f = join(store.root, `${version}.in`);
  writeFileSync(f, version);
  return store.add(f, name, version);
}

describe('a crafted manifest never chooses a path', () => {
  // Relative to the store's workdir/runtime, where extract puts bundles: names that climb to the sentinel.
  const climb = (root: string, sentinel: string) => relative(join(root, 'self', 'workdir', 'runtime'), sentinel);

  it.each([
    ['a name climbing out', (r: string, s: string) => manifest({ name: climb(r, s), version: V1 })],
    ['a version climbing out', (r: string, s: string) => manifest({ name: 'rt', version: climb(r, s) })],
    ['an absolute name', (_r: string, s: string) => manifest({ name: s, version: V1 })],
    ['an absolute version', (_r: string, s: string) => manifest({ name: 'rt', version: s })],
    ['a null name', () => `name: null\nversion: ${V1}\n`],
    ['a missing name and version', () => 'environment: {mode: venv}\n'],
    ['a numeric name', () => `name: 42\nversion: ${V1}\n`],
    ['a list as version', () => `name: rt\nversion: [a, b]\n`],
  ])('extract refuses %s and changes nothing outside its store', async (_label, make) => {
    const s = freshStore();
    const other = s.store.workdir('other', V2);
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, '_manifest.yaml'), 'name: other\n');
    const bundle = await craftBundle(make(s.root, s.sentinel));
    const before = snapshot(s.root, [join(s.root, 'work', 'store', '.tmp')]);
    for (const force of [false, true]) {
      await expect(extractBundle(bundle, { storeRoot: s.root, force })).rejects.toThrow(/manifest/);
    }
    expect(snapshot(s.root, [join(s.root, 'work', 'store', '.tmp')])).toEqual(before);
  });

  it('extracts a well-formed bundle into its confined workdir', async () => {
    const s = freshStore();
    const bundle = await craftBundle(manifest({ name: 'rt', version: V1 }));
    const r = await extractBundle(bundle, { storeRoot: s.root });
    expect(r).toEqual({ name: 'rt', version: V1, workdir: s.store.workdir('rt', V1) });
    expect(existsSync(join(r.workdir, 'files', 'pwned.txt'))).toBe(true);
  });

  it('extract --target-dir refuses a non-empty directory unless forced; an empty or missing one is fine', async () => {
    const s = freshStore();
    const bundle = await craftBundle(manifest({ name: 'rt', version: V1 }));
    const before = snapshot(s.root, [s.work]);
    await expect(extractBundle(bundle, { storeRoot: s.root, targetDir: s.sentinel })).rejects.toThrow(/not empty/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
    const empty = join(s.work, 'empty');
    mkdirSync(empty);
    expect((await extractBundle(bundle, { storeRoot: s.root, targetDir: empty })).workdir).toBe(empty);
    expect((await extractBundle(bundle, { storeRoot: s.root, targetDir: join(s.work, 'missing') })).workdir).toBe(join(s.work, 'missing'));
    // The same runtime already there is not an error; --force replaces whatever is there.
    expect((await extractBundle(bundle, { storeRoot: s.root, targetDir: empty })).workdir).toBe(empty);
    const mine = join(s.work, 'mine');
    mkdirSync(mine);
    writeFileSync(join(mine, 'notes.txt'), 'mine');
    await expect(extractBundle(bundle, { storeRoot: s.root, targetDir: mine })).rejects.toThrow(/not empty/);
    await extractBundle(bundle, { storeRoot: s.root, targetDir: mine, force: true });
    expect(existsSync(join(mine, '_manifest.yaml'))).toBe(true);
  });
});

describe('the store checks every name before forming a path', () => {
  const bad: [string, unknown][] = [
    ['a climbing name', '../../../sentinel'],
    ['an absolute name', '/etc'],
    ['a name with a slash', 'a/b'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['empty', ''],
  ];

  it.each(bad)('add refuses %s as runtime name and moves nothing', (_l, name) => {
    const s = freshStore();
    const f = join(s.root, 'in.swrt');
    writeFileSync(f, 'x');
    const before = snapshot(s.root, [join(s.root, '.tmp')]);
    expect(() => s.store.add(f, name as string, V1)).toThrow(/runtime name/);
    expect(snapshot(s.root, [join(s.root, '.tmp')])).toEqual(before);
  });

  it.each([...bad.filter(([, v]) => v !== '/etc' && v !== 'a/b'), ['a climbing version', '../../x'], ['a version with a slash', 'ab/../../../x']])('add refuses %s as version', (_l, version) => {
    const s = freshStore();
    const f = join(s.root, 'in.swrt');
    writeFileSync(f, 'x');
    expect(() => s.store.add(f, 'rt', version as string)).toThrow(/version/);
    expect(existsSync(f)).toBe(true);
  });

  it('refuses crafted names in every path-forming call, and a crafted project', () => {
    const s = freshStore();
    addFile(s.store, 'rt', V1);
    const before = snapshot(s.root, [s.work]);
    const evil = relative(join(s.root, 'self', 'runtime'), s.sentinel);
    expect(() => s.store.runtimeDir(evil)).toThrow(/runtime name/);
    expect(() => s.store.bundlePath('rt', `..${evil}`)).toThrow(/version/);
    expect(() => s.store.workdir('rt', '/etc/passwd')).toThrow(/version/);
    expect(() => s.store.versions(evil)).toThrow(/runtime name/);
    expect(() => s.store.findVersion(evil)).toThrow(/runtime name/);
    expect(() => s.store.tag(evil, V1, ['t'])).toThrow(/runtime name/);
    expect(() => s.store.tag('rt', '../../x', ['t'])).toThrow(/version/);
    expect(() => s.store.remove(evil, V1, true)).toThrow(/runtime name/);
    expect(() => s.store.remove('rt', '../../../../sentinel', true)).toThrow();
    expect(() => s.store.recover(evil, V1)).toThrow(/runtime name/);
    expect(() => new LocalStore(s.root, '../../sentinel')).toThrow(/project/);
    expect(() => new LocalStore(s.root, '')).toThrow(/project/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  it.each([
    'local/project/../runtime/rt',
    'local/project/self/runtime/../version/x',
    'project/self/runtime/rt/version/../../../x',
    '../../sentinel',
    'rt/version/..',
    'rt/../../x',
    'project/a:b/runtime/rt',
  ])('refuses the URI %s', (uri) => {
    const s = freshStore();
    addFile(s.store, 'rt', V1);
    const before = snapshot(s.root, [s.work]);
    expect(() => resolveLocal(uri, s.root)).toThrow(/not a valid|neither a version|cannot read runtime URI/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  it('parses well-formed URIs as before', () => {
    expect(parseLocalUri('local/project/self/runtime/rt/version/v1')).toEqual({ project: 'self', name: 'rt', version: 'v1' });
    expect(parseLocalUri('rt')).toEqual({ project: 'self', name: 'rt', version: 'latest' });
    expect(() => parseLocalUri('..')).toThrow(/runtime name/);
    expect(() => parseLocalUri('rt/version/../x')).toThrow();
  });
});

describe('a bad tag index stays with its runtime', () => {
  const indexOf = (root: string, name: string) => join(root, 'self', 'runtime', name, '_manifest.yaml');

  it.each([
    ['invalid YAML', ': : [\n'],
    ['a list', '- a\n- b\n'],
    ['tags of the wrong type', 'tags: [1, 2]\nversions: {}\n'],
    ['a tag pointing at ../x', `tags: {latest: ../x}\nversions: {}\nfast_tag_seq: 0\n`],
    ['a crafted tag name', `tags: {"../x": ${V1}}\nversions: {}\n`],
    ['versions of the wrong type', `tags: {}\nversions: {${V1}: yes}\n`],
    ['a non-numeric fast_tag_seq', `tags: {}\nversions: {}\nfast_tag_seq: lots\n`],
  ])('list warns for a runtime whose index has %s and lists the others', (_l, text) => {
    const s = freshStore();
    addFile(s.store, 'good', V1);
    addFile(s.store, 'bad', V2);
    writeFileSync(indexOf(s.root, 'bad'), text);
    const warnings: string[] = [];
    const rows = listRuntimes(s.store, { warn: (m) => warnings.push(m) });
    expect(rows.map((r) => [r.name, r.version, r.tags])).toEqual([['good', V1, ['latest', 'v0']]]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(indexOf(s.root, 'bad'));
    // The bad runtime refuses to be used or changed until its index is fixed; the good one works.
    expect(() => s.store.findVersion('bad')).toThrow(/tag index/);
    expect(() => addFile(s.store, 'bad', V1)).toThrow(/tag index/);
    expect(s.store.findVersion('good').version).toBe(V1);
  });

  it('swrt list (the CLI) warns and goes on', () => {
    const s = freshStore();
    addFile(s.store, 'good', V1);
    addFile(s.store, 'bad', V2);
    writeFileSync(indexOf(s.root, 'bad'), 'tags: {latest: ../x}\n');
    const r = spawnSync(TSX, [join(REPO, 'src', 'cli', 'main.ts'), 'list', '--json'], { env: { ...process.env, SW_LOCAL_STORAGE: s.root }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as { name: string }[]).map((x) => x.name)).toEqual(['good']);
    expect(r.stderr).toMatch(/warning.*bad/);
  });
});

describe('concurrent writers', () => {
  it('N processes adding versions at once all get distinct vN tags and leave a readable index', async () => {
    const s = freshStore();
    const script = join(s.work, 'adder.mts');
    const go = join(s.work, 'go');
    writeFileSync(
      script,
      `import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalStore } from ${JSON.stringify(join(REPO, 'src', 'store', 'store.ts'))};
const [root, go, who, count] = process.argv.slice(2);
const store = new LocalStore(root);
while (!existsSync(go)) await new Promise((r) => setTimeout(r, 5));
for (let i = 0; i < Number(count); i++) {
  const version = ('v' + who + 'x' + i).padEnd(40, 'a');
  const f = join(root, version + '.in');
  writeFileSync(f, version);
  store.add(f, 'rt', version);
}
`,
    );
    const N = 6;
    const PER = 5;
    const children = Array.from({ length: N }, (_, i) => {
      const c = spawn(TSX, [script, s.root, go, String(i), String(PER)], { stdio: ['ignore', 'ignore', 'pipe'] });
      let err = '';
      c.stderr.on('data', (d: Buffer) => (err += d.toString()));
      return new Promise<string>((res) => c.on('close', (code) => res(code === 0 ? '' : `exit ${code}: ${err}`)));
    });
    await new Promise((r) => setTimeout(r, 3000));
    writeFileSync(go, '');
    expect(await Promise.all(children)).toEqual(Array(N).fill(''));
    const idx = parse(readFileSync(join(s.root, 'self', 'runtime', 'rt', '_manifest.yaml'), 'utf8')) as { tags: Record<string, string>; fast_tag_seq: number };
    const fast = Object.keys(idx.tags).filter((t) => /^v\d+$/.test(t));
    expect(fast.sort()).toEqual(Array.from({ length: N * PER }, (_, i) => `v${i}`).sort());
    expect(new Set(fast.map((t) => idx.tags[t])).size).toBe(N * PER);
    expect(idx.fast_tag_seq).toBe(N * PER - 1);
    expect(s.store.versions('rt')).toHaveLength(N * PER);
    expect(readdirSync(join(s.root, 'self', 'runtime', 'rt')).filter((f) => f.includes('.tmp') || f.includes('.lock'))).toEqual([]);
  }, 120000);

  it('a lock left by a dead process is taken over', () => {
    const s = freshStore();
    addFile(s.store, 'rt', V1);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(s.root, 'self', 'runtime', 'rt', '_manifest.yaml.lock'), `${dead} ${hostname()} 0\n`);
    addFile(s.store, 'rt', V2);
    expect(s.store.findVersion('rt', 'v1').version).toBe(V2);
  });

  it('concurrent packs into the same file leave one whole archive, never a mix', async () => {
    const s = freshStore();
    const makeEnv = (dir: string, files: number) => {
      mkdirSync(join(dir, 'bin'), { recursive: true });
      writeFileSync(join(dir, 'pyvenv.cfg'), 'home = /usr/bin\nversion = 3.11.7\n');
      for (let i = 0; i < files; i++) writeFileSync(join(dir, `f${i}.py`), `${dir}`.repeat(200 + i));
      return dir;
    };
    const big = makeEnv(join(s.work, 'big'), 300);
    const small = makeEnv(join(s.work, 'small'), 20);
    const out = join(s.work, 'venv_env.tar.gz');
    await Promise.all([packEnv(big, out, 0), packEnv(small, out, 0), packEnv(big, out, 0), packEnv(small, out, 0)]);
    const names: string[] = [];
    await tarList({ file: out, strict: true, onReadEntry: (e) => names.push(e.path) });
    // pyvenv.cfg, bin/, the files, and the python launcher with its two links.
    expect([305, 25]).toContain(names.length);
    expect(readdirSync(s.work).sort()).toEqual(['big', 'small', 'store', 'venv_env.tar.gz']);
  });
});

skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)')('concurrent builds (the bundled CLI)', () => {
  it('two builds of one runtime with --include-env both store the same readable bundle', async () => {
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    const index = await startIndex([wheels, CACHED_WHEELS]);
    try {
      const dir = project({ 'runtime.yaml': 'name: twice\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
      const env = cliEnv(index.url);
      const build = () => runCli(['build', dir, '--include-env', '--json'], { env });
      const first = await build(); // builds the env; the racing pair reuses it and races on pack + store
      expect(first.code).toBe(0);
      const runs = await Promise.all([build(), build(), build()]);
      for (const r of runs) expect({ code: r.code, stderr: r.code ? r.stderr : '' }).toEqual({ code: 0, stderr: '' });
      const outs = runs.map((r) => JSON.parse(r.stdout) as { bundle: string; sha256: string; version: string });
      expect(new Set(outs.map((o) => o.sha256)).size).toBe(1);
      expect(await fileSha256(outs[0]!.bundle)).toBe(outs[0]!.sha256);
      expect((await listEntries(outs[0]!.bundle)).map((e) => e.path)).toContain('export/venv_env.tar.gz');
      expect(readdirSync(join(env.SW_LOCAL_STORAGE!, '.tmp'))).toEqual([]);
    } finally {
      await index.close();
    }
  }, 180000);
});

describe('restore --target', () => {
  async function packedWorkdir(dir: string, mode: 'venv' | 'conda') {
    // A real venv: a packed env is restored over an interpreter of its exact version and run.
    const env = join(dir, 'builtenv');
    spawnSync(PY311, ['-m', 'venv', '--without-pip', env]);
    const wd = join(dir, 'wd');
    mkdirSync(join(wd, 'export'), { recursive: true });
    await packEnv(env, join(wd, 'export', `${mode}_env.tar.gz`), 0);
    writeFileSync(join(wd, '_manifest.yaml'), `name: rt\nversion: ${V1}\nenvironment: {mode: ${mode}, python: '', lock: {env_prefix_path: ${env}}}\ndependencies: {local_packaged_env: ${mode === 'venv'}}\n`);
    return wd;
  }
  const installerFor = () => Promise.resolve({ python: PY311, installer: undefined as never });

  it('refuses a non-empty target unless forced; an empty or missing one is fine', async () => {
    const s = freshStore();
    const wd = await packedWorkdir(s.work, 'venv');
    const log = new MemoryLog();
    const before = snapshot(s.root, [s.work]);
    await expect(restoreVenvAt(wd, { log, installerFor, starwhale: false, target: s.sentinel })).rejects.toThrow(/not empty/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
    const empty = join(s.work, 'empty');
    mkdirSync(empty);
    expect((await restoreVenvAt(wd, { log, installerFor, starwhale: false, target: empty })).envDir).toBe(empty);
    expect(readFileSync(join(empty, 'bin', 'activate'), 'utf8')).toContain(empty);
    expect((await restoreVenvAt(wd, { log, installerFor, starwhale: false, target: join(s.work, 'missing') })).envDir).toBe(join(s.work, 'missing'));
    await expect(restoreVenvAt(wd, { log, installerFor, starwhale: false, target: empty })).rejects.toThrow(/not empty/);
    expect((await restoreVenvAt(wd, { log, installerFor, starwhale: false, target: empty, force: true })).envDir).toBe(empty);
  });

  it('the conda restore refuses a non-empty target too', async () => {
    const s = freshStore();
    const wd = await packedWorkdir(s.work, 'conda');
    const tool = () => Promise.reject(new Error('no tool in this test'));
    const before = snapshot(s.root, [s.work]);
    await expect(restoreCondaAt(wd, { log: new MemoryLog(), tool, target: s.sentinel })).rejects.toThrow(/not empty/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
    // A missing target passes the check (and then fails for want of a python version).
    await expect(restoreCondaAt(wd, { log: new MemoryLog(), tool, target: join(s.work, 'missing') })).rejects.toThrow(/python version/);
  });
});

describe('debris of killed runs', () => {
  it('is swept when the store writes: dead and old goes, live or recent stays', () => {
    const s = freshStore();
    addFile(s.store, 'rt', V1);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const tmp = join(s.root, '.tmp');
    mkdirSync(tmp, { recursive: true });
    const rtDir = join(s.root, 'self', 'runtime', 'rt');
    const old = new Date(Date.now() - 3600_000);
    const plant = (p: string, dir = false) => {
      if (dir) mkdirSync(join(p, 'sub'), { recursive: true });
      else writeFileSync(p, 'debris');
      utimesSync(p, old, old);
      return p;
    };
    const deadOld = [plant(join(tmp, `${V1}.swrt.tmp-${dead}-0a1b2c`)), plant(join(tmp, `build.tmp-${dead}-ffee`), true), plant(join(rtDir, `_manifest.yaml.tmp-${dead}-00aa`))];
    const liveOld = plant(join(tmp, `${V2}.swrt.tmp-${process.pid}-0a1b2c`));
    const deadNew = join(tmp, `x.tmp-${dead}-abcd`);
    writeFileSync(deadNew, 'fresh');
    const unrelated = plant(join(tmp, 'someone-elses-file'));
    addFile(new LocalStore(s.root), 'rt', V2); // a new run opens the store
    for (const p of deadOld) expect(existsSync(p)).toBe(false);
    for (const p of [liveOld, deadNew, unrelated]) expect(existsSync(p)).toBe(true);
  });
});
