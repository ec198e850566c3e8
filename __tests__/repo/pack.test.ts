// The published CLI: `npm pack` of this repository, installed globally into a temp prefix from the
// tarball alone (offline: the bundle carries every dependency), then run as a user runs it:
// `swrt --version` and a real `swrt build` against the local package index, on this machine's Node.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readManifest } from '../../src/bundle/swrt.js';
import { SWRT_VERSION } from '../../src/util/version.js';
import { REPO } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';
import { cliEnv, project } from '../helpers/workspace.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });

let tarball: string;
let prefix: string;
let files: string[];

beforeAll(() => {
  const out = mkdtempSync(join(tmpdir(), 'swrt-pack-'));
  const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', out], REPO)) as { filename: string; files: { path: string }[] }[];
  tarball = join(out, packed!.filename);
  files = packed!.files.map((f) => f.path).sort();
  prefix = mkdtempSync(join(tmpdir(), 'swrt-prefix-'));
  npm(['install', '--global', '--prefix', prefix, '--offline', '--ignore-scripts', tarball], out);
}, 300_000);

describe('the npm package', () => {
  it('is the scoped, public @runtime-action/swrt with the swrt bin and no runtime dependencies', () => {
    expect(pkg.name).toBe('@runtime-action/swrt');
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ swrt: 'dist/cli.js' });
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(readFileSync(join(REPO, 'dist', 'cli.js'), 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('packs the CLI bundle with every chunk it loads and its documents, nothing of the action or the sources', () => {
    const chunks = readdirSync(join(REPO, 'dist', 'cli-chunks')).map((f) => `dist/cli-chunks/${f}`);
    expect(chunks.length).toBeGreaterThan(0);
    expect(files).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', ...chunks, 'dist/cli.js', 'package.json', 'schema/runtime.schema.json'].sort());
  });

  it('the version in the code is the package version', () => {
    expect(SWRT_VERSION).toBe(pkg.version);
  });

  it('installs from the tarball alone into a prefix and `swrt --version` runs', () => {
    const bin = join(prefix, 'bin', 'swrt');
    expect(existsSync(bin)).toBe(true);
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    expect([r.status, r.stdout.trim()]).toEqual([0, pkg.version]);
    // nothing but the package itself was installed
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['@runtime-action']);
    expect(existsSync(join(prefix, 'lib', 'node_modules', '@runtime-action', 'swrt', 'node_modules'))).toBe(false);
  });

  it('a user error from the installed CLI is one line and a non-zero exit', () => {
    const r = spawnSync(join(prefix, 'bin', 'swrt'), ['validate', '-f', join(tmpdir(), 'no-such-dir-swrt', 'runtime.yaml')], { encoding: 'utf8' });
    expect(r.status).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)')('the installed swrt', () => {
  let index: PackageIndex;
  beforeAll(async () => {
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    index = await startIndex([wheels, CACHED_WHEELS]);
  });
  afterAll(() => index?.close());

  // Asynchronous: the index answers from this process while the CLI runs.
  it('builds a runtime from runtime.yaml against the local index', async () => {
    const dir = project({ 'runtime.yaml': 'name: packed-cli\ndependencies:\n  - pip: [alpha==1.0.0]\n' });
    const { stdout } = await promisify(execFile)(join(prefix, 'bin', 'swrt'), ['build', dir, '--json'], { cwd: dir, env: { ...process.env, ...cliEnv(index.url) } });
    const out = JSON.parse(stdout) as { name: string; bundle: string; lock_file: string };
    expect(out.name).toBe('packed-cli');
    expect(readFileSync(out.lock_file, 'utf8')).toContain('alpha==1.0.0');
    const manifest = (await readManifest(out.bundle)) as { build: { swrt_version: string } };
    expect(manifest.build.swrt_version).toBe(pkg.version);
  }, 300_000);
});
