// Crafted archives against the one extractor (bundles, packed envs, tool archives) and the env
// relocation after it. Each tar is written byte by byte here, so it can say anything a hostile
// sender could; each test asserts the refusal and that nothing outside the target changed.
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { extractArchive, venvPythonLinks } from '../../src/archive/extract.js';
import { listEntries, readManifest } from '../../src/bundle/swrt.js';
import { PREFIX_FILES_NAME, renderPrefixFiles } from '../../src/conda/pack.js';
import { relocateCondaPrefix } from '../../src/conda/restore.js';
import { CONDA_UNPACK_SCRIPT } from '../../src/conda/unpack-scripts.js';
import { relocateEnv } from '../../src/env/pack.js';
import { extractTool } from '../../src/toolchain/archive.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';
import { tar, type Ent } from './crafted-tar.js';
import { sentinelTree, snapshot } from './sentinel.js';

const MANIFEST: Ent = { name: '_manifest.yaml', data: 'name: x\nversion: abc\n' };

/** A sentinel tree, the archive written into its work dir, and the target beside it. */
function setup(bytes: Buffer | ((sentinel: string) => Buffer), file = 'evil.swrt') {
  const s = sentinelTree('swrt-archive-');
  const archive = join(s.work, file);
  writeFileSync(archive, typeof bytes === 'function' ? bytes(s.sentinel) : bytes);
  const target = join(s.work, 'out');
  const before = snapshot(s.root, [target]);
  return { s, archive, target, before, unchanged: () => expect(snapshot(s.root, [target])).toEqual(before) };
}

async function refused(p: Promise<unknown>, message: RegExp): Promise<void> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UserError);
  expect((err as UserError).message).toMatch(message);
  expect((err as UserError).message).not.toContain('\n');
  expect((err as UserError).hint).toBeTruthy();
}

