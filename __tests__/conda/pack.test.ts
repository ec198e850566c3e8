// conda-pack semantics on a synthetic prefix: files holding the build prefix are recorded at pack
// time and rewritten at unpack (text everywhere; binary strings padded in place when the new prefix
// fits; absolute symlinks into the env re-pointed). Real files, real tar.gz, real scripts run.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { list } from 'tar';
import { packCondaEnv, parsePrefixFiles, PREFIX_FILES_NAME, renderPrefixFiles, scanFile } from '../../src/conda/pack.js';
import { binaryReplace, unpackCondaEnv } from '../../src/conda/restore.js';
import { UserError } from '../../src/util/errors.js';
import { MemoryLog } from '../../src/util/log.js';

function makePrefix(prefix: string): void {
  mkdirSync(join(prefix, 'bin'), { recursive: true });
  mkdirSync(join(prefix, 'etc', 'conda', 'activate.d'), { recursive: true });
  mkdirSync(join(prefix, 'lib', 'python3.11', 'site-packages', 'pkg', '__pycache__'), { recursive: true });
  mkdirSync(join(prefix, 'conda-meta'), { recursive: true });
  writeFileSync(join(prefix, 'bin', 'hello'), `#!${prefix}/bin/sh-wrapper\necho "hello from ${prefix}"\n`);
  chmodSync(join(prefix, 'bin', 'hello'), 0o755);
  // a tiny "interpreter" the shebang points at: prints its own location and runs the script
  writeFileSync(join(prefix, 'bin', 'sh-wrapper'), `#!/bin/sh\necho "interp=$0"\nexec /bin/sh "$@"\n`);
  chmodSync(join(prefix, 'bin', 'sh-wrapper'), 0o755);
  writeFileSync(join(prefix, 'etc', 'conda', 'activate.d', 'env.sh'), `export MY_HOME="${prefix}/share/my"\nexport OTHER=${prefix}:${prefix}/lib\n`);
  writeFileSync(join(prefix, 'etc', 'plain.conf'), 'no prefix here\n');
  writeFileSync(join(prefix, 'conda-meta', 'history'), `==> 2026-01-01 <==\n# cmd: micromamba create --prefix ${prefix}\n`);
  // a "binary": a C string holding the prefix, NUL-padded as conda leaves them, then more bytes
  const bin = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0]), Buffer.from(`${prefix}/lib/libfoo.so`), Buffer.alloc(40, 0), Buffer.from('tail\0')]);
  writeFileSync(join(prefix, 'lib', 'libbar.so'), bin);
  writeFileSync(join(prefix, 'lib', 'python3.11', 'site-packages', 'pkg', '__init__.py'), 'X = 1\n');
  writeFileSync(join(prefix, 'lib', 'python3.11', 'site-packages', 'pkg', '__pycache__', '__init__.cpython-311.pyc'), Buffer.from(`\0\0${prefix}\0`));
  symlinkSync(`${prefix}/lib/libbar.so`, join(prefix, 'lib', 'libbar.so.1'));
  symlinkSync('libbar.so', join(prefix, 'lib', 'libbar.so.rel'));
}

const tmp = () => mkdtempSync(join(tmpdir(), 'swrt-cpack-'));

