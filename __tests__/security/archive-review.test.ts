// Hostile review of the safe extractor and its callers. Each test states the promise and mounts the
// attack that breaks it: a FAILING test here is a confirmed finding (ATTACK comments say which).
import { existsSync, lstatSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractArchive } from '../../src/bundle/extract.js';
import { restoreCondaEnv } from '../../src/conda/restore.js';
import type { Installer } from '../../src/env/installer.js';
import { restoreEnv } from '../../src/env/restore.js';
import { extractBundle } from '../../src/pipeline/restore.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { sentinelTree, snapshot } from './sentinel.js';

interface Ent {
  name: string;
  type?: string;
  data?: string | Buffer;
  link?: string;
  mode?: number;
  /** pax extended header for this entry (e.g. a linkpath longer than 100 bytes) */
  pax?: Record<string, string>;
}

function header(e: Ent, size: number): Buffer {
  const h = Buffer.alloc(512, 0);
  h.write(e.name, 0, 100, 'utf8');
  h.write(`${(e.mode ?? 0o644).toString(8).padStart(7, '0')}\0`, 100, 'ascii');
  h.write('0000000\0', 108, 'ascii');
  h.write('0000000\0', 116, 'ascii');
  h.write(`${size.toString(8).padStart(11, '0')}\0`, 124, 'ascii');
  h.write(`${(1_700_000_000).toString(8).padStart(11, '0')}\0`, 136, 'ascii');
  h.write('        ', 148, 'ascii');
  h.write(e.type ?? '0', 156, 'ascii');
  if (e.link) h.write(e.link, 157, 100, 'utf8');
  h.write('ustar\0', 257, 'ascii');
  h.write('00', 263, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'ascii');
  return h;
}

const pad = (b: Buffer) => [b, Buffer.alloc((512 - (b.length % 512)) % 512, 0)];

function tar(entries: Ent[]): Buffer {
  const out: Buffer[] = [];
  for (const e of entries) {
    if (e.pax) {
      let body = '';
      for (const [k, v] of Object.entries(e.pax)) {
        const rec = ` ${k}=${v}\n`;
        let len = rec.length + 1;
        while (`${len}${rec}`.length !== len) len++;
        body += `${len}${rec}`;
      }
      out.push(header({ name: 'PaxHeader', type: 'x' }, Buffer.byteLength(body)), ...pad(Buffer.from(body)));
    }
    const data = Buffer.from(e.data ?? '');
    out.push(header(e, data.length), ...pad(data));
  }
  out.push(Buffer.alloc(1024, 0));
  return Buffer.concat(out);
}

const noTool = async (): Promise<never> => {
  throw new Error('not reached');
};