describe('the extractor refuses crafted archives and writes nothing outside', () => {
  const cases: [string, (sentinel: string) => Ent[], RegExp][] = [
    ['a ../ name', () => [MANIFEST, { name: '../../sentinel/keep.txt', data: 'pwned' }], /points outside the target/],
    ['an absolute name', (sn) => [MANIFEST, { name: `${sn}/keep.txt`, data: 'pwned' }], /points outside the target/],
    ['an a/../ name', () => [MANIFEST, { name: 'files/', type: '5' }, { name: 'files/../../../sentinel/keep.txt', data: 'pwned' }], /points outside the target/],
    ['a symlink out, then a file through it', () => [MANIFEST, { name: 'l', type: '2', link: '../../sentinel' }, { name: 'l/keep.txt', data: 'pwned' }], /through the symlink "l"|points outside/],
    ['a file through an in-tree symlink', () => [MANIFEST, { name: 'sub/', type: '5' }, { name: 'd', type: '2', link: 'sub' }, { name: 'd/x', data: 'x' }], /"d\/x" would be written through the symlink "d"/],
    ['a file through a nested symlink', () => [MANIFEST, { name: 'a/b/', type: '5' }, { name: 'a/b/c', type: '2', link: '.' }, { name: 'a/b/c/d/e/x', data: 'x' }], /through the symlink "a\/b\/c"/],
    ['a link/.. name', () => [MANIFEST, { name: 'l', type: '2', link: '../../sentinel' }, { name: 'a/../l/keep.txt', data: 'pwned' }], /points outside/],
    ['a symlink whose chain climbs out', () => [MANIFEST, { name: 'd/e/', type: '5' }, { name: 'd/e/up', type: '2', link: '../..' }, { name: 'x', type: '2', link: 'd/e/up/..' }], /symlink "x" -> "d\/e\/up\/.." points outside/],
    ['a symlink chain made in the wrong order', () => [MANIFEST, { name: 'a', type: '2', link: 'b/../..' }, { name: 'c/', type: '5' }, { name: 'b', type: '2', link: 'c' }], /symlink "a" -> "b\/..\/.." points outside/],
    ['a symlink loop', () => [MANIFEST, { name: 'a', type: '2', link: 'b' }, { name: 'b', type: '2', link: 'a' }], /points outside/],
    ['an absolute symlink', (sn) => [MANIFEST, { name: 'l', type: '2', link: `${sn}/keep.txt` }], /symlink "l" -> ".*keep.txt" points outside/],
    ['a hard link out', () => [MANIFEST, { name: 'h', type: '1', link: '../../sentinel/keep.txt' }], /hard link "h" -> "..\/..\/sentinel\/keep.txt" points outside/],
    ['an absolute hard link', (sn) => [MANIFEST, { name: 'h', type: '1', link: `${sn}/keep.txt` }], /hard link "h" .* points outside/],
    ['a hard link to a symlink', () => [MANIFEST, { name: 'f', data: 'x' }, { name: 'l', type: '2', link: 'f' }, { name: 'h', type: '1', link: 'l' }], /hard link "h" -> "l" does not point at a regular file/],
    ['a hard link through a symlink', () => [MANIFEST, { name: 'sub/f', data: 'x' }, { name: 'd', type: '2', link: 'sub' }, { name: 'h', type: '1', link: 'd/f' }], /hard link "h" -> "d\/f" does not point at a regular file/],
    ['a hard link to a later entry', () => [MANIFEST, { name: 'h', type: '1', link: 'later' }, { name: 'later', data: 'x' }], /hard link "h" -> "later" does not point/],
    ['a FIFO', () => [MANIFEST, { name: 'fifo', type: '6' }], /"fifo" is a FIFO entry/],
    ['a character device', () => [MANIFEST, { name: 'null', type: '3' }], /"null" is a CharacterDevice entry/],
    ['a file replaced by a symlink', () => [MANIFEST, { name: 'f', data: 'x' }, { name: 'f', type: '2', link: '../../sentinel/keep.txt' }], /"f" appears twice/],
    ['two _manifest.yaml', () => [MANIFEST, { name: 'files/', type: '5' }, { name: '_manifest.yaml', data: 'name: y\nversion: other\n' }], /more than one _manifest.yaml/],
  ];

  it.each(cases)('refuses %s', async (_label, entries, message) => {
    const t = setup((sentinel) => tar(entries(sentinel)));
    await refused(extractArchive(t.archive, t.target), message);
    t.unchanged();
  });

  it('refuses a venv archive that abuses the python link exception', async () => {
    for (const [entries, message] of [
      [[{ name: 'bin/', type: '5' }, { name: 'bin/python', type: '2', link: '/usr/bin/python3' }, { name: 'bin/python/x', data: 'x' }], /through the symlink "bin\/python"/],
      [[{ name: 'bin/', type: '5' }, { name: 'bin/python', type: '2', link: '/usr/bin/python3' }, { name: 'bin/evil', type: '2', link: 'python' }], /symlink "bin\/evil" -> "python" points outside/],
      [[{ name: 'lib/', type: '5' }, { name: 'lib/x', type: '2', link: '/etc' }], /symlink "lib\/x" -> "\/etc" points outside/],
      [[{ name: 'bin/', type: '5' }, { name: 'bin/python', type: '2', link: '/usr/bin/python3' }, { name: 'h', type: '1', link: 'bin/python' }], /does not point at a regular file/],
    ] as [Ent[], RegExp][]) {
      const t = setup(gzipSync(tar(entries)), 'venv_env.tar.gz');
      await refused(extractArchive(t.archive, t.target, { absoluteLinks: venvPythonLinks }), message);
      t.unchanged();
    }
  });

  it('keeps exactly the venv python links, and in-tree links', async () => {
    const t = setup(
      gzipSync(
        tar([
          { name: 'bin/', type: '5' },
          { name: 'bin/python', type: '2', link: '/usr/bin/python3' },
          { name: 'bin/python3', type: '2', link: 'python' },
          { name: 'bin/python3.11', type: '2', link: 'python' },
          { name: 'lib/', type: '5' },
          { name: 'lib64', type: '2', link: 'lib' },
          { name: 'bin/activate', data: 'x', mode: 0o4755 },
          { name: 'bin/act2', type: '1', link: 'bin/activate' },
        ]),
      ),
      'venv_env.tar.gz',
    );
    await extractArchive(t.archive, t.target, { absoluteLinks: venvPythonLinks });
    expect(readlinkSync(join(t.target, 'bin', 'python'))).toBe('/usr/bin/python3');
    expect(readlinkSync(join(t.target, 'lib64'))).toBe('lib');
    expect(readFileSync(join(t.target, 'bin', 'act2'), 'utf8')).toBe('x');
    t.unchanged();
  });

  it('refuses truncated archives: cut mid-member, without end blocks, half an end block, and a cut gzip', async () => {
    const whole = tar([MANIFEST, { name: 'files/big', data: Buffer.alloc(4096, 7) }]);
    for (const bytes of [whole.subarray(0, 512 * 3), whole.subarray(0, whole.length - 1024), whole.subarray(0, whole.length - 512), gzipSync(whole).subarray(0, 60)]) {
      const t = setup(bytes);
      await refused(extractArchive(t.archive, t.target), /not a readable tar: .*(Truncated|truncated|cut short|end of file)/i);
      await refused(readManifest(t.archive), /not a readable tar/);
      await refused(listEntries(t.archive), /not a readable tar/);
      t.unchanged();
    }
  });

  it('info and restore agree: two _manifest.yaml are refused by readManifest and listEntries too', async () => {
    const t = setup(tar([{ name: '_manifest.yaml', data: '' }, { name: './_manifest.yaml', data: 'name: evil\nversion: other\n' }]));
    await refused(readManifest(t.archive), /more than one _manifest.yaml/);
    await refused(listEntries(t.archive), /more than one _manifest.yaml/);
    await refused(extractArchive(t.archive, t.target), /more than one _manifest.yaml|appears twice/);
    t.unchanged();
  });

  it('refuses another *_manifest.yaml before the real one (a server would read that one)', async () => {
    const t = setup(tar([{ name: 'A_manifest.yaml', data: 'name: evil\n' }, MANIFEST]));
    await refused(readManifest(t.archive), /a Starwhale server would read it/);
  });

  it('refuses an oversized manifest before parsing it, and makes YAML errors and alias bombs one line', async () => {
    const big = setup(tar([{ name: '_manifest.yaml', data: `name: x\n# ${'a'.repeat(1024 * 1024)}\n` }]));
    await refused(readManifest(big.archive), /_manifest.yaml is \d+ bytes \(at most 1048576\)/);
    await refused(extractArchive(big.archive, big.target), /_manifest.yaml is \d+ bytes/);
    big.unchanged();
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 0; i < 8; i++) lines.push(`${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10).fill(`*${String.fromCharCode(97 + i)}`).join(',')}]`);
    const bomb = setup(tar([{ name: '_manifest.yaml', data: `${lines.join('\n')}\n` }]));
    await refused(readManifest(bomb.archive), /not valid YAML/);
    const bad = setup(tar([{ name: '_manifest.yaml', data: 'name: [unclosed\n  : :\n' }]));
    await refused(readManifest(bad.archive), /not valid YAML/);
  });
});