describe('packCondaEnv + unpackCondaEnv', () => {
  it('moves a prefix to a longer path: text and shebangs rewritten and runnable, symlinks re-pointed, binaries warned', async () => {
    const dir = tmp();
    const build = join(dir, 'b', 'env');
    makePrefix(build);
    const archive = join(dir, 'conda_env.tar.gz');
    const rec = await packCondaEnv(build, archive, 1_700_000_000);
    expect(rec.prefix).toBe(build);
    expect(rec.text.sort()).toEqual(['bin/hello', 'conda-meta/history', 'etc/conda/activate.d/env.sh']);
    expect(rec.binary).toEqual(['lib/libbar.so']);
    expect(rec.symlinks).toEqual(['lib/libbar.so.1']);

    const names: string[] = [];
    await list({ file: archive, onReadEntry: (e) => void names.push(e.path) });
    expect(names[0]).toBe(PREFIX_FILES_NAME);
    expect(names.some((n) => n.includes('__pycache__'))).toBe(false);

    const target = join(dir, 'restored', 'somewhere', 'much', 'longer', 'env');
    const log = new MemoryLog();
    const report = await unpackCondaEnv(archive, target, log);
    if (report === 'conda-unpack') throw new Error('expected our own record');
    expect(report).toMatchObject({ from: build, to: target, text: 3, binary: 0, symlinks: 1, binaryLeft: ['lib/libbar.so'] });
    expect(log.text('warn')).toMatch(/1 binary file\(s\) still hold the build prefix/);

    const out = execFileSync(join(target, 'bin', 'hello'), { encoding: 'utf8' });
    expect(out).toBe(`interp=${target}/bin/sh-wrapper\nhello from ${target}\n`);
    expect(readFileSync(join(target, 'etc', 'conda', 'activate.d', 'env.sh'), 'utf8')).toBe(`export MY_HOME="${target}/share/my"\nexport OTHER=${target}:${target}/lib\n`);
    expect(readFileSync(join(target, 'etc', 'plain.conf'), 'utf8')).toBe('no prefix here\n');
    expect(lstatSync(join(target, 'bin', 'hello')).mode & 0o777).toBe(0o755);
    expect(readlinkSync(join(target, 'lib', 'libbar.so.1'))).toBe(`${target}/lib/libbar.so`);
    expect(readlinkSync(join(target, 'lib', 'libbar.so.rel'))).toBe('libbar.so');
    expect(readFileSync(join(target, 'lib', 'libbar.so')).includes(Buffer.from(build))).toBe(true);
    // the record now names the new place, so the env can move again
    expect(parsePrefixFiles(readFileSync(join(target, PREFIX_FILES_NAME), 'utf8')).prefix).toBe(target);
  });

  it('moves to a shorter path: binary strings rewritten in place with NUL padding, size unchanged', async () => {
    const dir = tmp();
    const build = join(dir, 'a-rather-long-build-directory-name', 'env');
    makePrefix(build);
    const archive = join(dir, 'env.tar.gz');
    await packCondaEnv(build, archive, 0);
    const target = join(dir, 'e');
    const before = readFileSync(join(build, 'lib', 'libbar.so'));
    const report = await unpackCondaEnv(archive, target, new MemoryLog());
    expect(report).toMatchObject({ binary: 1, binaryLeft: [] });
    const after = readFileSync(join(target, 'lib', 'libbar.so'));
    expect(after.length).toBe(before.length);
    const start = 5;
    expect(after.subarray(start, after.indexOf(0, start)).toString()).toBe(`${target}/lib/libfoo.so`);
    expect(after.subarray(after.length - 5).toString()).toBe('tail\0');
    expect(after.includes(Buffer.from(build))).toBe(false);
  });

  it('is byte-identical for the same tree and mtime', async () => {
    const dir = tmp();
    const build = join(dir, 'env');
    makePrefix(build);
    await packCondaEnv(build, join(dir, '1.tar.gz'), 42);
    await packCondaEnv(build, join(dir, '2.tar.gz'), 42);
    expect(readFileSync(join(dir, '1.tar.gz')).equals(readFileSync(join(dir, '2.tar.gz')))).toBe(true);
  });

  it('runs bin/conda-unpack for a conda-pack archive (what swcli packs)', async () => {
    const dir = tmp();
    const src = join(dir, 'src');
    mkdirSync(join(src, 'bin'), { recursive: true });
    // a conda env's bin/python is its own file (an absolute link out of the env would be refused)
    writeFileSync(join(src, 'bin', 'python'), `#!/bin/sh\nexec ${execFileSync('sh', ['-c', 'command -v python3'], { encoding: 'utf8' }).trim()} "$@"\n`, { mode: 0o755 });
    writeFileSync(join(src, 'bin', 'conda-unpack'), 'import os, sys\nopen(os.path.join(os.path.dirname(sys.argv[0]), "..", "unpacked"), "w").write("yes")\n');
    const archive = join(dir, 'cp.tar.gz');
    execFileSync('tar', ['-czf', archive, '-C', src, '.']);
    const target = join(dir, 'target');
    expect(await unpackCondaEnv(archive, target, new MemoryLog())).toBe('conda-unpack');
    expect(readFileSync(join(target, 'unpacked'), 'utf8')).toBe('yes');
  });

  it('refuses an archive it cannot move, and a record naming paths outside the env', async () => {
    const dir = tmp();
    const src = join(dir, 'src');
    mkdirSync(join(src, 'bin'), { recursive: true });
    writeFileSync(join(src, 'bin', 'x'), 'x');
    execFileSync('tar', ['-czf', join(dir, 'a.tar.gz'), '-C', src, '.']);
    await expect(unpackCondaEnv(join(dir, 'a.tar.gz'), join(dir, 't1'), new MemoryLog())).rejects.toThrow(/neither .swrt-prefix-files nor bin\/conda-unpack/);
    writeFileSync(join(src, PREFIX_FILES_NAME), renderPrefixFiles({ prefix: '/old', text: ['../../etc/evil'], binary: [], symlinks: [] }));
    execFileSync('tar', ['-czf', join(dir, 'b.tar.gz'), '-C', src, '.']);
    await expect(unpackCondaEnv(join(dir, 'b.tar.gz'), join(dir, 't2'), new MemoryLog())).rejects.toThrow(UserError);
    expect(existsSync(join(dir, '..', 'etc', 'evil'))).toBe(false);
  });
});