describe('archive review: confirmed findings (each failing test is an attack that works)', () => {
  it('[CRITICAL] a manifest name/version with ../ must not choose (and force-delete) a dir outside the store', async () => {
    // ATTACK: `swrt extract|restore|activate evil.swrt` (and the Action's restore-from) take the store
    // workdir from the manifest's name and version unchecked; extractArchive(force) then rm -rf's it.
    const s = sentinelTree('swrt-review-');
    const store = join(s.work, 'store');
    mkdirSync(store);
    const swrt = join(s.work, 'evil.swrt');
    const name = `${'../'.repeat(30)}${s.sentinel.slice(1)}/a/b`; // + "/../.." from version ".." = the sentinel dir
    writeFileSync(swrt, tar([{ name: '_manifest.yaml', data: `name: "${name}"\nversion: ".."\n` }, { name: 'pwned', data: 'x' }]));
    const before = snapshot(s.root, [store]);
    const got = await extractBundle(swrt, { storeRoot: store }).then(
      (r) => r,
      (e: unknown) => e,
    );
    expect(snapshot(s.root, [store])).toEqual(before); // observed: sentinel/ deleted, replaced by the bundle
    expect(got).toBeInstanceOf(UserError);
  });

  it('[HIGH] venv restore must not write through a bundle link into the packed env\'s kept absolute bin/python', async () => {
    // ATTACK: the bundle has activate.host -> export/venv/bin/python (inside, at bundle time); the packed
    // env then puts bin/python -> <any absolute path> (allowed); restoreEnv writes + chmods activate.host.
    const s = sentinelTree('swrt-review-');
    const env = gzipSync(tar([{ name: 'bin/', type: '5' }, { name: 'bin/python', type: '2', link: join(s.sentinel, 'keep.txt') }]));
    const swrt = join(s.work, 'evil.swrt');
    writeFileSync(
      swrt,
      tar([
        { name: '_manifest.yaml', data: 'name: evil\nversion: abcdef\nenvironment:\n  mode: venv\ndependencies:\n  local_packaged_env: true\n' },
        { name: 'activate.host', type: '2', link: 'export/venv/bin/python' },
        { name: 'export/venv_env.tar.gz', data: env },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const before = snapshot(s.root, [s.work]);
    await restoreEnv(wd, { log: new MemoryLog(), installerFor: noTool }).catch(() => undefined);
    expect(snapshot(s.root, [s.work])).toEqual(before); // observed: keep.txt = "echo 'source …/bin/activate'", mode 755
  });

  it('[HIGH] conda relocation must not turn an inside symlink into one pointing out (relative record prefix)', async () => {
    // ATTACK: .swrt-prefix-files says `prefix\ta`; d/…/d/x -> a/../..(×D)/<sentinel>/keep.txt resolves
    // inside at extract time; relocateCondaPrefix rewrites it to <env>/../..(×D+1)/<sentinel>/keep.txt;
    // .runtime_restore_status -> d/…/d/x, so restoreCondaEnv writes "success" into the sentinel.
    const s = sentinelTree('swrt-review-');
    const D = 24;
    const deep = Array(D).fill('d').join('/');
    const env = tar([
      { name: '.swrt-prefix-files', data: `# swrt conda prefix record v1\nprefix\ta\nsymlink\t${deep}/x\n` },
      { name: `${deep}/`, type: '5' },
      { name: `${deep}/x`, type: '2', link: 'p', pax: { linkpath: `a/..${'/..'.repeat(D)}${s.sentinel}/keep.txt` } },
      { name: '.runtime_restore_status', type: '2', link: `${deep}/x` },
    ]);
    const swrt = join(s.work, 'evil.swrt');
    writeFileSync(
      swrt,
      tar([
        { name: '_manifest.yaml', data: 'name: evil\nversion: abcdef\nenvironment:\n  mode: conda\ndependencies:\n  local_packaged_env: true\n' },
        { name: 'export/conda_env.tar.gz', data: gzipSync(env) },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const before = snapshot(s.root, [s.work]);
    await restoreCondaEnv(wd, { log: new MemoryLog(), tool: noTool }).catch(() => undefined);
    expect(snapshot(s.root, [s.work])).toEqual(before); // observed: sentinel/keep.txt = "success"
  });

  it('[MEDIUM] a manifest native_file src must stay inside the bundle\'s files/', async () => {
    // ATTACK: raw_deps native_file src ../../sentinel/secret.txt: restoreEnv copies any host file
    // (dereferenced) into the env.
    const s = sentinelTree('swrt-review-');
    writeFileSync(join(s.sentinel, 'secret.txt'), 'TOKEN=hunter2\n');
    const swrt = join(s.work, 'evil.swrt');
    writeFileSync(
      swrt,
      tar([
        {
          name: '_manifest.yaml',
          data: 'name: evil\nversion: abcdef\nenvironment:\n  mode: venv\n  python: "3.11"\ndependencies:\n  raw_deps:\n  - kind: native_file\n    deps:\n    - src: ../../../sentinel/secret.txt\n      dest: leaked.txt\n',
        },
        { name: 'files/', type: '5' },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const installer = { name: 'pip', version: async () => '0', createEnv: async (_p: string, d: string) => void mkdirSync(d, { recursive: true }), install: async () => undefined, freeze: async () => '' };
    const err = await restoreEnv(wd, { log: new MemoryLog(), installerFor: async () => ({ installer: installer as unknown as Installer, python: 'python3' }) }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(existsSync(join(wd, 'export/venv/leaked.txt'))).toBe(false); // observed: holds the secret
    expect(err).toBeInstanceOf(UserError);
  });

  it('[LOW] extracted files and dirs are not left group/world-writable, setuid dropped', async () => {
    // ATTACK: modes 0777 dir, 0666 file: kept as is (no umask), so other local users can edit the env.
    const s = sentinelTree('swrt-review-');
    const a = join(s.work, 'ww.tar');
    writeFileSync(a, tar([{ name: 'd/', type: '5', mode: 0o777 }, { name: 'd/f', data: 'x', mode: 0o666 }, { name: 's', data: 'x', mode: 0o6755 }]));
    const out = join(s.work, 'out');
    await extractArchive(a, out);
    expect(lstatSync(join(out, 's')).mode & 0o7000).toBe(0);
    expect(lstatSync(join(out, 'd')).mode & 0o022).toBe(0); // observed 0777
    expect(lstatSync(join(out, 'd', 'f')).mode & 0o022).toBe(0); // observed 0666
  });

  it('[LOW] a hard-linked _manifest.yaml is held to the 1 MiB limit too', async () => {
    // ATTACK: files/big (3 MiB) then _manifest.yaml as a hard link to it: the size check only looks at File entries.
    const s = sentinelTree('swrt-review-');
    const a = join(s.work, 'hl.swrt');
    writeFileSync(a, tar([{ name: 'files/big', data: Buffer.alloc(3 * 1024 * 1024, 97) }, { name: '_manifest.yaml', type: '1', link: 'files/big' }]));
    const err = await extractArchive(a, join(s.work, 'out')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError); // observed: extracted, a 3 MiB _manifest.yaml
  });

  it('[LOW] a packed env whose .runtime_restore_status is a directory fails with a one-line UserError', async () => {
    // ATTACK: the packed env holds a directory .runtime_restore_status: writeFileSync throws a raw EISDIR (twice).
    const s = sentinelTree('swrt-review-');
    const swrt = join(s.work, 'evil.swrt');
    writeFileSync(
      swrt,
      tar([
        { name: '_manifest.yaml', data: 'name: evil\nversion: abcdef\nenvironment:\n  mode: venv\ndependencies:\n  local_packaged_env: true\n' },
        { name: 'export/venv_env.tar.gz', data: gzipSync(tar([{ name: '.runtime_restore_status/', type: '5' }])) },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const err = await restoreEnv(wd, { log: new MemoryLog(), installerFor: noTool }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UserError); // observed: Error EISDIR
  });
  it('[LOW] symlink checking stays cheap: a 1.5 KB archive must not cost seconds of CPU', async () => {
    // ATTACK: 39 chained links, each 600 dirs deep with a 3 KB relative target; escapes() re-joins the
    // whole stack for every component on every hop (quadratic). Observed ~6 s here; each further link
    // into the chain adds ~0.2 s for ~30 bytes of gzip, so a few hundred KB burns tens of minutes.
    const s = sentinelTree('swrt-review-');
    const D = 600;
    const deep = Array(D).fill('a').join('/');
    const ents: Ent[] = [{ name: 'x/', type: '5', pax: { path: `${deep}/` } }];
    for (let k = 1; k <= 38; k++) ents.push({ name: 'L', type: '2', link: 'p', pax: { path: `${deep}/L${k}`, linkpath: `${'../'.repeat(D)}${deep}/L${k + 1}` } });
    ents.push({ name: 'L', type: '2', link: 'end', pax: { path: `${deep}/L39` } });
    const a = join(s.work, 'dos.tar.gz');
    writeFileSync(a, gzipSync(tar(ents)));
    const t0 = Date.now();
    await extractArchive(a, join(s.work, 'out')).catch(() => undefined);
    expect(Date.now() - t0).toBeLessThan(2000);
  }, 60_000);
});
