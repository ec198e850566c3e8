// swrt image against a real registry (Debian's docker-registry, htpasswd auth) behind a recording
// proxy: a runtime with a real package is pushed onto a small base image pushed with skopeo;
// skopeo inspects it, umoci unpacks it, and the runtime's python imports the package inside the
// unpacked rootfs (chroot). Building again gives the same digest and uploads nothing; a broken
// upload is retried; bad references, an unknown base and wrong credentials are one-line errors
// that leave no tag behind.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { missingTools, pushBaseImage, skopeo, startRegistry, type TestRegistry } from '../helpers/oci-registry.js';
import { hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';
import { cliEnv, project } from '../helpers/workspace.js';

const PY = join(process.env.PYENV_ROOT ?? join(process.env.HOME ?? '/root', '.pyenv'), 'versions', '3.11.7');
const missing = missingTools();
const isRoot = process.getuid?.() === 0;
const ready = missing.length === 0 && hasUvWheel() && existsSync(PY) && isRoot;
const maybe = skipUnless(ready, `swrt image registry tests: ${missing.length ? `missing ${missing.join(', ')} (apt-get install docker-registry skopeo umoci apache2-utils busybox-static)` : !isRoot ? 'chroot needs root' : 'no uv wheel or pyenv 3.11.7'}`);

let index: PackageIndex;
let reg: TestRegistry;
let env: NodeJS.ProcessEnv;
let uri: string;
let version: string;

beforeAll(async () => {
  if (!ready) return;
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
  makeWheel(wheels, 'alpha', '1.0.1');
  // A stand-in named jupyterlab for --with jupyter: there is no network here to fetch the real one.
  makeWheel(wheels, 'jupyterlab', '4.2.0');
  index = await startIndex([wheels]);
  reg = await startRegistry();
  pushBaseImage(reg, 'base/tiny:1', PY, '3.11');
  env = cliEnv(index.url, { SWRT_REGISTRY_USERNAME: reg.user, SWRT_REGISTRY_PASSWORD: reg.password, GITHUB_SHA: 'c0ffee0000000000000000000000000000000000' });
  const b = await runCli(['build', project({ 'runtime.yaml': 'name: ours\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' }), '--include-env', '--json'], { env });
  expect(b.stderr).toBe(b.code === 0 ? b.stderr : '');
  expect(b.code).toBe(0);
  version = (JSON.parse(b.stdout) as { version: string }).version;
  uri = `ours/version/${version}`;
}, 300_000);
afterAll(async () => {
  await reg?.close();
  await index?.close();
});

interface ImageJson {
  image: string;
  digest: string;
  size: number;
  seconds: number;
  layers: { what: string; digest: string; size: number }[];
  platform: string;
  tags: { tag: string; digest: string; index: boolean; platforms: string[] }[];
  push?: { uploaded: number; uploadedBytes: number; present: number; mounted: number };
}

async function image(to: string, extra: string[] = [], more: NodeJS.ProcessEnv = {}) {
  const r = await runCli(['image', uri, '--to', to, '--base', `${reg.host}/base/tiny:1`, '--json', ...extra], { env: { ...env, ...more } });
  return { ...r, json: r.code === 0 ? (JSON.parse(r.stdout) as ImageJson) : undefined };
}

const uploads = (from: number) => reg.requests.slice(from).filter((r) => r.method === 'PATCH' || (r.method === 'PUT' && r.path.includes('/blobs/uploads/')));

maybe('swrt image to a real registry', () => {
  let first: ImageJson;

  it('pushes an image skopeo reads, umoci unpacks and whose python imports the package', async () => {
    const r = await image(`${reg.host}/team/ours:v1`);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    first = r.json!;
    expect(first.image).toBe(`${reg.host}/team/ours:v1@${first.digest}`);
    expect(first.layers.map((l) => l.what.split(' ')[0])).toEqual(['python', 'env', 'bundle', 'profile']);
    // The password never reaches the output.
    expect(r.stdout + r.stderr).not.toContain(reg.password);
    const info = JSON.parse(skopeo(reg, ['inspect', `docker://${reg.direct}/team/ours:v1`])) as { Digest: string; Labels: Record<string, string>; Env: string[] };
    expect(info.Digest).toBe(first.digest);
    expect(info.Labels).toMatchObject({
      'org.opencontainers.image.title': 'ours',
      'org.opencontainers.image.version': version,
      'org.opencontainers.image.revision': 'c0ffee0000000000000000000000000000000000',
      'org.opencontainers.image.base.name': `${reg.host}/base/tiny:1`,
    });
    expect(info.Env).toEqual(expect.arrayContaining(['VIRTUAL_ENV=/opt/starwhale.user/runtime/export/venv', 'PATH=/opt/starwhale.user/runtime/export/venv/bin:/usr/local/bin:/usr/bin:/bin', 'BASE_MARK=1', `SW_USER_RUNTIME_VERSION=${version}`]));
    expect(info.Env.some((e) => e.startsWith('CUDA_HOME='))).toBe(false);

    const work = mkdtempSync(join(tmpdir(), 'swrt-unpack-'));
    execFileSync('skopeo', ['copy', '--quiet', '--src-tls-verify=false', '--src-creds', `${reg.user}:${reg.password}`, `docker://${reg.direct}/team/ours:v1`, `oci:${join(work, 'oci')}:x`]);
    execFileSync('umoci', ['unpack', '--image', `${join(work, 'oci')}:x`, join(work, 'b')]);
    const rootfs = join(work, 'b', 'rootfs');
    expect(readFileSync(join(rootfs, 'opt/starwhale.user/runtime/runtime.yaml'), 'utf8')).toContain('alpha==1.0.0');
    // The packed env's tarball is not copied again: the env is a layer of its own.
    expect(existsSync(join(rootfs, 'opt/starwhale.user/runtime/export/venv_env.tar.gz'))).toBe(false);
    const out = execFileSync('/usr/sbin/chroot', [rootfs, '/opt/starwhale.user/runtime/export/venv/bin/python', '-c', 'import sys, alpha; print(alpha.__version__); print(sys.prefix)'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    expect(out.trim().split('\n')).toEqual(['1.0.0', '/opt/starwhale.user/runtime/export/venv']);
    // A script of the env runs with the image's python (its shebang was moved to the image path).
    const pipHead = readFileSync(join(rootfs, 'opt/starwhale.user/runtime/export/venv/bin/pip'), 'utf8').split('\n')[0];
    expect(pipHead).toBe('#!/opt/starwhale.user/runtime/export/venv/bin/python');
    expect(execFileSync('/usr/sbin/chroot', [rootfs, '/opt/starwhale.user/runtime/export/venv/bin/pip', '--version'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } })).toContain('/opt/starwhale.user/runtime/export/venv/');
    // A login shell's profile activates the env (activate writes to /dev/null, which a runtime would mount).
    mkdirSync(join(rootfs, 'dev'), { recursive: true });
    execFileSync('mknod', [join(rootfs, 'dev', 'null'), 'c', '1', '3']);
    expect(execFileSync('/usr/sbin/chroot', [rootfs, '/bin/sh', '-c', '. /etc/profile.d/swrt-runtime.sh && python -c "import alpha; print(alpha.__name__)"'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } }).trim()).toBe('alpha');
  }, 240_000);

  it('builds the same digest again with every layer rebuilt (--no-cache) and uploads no blob', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/team/ours:v1`, ['--no-cache']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain('from the local cache');
    expect(r.json!.digest).toBe(first.digest);
    expect(r.json!.push).toEqual({ uploaded: 0, uploadedBytes: 0, present: 6, mounted: 0 });
    expect(uploads(from)).toEqual([]);
  }, 240_000);

  it('takes every layer from the local cache the first build filled: same digest, nothing uploaded', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/team/ours:v1`);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/\(\d+\.\d MB, from the local cache\)/g)).toHaveLength(4);
    expect(r.json!.digest).toBe(first.digest);
    expect(uploads(from)).toEqual([]);
  }, 240_000);

  it('mounts base and runtime layers into another repository instead of uploading them', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/other/ours:v1`);
    expect(r.code).toBe(0);
    expect(r.json!.digest).toBe(first.digest);
    // The base layer is mounted from the base repository; ours are new to the registry's other repo.
    expect(r.json!.push!.mounted).toBe(1);
    expect(reg.requests.slice(from).some((q) => q.method === 'POST' && q.path.includes('mount=') && q.status === 201)).toBe(true);
  }, 240_000);

  it('a changed requirement uploads a new env layer and reuses the python and base layers', async () => {
    const b = await runCli(['build', project({ 'runtime.yaml': 'name: ours\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.1]\n' }), '--include-env', '--json'], { env });
    expect(b.code).toBe(0);
    const v2 = (JSON.parse(b.stdout) as { version: string }).version;
    const from = reg.requests.length;
    const r = await runCli(['image', `ours/version/${v2}`, '--to', `${reg.host}/team/ours:v2`, '--base', `${reg.host}/base/tiny:1`, '--json'], { env });
    expect(r.stderr).not.toMatch(/^error/m);
    const next = JSON.parse(r.stdout) as ImageJson;
    const byKind = (j: ImageJson) => Object.fromEntries(j.layers.map((l) => [l.what.split(' ')[0], l.digest]));
    expect(byKind(next).python).toBe(byKind(first).python);
    expect(byKind(next).env).not.toBe(byKind(first).env);
    const uploaded = uploads(from).map((q) => /[?&]digest=(sha256(?::|%3A)[0-9a-f]{64})/.exec(q.path)?.[1]?.replace('%3A', ':')).filter(Boolean);
    expect(uploaded).toContain(byKind(next).env);
    expect(uploaded).not.toContain(byKind(first).python);
    // Only what changed travels: the env, the bundle's files and profile (they name the version), the config.
    expect(next.push!.uploaded).toBeLessThanOrEqual(4);
    expect(next.push!.uploadedBytes).toBeLessThan(first.size / 2);
  }, 300_000);

  it('exports a .dstack.yml that runs the pushed image', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'swrt-dstack-')), '.dstack.yml');
    const r = await runCli(['export', 'dstack', uri, '--image', first.image, '--type', 'task', '--command', 'python -c "import alpha"', '-o', file], { env });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(doc).toMatchObject({ type: 'task', name: 'ours', image: first.image });
    // Not over an existing file without --force.
    const again = await runCli(['export', 'dstack', uri, '--image', first.image, '-o', file], { env });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists.*--force/);
  });

  it('writes the same image as an OCI layout', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'swrt-oci-')), 'out');
    const r = await image(`oci:${dir}:v1`);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    expect(r.json!.digest).toBe(first.digest);
    const idx = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { manifests: { digest: string }[] };
    expect(idx.manifests.map((m) => m.digest)).toEqual([first.digest]);
    execFileSync('umoci', ['stat', '--image', `${dir}:v1`]);
  }, 240_000);

  it('writes a docker save archive that skopeo reads and copies into the registry', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-archive-'));
    const file = join(dir, 'ours.tar');
    const r = await image(`docker-archive:${file}:${reg.host}/team/ours:v1`);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    // Written whole under a temp name: only the archive is left in its directory.
    expect(readdirSync(dir)).toEqual(['ours.tar']);
    const names = execFileSync('tar', ['-tf', file], { encoding: 'utf8' }).trim().split('\n');
    expect(names).toEqual(expect.arrayContaining(['manifest.json', 'repositories']));
    const man = JSON.parse(execFileSync('tar', ['-xOf', file, 'manifest.json'], { encoding: 'utf8' })) as { Config: string; RepoTags: string[]; Layers: string[] }[];
    expect(man).toHaveLength(1);
    expect(man[0]!.RepoTags).toEqual([`${reg.host}/team/ours:v1`]);
    expect(man[0]!.Layers).toHaveLength(5);
    const info = JSON.parse(execFileSync('skopeo', ['inspect', `docker-archive:${file}`], { encoding: 'utf8' })) as { Labels: Record<string, string>; Layers: string[] };
    expect(info.Labels['org.opencontainers.image.version']).toBe(version);
    expect(info.Layers).toHaveLength(5);
    // Layers are stored uncompressed, as docker save writes them: their digests are the config's diff ids.
    const config = JSON.parse(execFileSync('tar', ['-xOf', file, man[0]!.Config], { encoding: 'utf8' })) as { rootfs: { diff_ids: string[] } };
    expect(info.Layers).toEqual(config.rootfs.diff_ids);
    execFileSync('skopeo', ['copy', '--quiet', '--dest-tls-verify=false', '--dest-creds', `${reg.user}:${reg.password}`, `docker-archive:${file}`, `docker://${reg.direct}/archive/ours:v1`]);
    const pushed = JSON.parse(skopeo(reg, ['inspect', '--config', `docker://${reg.direct}/archive/ours:v1`])) as { rootfs: { diff_ids: string[] }; config: { Env: string[] } };
    expect(pushed.rootfs.diff_ids).toEqual(config.rootfs.diff_ids);
    expect(pushed.config.Env).toContain('VIRTUAL_ENV=/opt/starwhale.user/runtime/export/venv');
  }, 240_000);

  it('refuses a docker-archive target that is a directory, in one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-archive-'));
    const r = await image(`docker-archive:${dir}`);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error'))).toEqual([expect.stringMatching(/is a directory/)]);
    expect(readdirSync(dir)).toEqual([]);
  }, 240_000);

  it('tags the matrix leg <version>-py<X.Y> alongside the given tag', async () => {
    const r = await image(`${reg.host}/legs/ours:latest`, ['--tag-per-leg']);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    const leg = `${version}-py3.11`;
    expect(r.json!.tags.map((t) => t.tag)).toEqual(['latest', leg]);
    const info = JSON.parse(skopeo(reg, ['inspect', `docker://${reg.direct}/legs/ours:${leg}`])) as { Digest: string };
    expect(info.Digest).toBe(first.digest);
    const listed = JSON.parse(skopeo(reg, ['list-tags', `docker://${reg.direct}/legs/ours`])) as { Tags: string[] };
    expect(listed.Tags.sort()).toEqual([leg, 'latest'].sort());
  }, 240_000);

  // A protocol test: there is no arm64 interpreter here, so the arm64 image is this machine's
  // content labelled arm64 by --arch (swrt says so in a warning). What is checked is the index.
  it('a push labelled arm64 to a tag holding amd64 makes an index of both; a new amd64 push replaces its entry', async () => {
    const amd = await image(`${reg.host}/multi/ours:v1`);
    expect(amd.code).toBe(0);
    expect(amd.json!.tags).toEqual([{ tag: 'v1', digest: amd.json!.digest, index: false, platforms: ['linux/amd64'] }]);
    const arm = await image(`${reg.host}/multi/ours:v1`, ['--arch', 'arm64']);
    expect(arm.stderr).not.toMatch(/^error/m);
    expect(arm.code).toBe(0);
    expect(arm.stderr).toMatch(/labelling the image linux\/arm64 .*base is linux\/amd64/);
    expect(arm.json!.platform).toBe('linux/arm64');
    expect(arm.json!.digest).not.toBe(amd.json!.digest);
    expect(arm.json!.tags[0]).toMatchObject({ index: true, platforms: ['linux/amd64', 'linux/arm64'] });
    type Index = { mediaType: string; manifests: { digest: string; platform: { os: string; architecture: string } }[] };
    const raw = () => JSON.parse(skopeo(reg, ['inspect', '--raw', `docker://${reg.direct}/multi/ours:v1`])) as Index;
    const idx = raw();
    expect(idx.mediaType).toBe('application/vnd.oci.image.index.v1+json');
    expect(idx.manifests.map((m) => [m.platform.os, m.platform.architecture, m.digest])).toEqual([
      ['linux', 'amd64', amd.json!.digest],
      ['linux', 'arm64', arm.json!.digest],
    ]);
    // A client picking arm64 from the index (skopeo reports the index's digest) gets an arm64 config.
    const armInfo = JSON.parse(execFileSync('skopeo', ['--override-arch', 'arm64', 'inspect', '--tls-verify=false', '--creds', `${reg.user}:${reg.password}`, `docker://${reg.direct}/multi/ours:v1`], { encoding: 'utf8' })) as { Digest: string; Architecture: string };
    expect(armInfo).toMatchObject({ Digest: arm.json!.tags[0]!.digest, Architecture: 'arm64' });
    // Another amd64 image (another revision label) replaces the amd64 entry and keeps arm64.
    const amd2 = await image(`${reg.host}/multi/ours:v1`, ['--revision', 'abcdef1234567']);
    expect(amd2.code).toBe(0);
    expect(amd2.json!.digest).not.toBe(amd.json!.digest);
    expect(raw().manifests.map((m) => [m.platform.architecture, m.digest])).toEqual([
      ['amd64', amd2.json!.digest],
      ['arm64', arm.json!.digest],
    ]);
  }, 480_000);

  it('refuses an --arch that is not an architecture name, before any request', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/multi/ours:v1`, ['--arch', '../amd64']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--arch "..\/amd64" is not an architecture name/);
    expect(reg.requests.length).toBe(from);
  });

  // jupyterlab is the stand-in wheel of that name on the local index (no network here); what is
  // checked is where it goes: into the image's env layer only, importable by the env's python.
  it('--with jupyter adds JupyterLab to the image env layer only', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'swrt-nb-')), 'oci');
    const r = await image(`oci:${dir}:nb`, ['--with', 'jupyter']);
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    const byKind = (j: ImageJson) => Object.fromEntries(j.layers.map((l) => [l.what.split(' ')[0], l.digest]));
    const nb = byKind(r.json!);
    const plain = byKind(first);
    expect(nb.env).not.toBe(plain.env);
    expect({ python: nb.python, bundle: nb.bundle, profile: nb.profile }).toEqual({ python: plain.python, bundle: plain.bundle, profile: plain.profile });
    const unpacked = join(dir, '..', 'b');
    execFileSync('umoci', ['unpack', '--image', `${dir}:nb`, unpacked]);
    const out = execFileSync('/usr/sbin/chroot', [join(unpacked, 'rootfs'), '/opt/starwhale.user/runtime/export/venv/bin/python', '-c', 'import alpha, jupyterlab; print(jupyterlab.__version__)'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } });
    expect(out.trim()).toBe('4.2.0');
    // The staging path the install ran in is named nowhere in the env's scripts.
    const bin = join(unpacked, 'rootfs/opt/starwhale.user/runtime/export/venv/bin');
    for (const f of readdirSync(bin)) {
      const p = join(bin, f);
      if (lstatSync(p).isFile()) expect(readFileSync(p, 'utf8')).not.toMatch(/swrt-image-/);
    }
  }, 240_000);

  it('refuses an unknown --with in one line, before any request', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/team/ours:v9`, ['--with', 'emacs']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/--with "emacs" is not known/);
    expect(reg.requests.length).toBe(from);
  });

  it('retries an upload whose connection broke mid-body, and the image is whole', async () => {
    reg.breakPatches(1);
    const from = reg.requests.length;
    const r = await image(`${reg.host}/retry/ours:v1`);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/broke .*starting it again in/);
    expect(r.json!.digest).toBe(first.digest);
    expect(reg.requests.slice(from).filter((q) => q.method === 'PATCH' && q.status === 0)).toHaveLength(1);
    const info = JSON.parse(skopeo(reg, ['inspect', `docker://${reg.direct}/retry/ours:v1`])) as { Digest: string; Layers: string[] };
    expect(info.Digest).toBe(first.digest);
  }, 240_000);

  it('gives up on an upload that keeps breaking, with one line and no tag', async () => {
    reg.breakPatches(100);
    const r = await image(`${reg.host}/broken/ours:v1`);
    reg.breakPatches(0);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error'))).toHaveLength(1);
    expect(r.stderr).toMatch(/uploading sha256:[0-9a-f]{64} failed after \d+ attempts/);
    expect(r.stdout).toBe('');
    expect(() => skopeo(reg, ['inspect', `docker://${reg.direct}/broken/ours:v1`])).toThrow();
  }, 240_000);

  it('sends no credentials to an upload location on another host', async () => {
    const seen: (string | undefined)[] = [];
    const other = createServer((req, res) => {
      seen.push(req.headers.authorization);
      req.resume();
      res.writeHead(500).end();
    });
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    // localhost is another host than 127.0.0.1 for the client: a loopback origin, so http is allowed.
    reg.sendUploadsTo(`http://localhost:${(other.address() as AddressInfo).port}`);
    try {
      const r = await image(`${reg.host}/elsewhere/ours:v1`);
      expect(r.stderr).toMatch(/^error: .*elsewhere\/ours/m);
      expect(r.code).toBe(1);
      expect(seen.length).toBeGreaterThan(0);
      expect(seen.every((a) => a === undefined)).toBe(true);
    } finally {
      reg.sendUploadsTo(undefined);
      other.closeAllConnections();
      await new Promise((r) => other.close(r));
    }
  }, 240_000);

  const refused: [string, string, RegExp][] = [
    ['a traversal tag', 'team/ours:../../x', /invalid image reference .*repository path component/],
    ['a tag of dots', 'team/ours:..', /invalid image reference .*the tag/],
    ['a traversal repository', 'team/../../x:1', /invalid image reference .*repository path component/],
    ['a tag with a slash', 'team/ours:a%2fb', /invalid image reference .*the tag/],
    ['upper-case repository', 'Team/ours:1', /invalid image reference/],
  ];
  for (const [what, ref, msg] of refused) {
    it(`refuses ${what} in one line, before any request`, async () => {
      const from = reg.requests.length;
      const r = await image(`${reg.host}/${ref}`);
      expect(r.code).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(msg);
      expect(reg.requests.length).toBe(from);
    });
  }

  it('an unknown base image is one line naming it', async () => {
    const r = await runCli(['image', uri, '--to', `${reg.host}/team/ours:v2`, '--base', `${reg.host}/base/nope:1`], { env });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error'))).toEqual([expect.stringMatching(/base\/nope:1: no such image \(HTTP 404\)/)]);
  });

  it('wrong credentials are a 401 in one line, the password masked', async () => {
    const r = await image(`${reg.host}/team/ours:v3`, [], { SWRT_REGISTRY_PASSWORD: 'wrong-secret-value' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/unauthorized \(HTTP 401\)/);
    expect(r.stderr).not.toContain('wrong-secret-value');
  });

  it('refuses a bundle that does not pack its env', async () => {
    const b = await runCli(['build', project({ 'runtime.yaml': 'name: plain\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n' }), '--json'], { env });
    expect(b.code).toBe(0);
    const r = await runCli(['image', `plain/version/${(JSON.parse(b.stdout) as { version: string }).version}`, '--to', `${reg.host}/team/plain:1`, '--base', `${reg.host}/base/tiny:1`], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/does not pack its env.*--include-env/);
  }, 240_000);
});