describe('the scripts added for tools that know conda-pack archives', () => {
  it('bin/conda-unpack (python) moves a by-hand unpacked env like unpackCondaEnv, and bin/activate activates it', async () => {
    const dir = tmp();
    const build = join(dir, 'b', 'env');
    makePrefix(build);
    const archive = join(dir, 'env.tar.gz');
    await packCondaEnv(build, archive, 0);
    const target = join(dir, 'by', 'hand', 'somewhere', 'env');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', archive, '-C', target]);
    expect(lstatSync(join(target, 'bin', 'conda-unpack')).mode & 0o111).not.toBe(0);
    const res = execFileSync('python3', [join(target, 'bin', 'conda-unpack')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(res).toBe('');
    expect(execFileSync(join(target, 'bin', 'hello'), { encoding: 'utf8' })).toBe(`interp=${target}/bin/sh-wrapper\nhello from ${target}\n`);
    expect(readFileSync(join(target, 'etc', 'conda', 'activate.d', 'env.sh'), 'utf8')).toBe(`export MY_HOME="${target}/share/my"\nexport OTHER=${target}:${target}/lib\n`);
    expect(readlinkSync(join(target, 'lib', 'libbar.so.1'))).toBe(`${target}/lib/libbar.so`);
    expect(parsePrefixFiles(readFileSync(join(target, PREFIX_FILES_NAME), 'utf8')).prefix).toBe(target);
    const act = execFileSync('bash', ['-c', `. '${target}/bin/activate' && echo "$CONDA_PREFIX" && command -v hello && echo "$MY_HOME"`], { encoding: 'utf8' });
    expect(act).toBe(`${target}\n${target}/bin/hello\n${target}/share/my\n`);
  });

  it('bin/conda-unpack pads binaries for a shorter place, and keeps an activate the env already has', async () => {
    const dir = tmp();
    const build = join(dir, 'a-rather-long-build-directory-name', 'env');
    makePrefix(build);
    writeFileSync(join(build, 'bin', 'activate'), '# the env own\n');
    const archive = join(dir, 'env.tar.gz');
    await packCondaEnv(build, archive, 0);
    const target = join(dir, 'e');
    mkdirSync(target);
    execFileSync('tar', ['-xzf', archive, '-C', target]);
    expect(readFileSync(join(target, 'bin', 'activate'), 'utf8')).toBe('# the env own\n');
    execFileSync('python3', [join(target, 'bin', 'conda-unpack')]);
    const after = readFileSync(join(target, 'lib', 'libbar.so'));
    expect(after.subarray(5, after.indexOf(0, 5)).toString()).toBe(`${target}/lib/libfoo.so`);
    expect(after.length).toBe(readFileSync(join(build, 'lib', 'libbar.so')).length);
  });
});

describe('pieces', () => {
  it('scanFile finds a prefix split across read chunks and tells binary from text', () => {
    const dir = tmp();
    const f = join(dir, 'big');
    const needle = Buffer.from('/some/prefix/path');
    const pad = Buffer.alloc(4 * 1024 * 1024 - 5, 0x61);
    writeFileSync(f, Buffer.concat([pad, needle, Buffer.from('\n')]));
    expect(scanFile(f, needle)).toEqual({ hasPrefix: true, binary: false });
    writeFileSync(f, Buffer.concat([pad, Buffer.from([0]), needle.subarray(0, 10)]));
    expect(scanFile(f, needle)).toEqual({ hasPrefix: false, binary: true });
  });

  it('binaryReplace pads each C string it shortens, and refuses a longer prefix', () => {
    const data = Buffer.from('\0/old/prefix/lib:/old/prefix/x\0\0\0rest /old/prefix\0', 'latin1');
    const out = binaryReplace(data, Buffer.from('/old/prefix'), Buffer.from('/new'))!;
    expect(out.length).toBe(data.length);
    expect(out.toString('latin1')).toBe(`\0/new/lib:/new/x${'\0'.repeat(14)}\0\0\0rest /new${'\0'.repeat(7)}\0`);
    expect(binaryReplace(data, Buffer.from('/old/prefix'), Buffer.from('/a/much/longer/prefix'))).toBeUndefined();
    expect(binaryReplace(Buffer.from('none'), Buffer.from('/old'), Buffer.from('/much/longer'))?.toString()).toBe('none');
  });

  it('the record round-trips and rejects unknown formats', () => {
    const r = { prefix: '/p q', text: ['bin/a b'], binary: ['lib/x.so'], symlinks: ['lib/l'] };
    expect(parsePrefixFiles(renderPrefixFiles(r))).toEqual(r);
    expect(() => parsePrefixFiles('something else\n')).toThrow(/unknown format/);
  });
});
