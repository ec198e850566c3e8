// uploadBundleArtifact / downloadBundleArtifact drive the unmodified @actions/artifact in-process
// against the harness's fake results service (Twirp + blob endpoint).
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { bundleArtifactName, defaultArtifactName, downloadBundleArtifact, uploadBundleArtifact } from '../../src/github/artifact.js';
import { fetchRestoreSource } from '../../src/github/restore-from.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { startResultsService, type ResultsService } from '../harness/fake-results-service.js';

let svc: ResultsService;
let root: string;
let bundle: string;
let bytes: Buffer;
const saved = { ...process.env };
const cwd = process.cwd();

/** A real ustar archive (two members), the shape a .swrt has. */
function tarBytes(): Buffer {
  const member = (name: string, data: Buffer) => {
    const h = Buffer.alloc(512);
    h.write(name, 0, 'utf8');
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(`${data.length.toString(8).padStart(11, '0')}\0`, 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
    const pad = Buffer.alloc((512 - (data.length % 512)) % 512);
    return Buffer.concat([h, data, pad]);
  };
  const payload = Buffer.alloc(200_000);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 31 + 7) & 0xff;
  return Buffer.concat([member('_manifest.yaml', Buffer.from('name: hello\nversion: abc\n')), member('payload.bin', payload), Buffer.alloc(1024)]);
}

beforeAll(async () => {
  svc = await startResultsService();
  root = mkdtempSync(join(tmpdir(), 'swrt-artifact-'));
  for (const d of ['ws', 'temp']) mkdirSync(join(root, d));
  Object.assign(process.env, svc.env(), { GITHUB_WORKSPACE: join(root, 'ws'), RUNNER_TEMP: join(root, 'temp') });
  delete process.env.GITHUB_RETENTION_DAYS;
  process.chdir(join(root, 'ws'));
  bytes = tarBytes();
  bundle = join(root, 'built.swrt');
  writeFileSync(bundle, bytes);
});

afterAll(async () => {
  process.chdir(cwd);
  process.env = saved;
  await svc.close();
  rmSync(root, { recursive: true, force: true });
});

async function userError(p: Promise<unknown>): Promise<UserError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(UserError);
  return e as UserError;
}

