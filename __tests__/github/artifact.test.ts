// uploadBundleArtifact / downloadBundleArtifact drive the unmodified @actions/artifact in-process
// against the harness's fake results service (Twirp + blob endpoint).
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleArtifactName, defaultArtifactName, downloadBundleArtifact, uploadBundleArtifact } from '../../src/github/artifact.js';
import { fetchRestoreSource } from '../../src/github/restore-from.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { useResultsServiceInProcess } from '../harness/in-process.js';
import { makeSwrt } from '../remote/bundles.js';

const t = useResultsServiceInProcess('swrt-artifact-');
let bundle: string;
let bytes: Buffer;

beforeAll(async () => {
  bundle = join(t.root, 'built.swrt');
  copyFileSync(await makeSwrt('hello', 'abc', { dir: t.root }), bundle);
  bytes = readFileSync(bundle);
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

    const create = t.svc.calls.find((c) => c.route === 'CreateArtifact' && c.body?.name === `${name}.swrt`);
    expect(create?.status).toBe(200);
    expect(create?.body?.mime_type).not.toBe('application/zip');
    const expires = Date.parse(String(create?.body?.expires_at));
    expect(Math.round((expires - Date.now()) / 86_400_000)).toBe(3);
    const fin = t.svc.calls.find((c) => c.route === 'FinalizeArtifact' && c.body?.name === `${name}.swrt`);
    expect(fin).toMatchObject({ status: 200, body: { size: String(bytes.length) } });
    // Stored raw, not zipped: the blob is the bundle itself.
    const stored = t.svc.artifacts.find((a) => a.name === `${name}.swrt`)!;
    expect(t.svc.blobs.get(stored.blob)?.data.equals(bytes)).toBe(true);
    // The staging symlink is gone.
    expect(readdirSync(join(t.root, 'temp'))).toEqual([]);

    // Both the given name and the full artifact name find it.
    for (const asked of [name, `${name}.swrt`]) {
      const dest = mkdtempSync(join(t.root, 'dl-'));
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
    expect(t.svc.calls.filter((c) => c.route === 'CreateArtifact' && c.body?.name === 'dup.swrt').map((c) => c.status)).toEqual([200, 409]);
  }, 60_000);

  it('lists the artifacts that do exist when the name is unknown', async () => {
    const e = await userError(downloadBundleArtifact('nope', join(t.root, 'dl-missing'), new MemoryLog()));
    expect(e.message).toBe('no workflow artifact named "nope" in this run');
    expect(e.hint).toContain('dup.swrt');
    expect(e.hint).toContain('hello-abc-py3.11-ubuntu22.04-x86_64.swrt');
  }, 60_000);

  it('restores from an artifact zipped by actions/upload-artifact (one .swrt inside)', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const src = mkdtempSync(join(t.root, 'zip-src-'));
    writeFileSync(join(src, 'inner.swrt'), bytes);
    await new DefaultArtifactClient().uploadArtifact('zipped', [join(src, 'inner.swrt')], src, { compressionLevel: 0 });
    expect(t.svc.artifacts.find((a) => a.name === 'zipped')?.blob.endsWith('.zip')).toBe(true);
    const file = await fetchRestoreSource({ kind: 'artifact', name: 'zipped' }, { destDir: join(t.root, 'restore-zip'), log: new MemoryLog() });
    expect(basename(file)).toBe('inner.swrt');
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 60_000);

  it('says plainly when there is no artifact service (outside Actions) or no bundle file', async () => {
    const e1 = await userError(uploadBundleArtifact({ file: join(t.root, 'missing.swrt'), name: 'm' }, new MemoryLog()));
    expect(e1.message).toBe(`bundle ${join(t.root, 'missing.swrt')} does not exist`);
    const token = process.env.ACTIONS_RUNTIME_TOKEN;
    delete process.env.ACTIONS_RUNTIME_TOKEN;
    try {
      const before = t.svc.calls.length;
      const e2 = await userError(downloadBundleArtifact('dup', join(t.root, 'dl-norunner'), new MemoryLog()));
      expect(e2.message).toContain('ACTIONS_RUNTIME_TOKEN');
      expect(e2.hint).toContain('path:');
      expect((await userError(uploadBundleArtifact({ file: bundle, name: 'x' }, new MemoryLog()))).message).toContain('needs the GitHub Actions artifact service');
      expect(t.svc.calls.length).toBe(before);
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token;
    }
  });

  it('refuses a zipped artifact holding two bundles', async () => {
    const { DefaultArtifactClient } = await import('@actions/artifact');
    const src = mkdtempSync(join(t.root, 'zip2-src-'));
    writeFileSync(join(src, 'a.swrt'), 'a');
    writeFileSync(join(src, 'b.swrt'), 'b');
    await new DefaultArtifactClient().uploadArtifact('two', [join(src, 'a.swrt'), join(src, 'b.swrt')], src, { compressionLevel: 0 });
    const e = await userError(downloadBundleArtifact('two', join(t.root, 'dl-two'), new MemoryLog()));
    expect(e.message).toContain('holds 2 .swrt files (a.swrt, b.swrt)');
  }, 60_000);
});
