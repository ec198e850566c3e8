// Hostile review of the safe extractor and its callers. Each test mounts an attack the review
// confirmed (ATTACK comments say how it worked) and checks that it is now refused with a one-line
// UserError and that nothing outside the work dir changed.
import { restoreCondaAt, restoreVenvAt } from '../helpers/restore.js';
import { existsSync, lstatSync, mkdirSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractArchive } from '../../src/archive/extract.js';
import type { Installer } from '../../src/env/installer.js';
import { extractBundle } from '../../src/pipeline/restore.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { tar, type Ent } from './crafted-tar.js';
import { sentinelTree, snapshot } from './sentinel.js';

const noTool = async (): Promise<never> => {
  throw new Error('not reached');
};

/** The promise's rejection (a test fails when it resolves). */
async function refusal(p: Promise<unknown>): Promise<UserError> {
  const got = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(got).toBeInstanceOf(UserError);
  expect((got as UserError).message).not.toContain('\n');
  return got as UserError;
}

describe('archive review: confirmed findings, each refused', () => {
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
    const err = await refusal(extractBundle(swrt, { storeRoot: store }));
    expect(err.message).toMatch(/not a valid name/);
    expect(snapshot(s.root, [store])).toEqual(before); // observed: sentinel/ deleted, replaced by the bundle
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
    const err = await refusal(restoreVenvAt(wd, { log: new MemoryLog(), installerFor: noTool }));
    expect(err.message).toMatch(/activate\.host is a symlink/);
    expect(err.hint).toMatch(/crafted/);
    expect(snapshot(s.root, [s.work])).toEqual(before); // observed: keep.txt = "echo 'source …/bin/activate'", mode 755
  });

  it('[HIGH] venv restore refuses a status file or env.sw that the packed env or bundle made a link', async () => {
    // the same attack at the other names restore writes: the packed env's .runtime_restore_status and the bundle's env.sw
    const s = sentinelTree('swrt-review-');
    const env = gzipSync(tar([{ name: 'bin/', type: '5' }, { name: 'bin/python', type: '2', link: join(s.sentinel, 'keep.txt') }, { name: '.runtime_restore_status', type: '2', link: 'bin/python' }]));
    const swrt = join(s.work, 'evil.swrt');
    writeFileSync(
      swrt,
      tar([
        { name: '_manifest.yaml', data: 'name: evil\nversion: abcdef\nenvironment:\n  mode: venv\ndependencies:\n  local_packaged_env: true\n' },
        { name: 'export/venv_env.tar.gz', data: env },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const before = snapshot(s.root, [s.work]);
    // the extractor refuses a status link that ends at the kept bin/python ...
    await refusal(restoreVenvAt(wd, { log: new MemoryLog(), installerFor: noTool }));
    expect(snapshot(s.root, [s.work])).toEqual(before);
    // ... and a link put at env.sw after extraction is refused before anything is written
    symlinkSync(join(s.sentinel, 'keep.txt'), join(wd, 'env.sw'));
    const err = await refusal(restoreVenvAt(wd, { log: new MemoryLog(), installerFor: noTool }));
    expect(err.message).toMatch(/env\.sw is a symlink/);
    expect(readlinkSync(join(wd, 'env.sw'))).toBe(join(s.sentinel, 'keep.txt'));
    expect(snapshot(s.root, [s.work])).toEqual(before);
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
    const err = await refusal(restoreCondaAt(wd, { log: new MemoryLog(), tool: noTool }));
    expect(err.message).toMatch(/not an absolute, normalised path/);
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
    const before = snapshot(s.root, [s.work]);
    const err = await refusal(restoreVenvAt(wd, { log: new MemoryLog(), installerFor: async () => ({ installer: installer as unknown as Installer, python: 'python3' }) }));
    expect(err.message).toMatch(/native_file src .* leaves files\//);
    expect(existsSync(join(wd, 'export/venv/leaked.txt'))).toBe(false); // observed: holds the secret
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  it('a native_file inside files/ is still copied: files, dirs, and links that stay inside', async () => {
    const s = sentinelTree('swrt-review-');
    const swrt = join(s.work, 'ok.swrt');
    writeFileSync(
      swrt,
      tar([
        {
          name: '_manifest.yaml',
          data: 'name: ok\nversion: abcdef\nenvironment:\n  mode: venv\n  python: "3.11"\ndependencies:\n  raw_deps:\n  - kind: native_file\n    deps:\n    - src: /tool.sh\n      dest: bin/tool.sh\n    - src: d\n      dest: share/d\n',
        },
        { name: 'files/tool.sh', data: '#!/bin/sh\n', mode: 0o755 },
        { name: 'files/d/x', data: 'x\n' },
        { name: 'files/d/l', type: '2', link: 'x' },
      ]),
    );
    const wd = join(s.work, 'wd');
    await extractBundle(swrt, { targetDir: wd });
    const installer = { name: 'pip', version: async () => '0', createEnv: async (_p: string, d: string) => void mkdirSync(d, { recursive: true }), install: async () => undefined, freeze: async () => '' };
    await restoreVenvAt(wd, { log: new MemoryLog(), installerFor: async () => ({ installer: installer as unknown as Installer, python: 'python3' }) });
    const env = join(wd, 'export/venv');
    expect(lstatSync(join(env, 'bin/tool.sh')).mode & 0o777).toBe(0o755);
    expect(lstatSync(join(env, 'share/d/x')).isFile()).toBe(true);
    expect(readlinkSync(join(env, 'share/d/l'))).toBe('x');
  });

  it('[LOW] extracted files and dirs are not left group/world-writable, setuid dropped', async () => {
    // ATTACK: modes 0777 dir, 0666 file: kept as is (no umask), so other local users can edit the env.
    const s = sentinelTree('swrt-review-');
    const a = join(s.work, 'ww.tar');
    writeFileSync(a, tar([{ name: 'd/', type: '5', mode: 0o777 }, { name: 'd/f', data: 'x', mode: 0o666 }, { name: 's', data: 'x', mode: 0o6755 }]));
    const out = join(s.work, 'out');
    await extractArchive(a, out);
    expect(lstatSync(join(out, 's')).mode & 0o7777).toBe(0o755);
    expect(lstatSync(join(out, 'd')).mode & 0o7777).toBe(0o755); // observed 0777
    expect(lstatSync(join(out, 'd', 'f')).mode & 0o7777).toBe(0o644); // observed 0666
  });

  it('[LOW] a hard-linked _manifest.yaml is held to the 1 MiB limit too', async () => {
    // ATTACK: files/big (3 MiB) then _manifest.yaml as a hard link to it: the size check only looks at File entries.
    const s = sentinelTree('swrt-review-');
    const a = join(s.work, 'hl.swrt');
    writeFileSync(a, tar([{ name: 'files/big', data: Buffer.alloc(3 * 1024 * 1024, 97) }, { name: '_manifest.yaml', type: '1', link: 'files/big' }]));
    const err = await refusal(extractArchive(a, join(s.work, 'out'))); // observed: extracted, a 3 MiB _manifest.yaml
    expect(err.message).toMatch(/_manifest\.yaml is a Link entry, not a regular file/);
    expect(existsSync(join(s.work, 'out'))).toBe(false);
  });

  it.each([
    ['a symlink', { name: '_manifest.yaml', type: '2', link: 'files/big' }],
    ['a directory', { name: '_manifest.yaml/', type: '5' }],
  ])('[LOW] a root _manifest.yaml that is %s is refused', async (_what, ent) => {
    const s = sentinelTree('swrt-review-');
    const a = join(s.work, 'm.swrt');
    writeFileSync(a, tar([{ name: 'files/big', data: 'x' }, ent]));
    const err = await refusal(extractArchive(a, join(s.work, 'out')));
    expect(err.message).toMatch(/_manifest\.yaml is a \w+ entry, not a regular file/);
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
    const before = snapshot(s.root, [s.work]);
    const err = await refusal(restoreVenvAt(wd, { log: new MemoryLog(), installerFor: noTool })); // observed: Error EISDIR
    expect(err.message).toMatch(/\.runtime_restore_status: it is a directory/);
    expect(err.hint).toMatch(/crafted/);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  /** 600 dirs deep, `n` links chained by 3 KB relative targets: each hop walks ~1200 path parts. */
  function linkChain(work: string, n: number, chains = 1): string {
    const D = 600;
    const ents: Ent[] = [];
    for (let c = 0; c < chains; c++) {
      const deep = [`c${c}`, ...Array(D - 1).fill('a')].join('/');
      ents.push({ name: 'x/', type: '5', pax: { path: `${deep}/` } });
      for (let k = 1; k < n; k++) ents.push({ name: 'L', type: '2', link: 'p', pax: { path: `${deep}/L${k}`, linkpath: `${'../'.repeat(D)}${deep}/L${k + 1}` } });
      ents.push({ name: 'L', type: '2', link: 'end', pax: { path: `${deep}/L${n}` } });
    }
    const a = join(work, `dos-${n}x${chains}.tar.gz`);
    writeFileSync(a, gzipSync(tar(ents)));
    return a;
  }

  it('[LOW] a long chain of links that stays inside, within the walk budget, still extracts', async () => {
    // ATTACK: 39 chained links; escapes() re-joined the whole stack for every part on every hop
    // (quadratic: ~6 s for 1.5 KB of gzip). The walk is now incremental and budgeted (next test).
    const s = sentinelTree('swrt-review-');
    const a = linkChain(s.work, 39);
    await extractArchive(a, join(s.work, 'out'));
    expect(readlinkSync(join(s.work, 'out', 'c0', ...Array(599).fill('a'), 'L39'))).toBe('end');
  }, 60_000);

  it('[LOW] an archive whose symlinks need more than the walk budget is refused', async () => {
    const s = sentinelTree('swrt-review-');
    const a = linkChain(s.work, 39, 2);
    const err = await refusal(extractArchive(a, join(s.work, 'out')));
    expect(err.message).toMatch(/symlinks take more than \d+ steps to check/);
    expect(err.hint).toMatch(/crafted/);
    expect(existsSync(join(s.work, 'out'))).toBe(false);
  }, 60_000);
});