describe('tool archives (strip, merge) go through the same extractor', () => {
  it('refuses a name that climbs out after strip, and a write through a link already in the merge target', async () => {
    const t = setup(tar([{ name: 'pkg/', type: '5' }, { name: 'pkg/../../sentinel/keep.txt', data: 'pwned' }]), 'tool.tar');
    mkdirSync(t.target);
    const before = snapshot(t.s.root, [t.target]);
    await refused(extractTool(t.archive, t.target, { log: new MemoryLog(), strip: 1, what: 'evil tool' }), /refusing to extract evil tool: .* points outside the target/);
    expect(snapshot(t.s.root, [t.target])).toEqual(before);

    symlinkSync(t.s.sentinel, join(t.target, 'lib'));
    for (const entries of [[{ name: 'pkg/lib/', type: '5' }], [{ name: 'pkg/lib/keep.txt', data: 'pwned' }]]) {
      writeFileSync(t.archive, tar(entries));
      const now = snapshot(t.s.root, [t.target]);
      await refused(extractTool(t.archive, t.target, { log: new MemoryLog(), strip: 1, what: 'evil tool' }), /through the symlink "lib"/);
      expect(snapshot(t.s.root, [t.target])).toEqual(now);
    }
  });

  it('merges well-formed archives (strip 1) into one tree', async () => {
    const t = setup(tar([{ name: 'a-1/bin/x', data: 'x', mode: 0o755 }, { name: 'a-1/LICENSE', data: 'a' }]), 'a.tar');
    await extractTool(t.archive, t.target, { log: new MemoryLog(), strip: 1, what: 'a' });
    const b = join(t.s.work, 'b.tar');
    writeFileSync(b, tar([{ name: 'b-1/bin/y', data: 'y' }, { name: 'b-1/LICENSE', data: 'b' }, { name: 'b-1/lib/z', type: '2', link: '../bin/x' }]));
    const before = snapshot(t.s.root, [t.target]);
    await extractTool(b, t.target, { log: new MemoryLog(), strip: 1, what: 'b' });
    expect(readFileSync(join(t.target, 'bin', 'x'), 'utf8')).toBe('x');
    expect(readFileSync(join(t.target, 'lib', 'z'), 'utf8')).toBe('x');
    expect(readFileSync(join(t.target, 'LICENSE'), 'utf8')).toBe('b');
    expect(snapshot(t.s.root, [t.target])).toEqual(before);
  });
});