maybe('swrt image through the Docker token flow', () => {
  let treg: TestRegistry;
  beforeAll(async () => {
    treg = await startRegistry({ tokenAuth: true });
    pushBaseImage(treg, 'base/tiny:1', PY, '3.11');
  }, 120_000);
  afterAll(async () => treg?.close());

  const push = (tag: string, more: NodeJS.ProcessEnv = {}) =>
    runCli(['image', uri, '--to', `${treg.host}/team/ours:${tag}`, '--base', `${treg.host}/base/tiny:1`, '--json'], { env: { ...env, SWRT_REGISTRY_USERNAME: treg.user, SWRT_REGISTRY_PASSWORD: treg.password, ...more } });

  it('gets scoped tokens, pushes, and pushes the same digest again with no upload', async () => {
    const r = await push('v1');
    expect(r.stderr).not.toMatch(/^error/m);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout) as ImageJson;
    // Tokens were asked for the target's push scope and the base's pull scope, with the credentials.
    const asked = treg.requests.filter((q) => q.path.startsWith('/token')).map((q) => decodeURIComponent(q.path));
    expect(asked.some((p) => p.includes('scope=repository:team/ours:pull,push'))).toBe(true);
    expect(asked.some((p) => p.includes('scope=repository:base/tiny:pull'))).toBe(true);
    expect(treg.requests.filter((q) => q.path.startsWith('/token')).every((q) => q.status === 200)).toBe(true);
    const info = JSON.parse(skopeo(treg, ['inspect', `docker://${treg.direct}/team/ours:v1`])) as { Digest: string };
    expect(info.Digest).toBe(j.digest);
    const from = treg.requests.length;
    const again = await push('v1');
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as ImageJson).digest).toBe(j.digest);
    expect(treg.requests.slice(from).filter((q) => q.method === 'PATCH' || (q.method === 'PUT' && q.path.includes('/blobs/uploads/')))).toEqual([]);
  }, 240_000);

  it('a token service that refuses the credentials is one line, the password masked', async () => {
    const r = await push('v2', { SWRT_REGISTRY_PASSWORD: 'not-the-password-42' });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n').filter((l) => l.startsWith('error'))).toEqual([expect.stringMatching(/the token service refused the credentials \(HTTP 401\)/)]);
    expect(r.stderr).not.toContain('not-the-password-42');
  });
});