describe('defaultArtifactName', () => {
  it('builds <name>-<version[:12]>-py<X.Y>[-cu<X.Y>]-<os>-<arch>', () => {
    const base = { name: 'hello', version: 'gq3dmn3dg4ytmzrsgy2tgnzsmuzdoyi', python: '3.11.7', osId: 'ubuntu22.04', arch: 'x86_64' };
    expect(defaultArtifactName(base)).toBe('hello-gq3dmn3dg4yt-py3.11-ubuntu22.04-x86_64');
    expect(defaultArtifactName({ ...base, cuda: '12.4.1' })).toBe('hello-gq3dmn3dg4yt-py3.11-cu12.4-ubuntu22.04-x86_64');
    expect(defaultArtifactName({ ...base, cuda: 'cu118' })).toBe('hello-gq3dmn3dg4yt-py3.11-cu11.8-ubuntu22.04-x86_64');
  });

  it('replaces characters artifact names may not hold', () => {
    const n = defaultArtifactName({ name: 'a/b:c', version: 'v"1*?', python: '3.10.14', osId: 'win\\11', arch: 'arm|64<>' });
    expect(n).toBe('a-b-c-v-1-py3.10-win-11-arm-64');
    expect(n).not.toMatch(/[":<>|*?\r\n\\/]/);
    expect(bundleArtifactName('x/y')).toBe('x-y.swrt');
    expect(bundleArtifactName('z.swrt')).toBe('z.swrt');
  });
});

describe('uploadBundleArtifact / downloadBundleArtifact', () => {
  it('uploads the .swrt unzipped with the retention asked for, and downloads the same bytes', async () => {
    const name = 'hello-abc-py3.11-ubuntu22.04-x86_64';
    const up = await uploadBundleArtifact({ file: bundle, name, retentionDays: 3 }, new MemoryLog());
    expect(up.name).toBe(`${name}.swrt`);
    expect(up.size).toBe(bytes.length);
    expect(up.id).toBeGreaterThan(0);

    const create = svc.calls.find((c) => c.route === 'CreateArtifact' && c.body?.name === `${name}.swrt`);
    expect(create?.status).toBe(200);
    expect(create?.body?.mime_type).not.toBe('application/zip');
    const expires = Date.parse(String(create?.body?.expires_at));
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(3);
    const fin = svc.calls.find((c) => c.route === 'FinalizeArtifact' && c.body?.name === `${name}.swrt`);
    expect(fin).toMatchObject({ status: 200, body: { size: String(bytes.length) } });
    // Stored raw, not zipped: the blob is the bundle itself.
    const stored = svc.artifacts.find((a) => a.name === `${name}.swrt`)!;
    expect(svc.blobs.get(stored.blob)?.data.equals(bytes)).toBe(true);
    // The staging symlink is gone.
    expect(readdirSync(join(root, 'temp'))).toEqual([]);

    // Both the given name and the full artifact name find it.
    for (const asked of [name, `${name}.swrt`]) {
      const dest = mkdtempSync(join(root, 'dl-'));
      const file = await downloadBundleArtifact(asked, dest, new MemoryLog());
      expect(basename(file)).toBe(`${name}.swrt`);
      expect(file.startsWith(dest)).toBe(true);
      expect(readFileSync(file).equals(bytes)).toBe(true);
    }
  }, 60_000);

  it('turns a name collision (another matrix leg) into a UserError naming artifact-name', async () => {
    await uploadBundleArtifact({ file: bundle, name: 'dup' }, new MemoryLog());
    const e = await userError(uploadBundleArtifact({ file: bundle, name: 'dup' }, new MemoryLog()));
    expect(e.message).toContain('"dup.swrt" already exists');
    expect(e.message).toContain('matrix');
    expect(e.hint).toContain('artifact-name');
    expect(svc.calls.filter((c) => c.route === 'CreateArtifact' && c.body?.name === 'dup.swrt').map((c) => c.status)).toEqual([200, 409]);
  }, 60_000);

  it('lists the artifacts that do exist when the name is unknown', async () => {
    const e = await userError(downloadBundleArtifact('nope', join(root, 'dl-missing'), new MemoryLog()));
    expect(e.message).toBe('no workflow artifact named "nope" in this run');
    expect(e.hint).toContain('dup.swrt');
    expect(e.hint).toContain('hello-abc-py3.11-ubuntu22.04-x86_64.swrt');
  }, 60_000);

  it('restores from an artifact zipped by actions/upload-artifact (one .swrt inside)', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const src = mkdtempSync(join(root, 'zip-src-'));
    writeFileSync(join(src, 'inner.swrt'), bytes);
    await new DefaultArtifactClient().uploadArtifact('zipped', [join(src, 'inner.swrt')], src, { compressionLevel: 0 });
    expect(svc.artifacts.find((a) => a.name === 'zipped')?.blob.endsWith('.zip')).toBe(true);
    const file = await fetchRestoreSource({ kind: 'artifact', name: 'zipped' }, { destDir: join(root, 'restore-zip'), log: new MemoryLog() });
    expect(basename(file)).toBe('inner.swrt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  it('says plainly when there is no artifact service (outside Actions) or no bundle file', async () => {
    const e1 = await userError(uploadBundleArtifact({ file: join(root, 'missing.swrt'), name: 'm' }, new MemoryLog()));
    expect(e1.message).toBe(`bundle ${join(root, 'missing.swrt')} does not exist`);
    const token = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const before = svc.calls.length;
      const e2 = await userError(downloadBundleArtifact('dup', join(root, 'dl-norunner'), new MemoryLog()));
      expect(e2.message).toContain('ACTIONS_RUNTIME_TOKEN');
      expect(e2.hint).toContain('path:');
      expect((await userError(uploadBundleArtifact({ file: bundle, name: 'x' }, new MemoryLog()))).message).toContain('needs the GitHub Actions artifact service');
      expect(svc.calls.length).toBe(before);
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token;
    }
  });

  it('refuses a zipped artifact holding two bundles', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const src = mkdtempSync(join(root, 'zip2-src-'));
    writeFileSync(join(src, 'a.swrt'), 'a');
    writeFileSync(join(src, 'b.swrt'), 'b');
    await new DefaultArtifactClient().uploadArtifact('two', [join(src, 'a.swrt'), join(src, 'b.swrt')], src, { compressionLevel: 0 });
    const e = await userError(downloadBundleArtifact('two', join(root, 'dl-two'), new MemoryLog()));
    expect(e.message).toContain('holds 2 .swrt files (a.swrt, b.swrt)');
  }, 60_000);
});