describe('relocation never reaches out of the env', () => {
  it('relocateEnv skips a symlinked bin/ and rewrites a hard-linked script without touching the other link', () => {
    const s = sentinelTree('swrt-reloc-');
    const old = '/old/prefix';
    writeFileSync(join(s.sentinel, 'dir', 'script.sh'), `#!${old}/bin/python\n`);
    writeFileSync(join(s.sentinel, 'hard.txt'), `#!${old}/bin/python\n`);
    const env1 = join(s.work, 'env1');
    mkdirSync(env1);
    symlinkSync(join(s.sentinel, 'dir'), join(env1, 'bin'));
    const env2 = join(s.work, 'env2');
    mkdirSync(join(env2, 'bin'), { recursive: true });
    linkSync(join(s.sentinel, 'hard.txt'), join(env2, 'bin', 'tool'));
    symlinkSync(join(s.sentinel, 'dir', 'script.sh'), join(env2, 'bin', 'linked'));
    const before = snapshot(s.root, [s.work]);
    expect(relocateEnv(env1, old)).toBe(0);
    expect(relocateEnv(env2, old)).toBe(1);
    expect(readFileSync(join(env2, 'bin', 'tool'), 'utf8')).toBe(`#!${env2}/bin/python\n`);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  it('relocateCondaPrefix skips paths through a symlinked dir, and replaces hard-linked files instead of writing into them', () => {
    const s = sentinelTree('swrt-reloc-');
    const old = '/old/prefix';
    writeFileSync(join(s.sentinel, 'dir', 'script.sh'), `${old}\n`);
    writeFileSync(join(s.sentinel, 'hard.txt'), `${old}\n`);
    const env = join(s.work, 'env');
    mkdirSync(join(env, 'etc'), { recursive: true });
    symlinkSync(join(s.sentinel, 'dir'), join(env, 'lnk'));
    linkSync(join(s.sentinel, 'hard.txt'), join(env, 'etc', 'hard.txt'));
    symlinkSync(`${old}/x`, join(s.sentinel, 'dir', 'oldlink'));
    const before = snapshot(s.root, [s.work]);
    const report = relocateCondaPrefix(env, { prefix: old, text: ['lnk/script.sh', 'etc/hard.txt'], binary: ['lnk/script.sh'], symlinks: ['lnk/oldlink'] }, new MemoryLog());
    expect(report).toMatchObject({ text: 1, binary: 0, symlinks: 0 });
    expect(readFileSync(join(env, 'etc', 'hard.txt'), 'utf8')).toBe(`${env}\n`);
    expect(snapshot(s.root, [s.work])).toEqual(before);
    expect(() => relocateCondaPrefix(env, { prefix: old, text: ['../../sentinel/keep.txt'], binary: [], symlinks: [] }, new MemoryLog())).toThrow(UserError);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });

  it('bin/conda-unpack (run by hand) follows the same rules', () => {
    const s = sentinelTree('swrt-reloc-');
    const old = '/old/prefix';
    writeFileSync(join(s.sentinel, 'dir', 'script.sh'), `${old}\n`);
    writeFileSync(join(s.sentinel, 'hard.txt'), `${old}\n`);
    symlinkSync(`${old}/x`, join(s.sentinel, 'dir', 'oldlink'));
    const env = join(s.work, 'env');
    mkdirSync(join(env, 'bin'), { recursive: true });
    mkdirSync(join(env, 'etc'));
    writeFileSync(join(env, 'bin', 'conda-unpack'), CONDA_UNPACK_SCRIPT);
    symlinkSync(join(s.sentinel, 'dir'), join(env, 'lnk'));
    linkSync(join(s.sentinel, 'hard.txt'), join(env, 'etc', 'hard.txt'));
    writeFileSync(join(env, PREFIX_FILES_NAME), renderPrefixFiles({ prefix: old, text: ['lnk/script.sh', 'etc/hard.txt'], binary: ['lnk/script.sh'], symlinks: ['lnk/oldlink'] }));
    const before = snapshot(s.root, [s.work]);
    execFileSync('python3', [join(env, 'bin', 'conda-unpack')]);
    expect(readFileSync(join(env, 'etc', 'hard.txt'), 'utf8')).toBe(`${env}\n`);
    expect(snapshot(s.root, [s.work])).toEqual(before);
  });
});
