// swrt image against a real registry (Debian's docker-registry, htpasswd auth) behind a recording
// proxy: a runtime with a real package is pushed onto a small base image pushed with skopeo;
// skopeo inspects it, umoci unpacks it, and the runtime's python imports the package inside the
// unpacked rootfs (chroot). Building again gives the same digest and uploads nothing; a broken
// upload is retried; bad references, an unknown base and wrong credentials are one-line errors
// that leave no tag behind.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { missingTools, pushBaseImage, skopeo, startRegistry, type TestRegistry } from '../helpers/oci-registry.js';
import { hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';

const PY = join(process.env.PYENV_ROOT ?? join(process.env.HOME ?? '/root', '.pyenv'), 'versions', '3.11.7');
const missing = missingTools();
const isRoot = process.getuid?.() === 0;
const ready = missing.length === 0 && hasUvWheel() && existsSync(PY) && isRoot;
if (!ready) console.warn(`SKIPPED swrt image registry tests: ${missing.length ? `missing ${missing.join(', ')} (apt-get install docker-registry skopeo umoci apache2-utils busybox-static)` : !isRoot ? 'chroot needs root' : 'no uv wheel or pyenv 3.11.7'}`);
const maybe = ready ? describe : describe.skip;

let index: PackageIndex;
let reg: TestRegistry;
let env: NodeJS.ProcessEnv;
let uri: string;
let version: string;

beforeAll(async () => {
  if (!ready) return;
  const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
  makeWheel(wheels, 'alpha', '1.0.0');
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
    // A login shell's profile activates the env (activate writes to /dev/null, which a runtime would mount).
    mkdirSync(join(rootfs, 'dev'), { recursive: true });
    execFileSync('mknod', [join(rootfs, 'dev', 'null'), 'c', '1', '3']);
    expect(execFileSync('/usr/sbin/chroot', [rootfs, '/bin/sh', '-c', '. /etc/profile.d/swrt-runtime.sh && python -c "import alpha; print(alpha.__name__)"'], { encoding: 'utf8', env: { PATH: '/usr/bin:/bin' } }).trim()).toBe('alpha');
  }, 240_000);

  it('builds the same digest again and uploads no blob', async () => {
    const from = reg.requests.length;
    const r = await image(`${reg.host}/team/ours:v1`);
    expect(r.code).toBe(0);
    expect(r.json!.digest).toBe(first.digest);
    expect(r.json!.push).toEqual({ uploaded: 0, uploadedBytes: 0, present: 6, mounted: 0 });
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
