// Requirements includes (`-r`/`-c`): parsed as pip parses them, walked relative to the including
// file, checked like a top-level requirements file, hashed into the inputs, listed in the manifest.
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildManifest } from '../../src/bundle/manifest.js';
import { writeBundle } from '../../src/bundle/swrt.js';
import { digestInputs, requirementIncludes, requirementTexts } from '../../src/spec/digests.js';
import { contentVersion } from '../../src/plan/version.js';
import { loadSpec } from '../../src/spec/index.js';
import { parseIncludes, walkIncludes } from '../../src/spec/requirements-includes.js';
import type { LoadedSpec } from '../../src/spec/types.js';

const sha = (s: string) => createHash('sha256').update(s).digest('hex');

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-inc-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), t);
  }
  return dir;
}

const YAML = 'name: rt\nmode: venv\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip:\n      - six\n  - reqs/top.txt\n';

describe('parseIncludes', () => {
  it('finds every spelling pip accepts, with the line it starts on', () => {
    const text = [
      '-r a.txt',
      '--requirement b.txt  # a comment',
      '-c c.txt',
      '--constraint=d.txt',
      '-re.txt',
      '-cf.txt',
      '  -r "g h.txt"',
      '-r \\',
      '  i.txt',
      '# -r commented.txt',
      'six==1.0 # -r not-an-include.txt',
      '--index-url https://example.invalid/simple',
      '--requirement=j.txt -c k.txt',
    ].join('\n');
    expect(parseIncludes(text)).toEqual([
      { kind: 'requirement', ref: 'a.txt', line: 1 },
      { kind: 'requirement', ref: 'b.txt', line: 2 },
      { kind: 'constraint', ref: 'c.txt', line: 3 },
      { kind: 'constraint', ref: 'd.txt', line: 4 },
      { kind: 'requirement', ref: 'e.txt', line: 5 },
      { kind: 'constraint', ref: 'f.txt', line: 6 },
      { kind: 'requirement', ref: 'g h.txt', line: 7 },
      { kind: 'requirement', ref: 'i.txt', line: 8 },
      { kind: 'requirement', ref: 'j.txt', line: 13 },
      { kind: 'constraint', ref: 'k.txt', line: 13 },
    ]);
  });

  it('ignores requirement lines, URLs in other options and a dangling option', () => {
    expect(parseIncludes('six\n-e git+https://x/y#egg=y\n--hash=sha256:00\n-r\n')).toEqual([]);
  });
});

describe('walkIncludes', () => {
  it('resolves each path relative to the file that names it, recursively, each file once', () => {
    const dir = tree({
      'reqs/top.txt': '-r base/base.txt\n-c ../constraints.txt\n',
      'reqs/base/base.txt': '-r ../common.txt\nsix\n',
      'reqs/common.txt': 'alpha\n',
      'constraints.txt': '-r reqs/common.txt\n',
    });
    const w = walkIncludes(dir, 'reqs/top.txt');
    expect(w.problems).toEqual([]);
    expect(w.files.map((f) => f.path)).toEqual(['reqs/base/base.txt', 'reqs/common.txt', 'constraints.txt']);
    expect(w.files[1]!.via).toEqual(['reqs/top.txt:1', 'reqs/base/base.txt:1']);
  });

  it('walks a cycle once and stops', () => {
    const dir = tree({ 'a.txt': '-r b.txt\n', 'b.txt': '-r a.txt\n-r ./b.txt\n' });
    const w = walkIncludes(dir, 'a.txt');
    expect(w.problems).toEqual([]);
    expect(w.files.map((f) => f.path)).toEqual(['b.txt']);
  });

  it('stops on a link loop through a directory link', () => {
    const dir = tree({ 'a.txt': '-r d/a.txt\n' });
    symlinkSync('.', join(dir, 'd'));
    const w = walkIncludes(dir, 'a.txt');
    expect(w.problems).toEqual([]);
    expect(w.files.map((f) => f.path)).toEqual(['d/a.txt']);
  });

  it('refuses a file outside, a link out, a missing file, a directory, a URL and an absolute path, naming the chain', () => {
    const outside = tree({ 'secret.txt': 'x\n' });
    const dir = tree({
      'top.txt': '-r mid.txt\n',
      'mid.txt': ['-r ../outside.txt', '-c link.txt', '-r missing.txt', '-r sub', '-r https://example.invalid/r.txt', `-r ${join(outside, 'secret.txt')}`, '-r file:///etc/passwd', '-r ${HOME}/x.txt'].join('\n'),
      'sub/x.txt': '',
    });
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const msgs = walkIncludes(dir, 'top.txt').problems.map((p) => p.message);
    expect(msgs).toEqual([
      '"../outside.txt" is outside the runtime.yaml directory (included by mid.txt:1 <- top.txt:1)',
      '"link.txt" is a symlink pointing outside the runtime.yaml directory (included by mid.txt:2 <- top.txt:1)',
      '"missing.txt" does not exist (included by mid.txt:3 <- top.txt:1)',
      '"sub" is not a file (a directory) (included by mid.txt:4 <- top.txt:1)',
      '"https://example.invalid/r.txt" is a URL (included by mid.txt:5 <- top.txt:1)',
      `"${join(outside, 'secret.txt')}" is an absolute path (included by mid.txt:6 <- top.txt:1)`,
      '"file:///etc/passwd" is a URL (included by mid.txt:7 <- top.txt:1)',
      '"${HOME}/x.txt" uses an environment variable (included by mid.txt:8 <- top.txt:1)',
    ]);
  });
});

describe('runtime.yaml validation', () => {
  it('reports an include outside at the line of the entry that pulls it in', async () => {
    const dir = tree({ 'runtime.yaml': YAML, 'reqs/top.txt': '-r ../../outside.txt\n' });
    const err = (await loadSpec(join(dir, 'runtime.yaml')).catch((e: unknown) => e)) as { format(): string };
    const text = err.format();
    expect(text).toMatch(/runtime\.yaml:8:5/);
    expect(text).toContain('requirements file "../outside.txt" is outside the runtime.yaml directory (included by reqs/top.txt:1)');
  });

  it('accepts includes inside', async () => {
    const dir = tree({ 'runtime.yaml': YAML, 'reqs/top.txt': '-r base.txt\n', 'reqs/base.txt': 'six\n' });
    await expect(loadSpec(join(dir, 'runtime.yaml'))).resolves.toBeTruthy();
  });
});

describe('digests and manifest', () => {
  async function load(files: Record<string, string>): Promise<LoadedSpec> {
    return loadSpec(join(tree({ 'runtime.yaml': YAML, ...files }), 'runtime.yaml'));
  }
  const files = { 'reqs/top.txt': '-r base.txt\n-c ../c.txt\n', 'reqs/base.txt': 'six\n', 'c.txt': 'six==1\n' };

  it('hashes every included file, so editing one changes the version', async () => {
    const l = await load(files);
    const d = digestInputs(l);
    expect(d.map((x) => x.path)).toEqual(['c.txt', 'reqs/base.txt', 'reqs/top.txt', 'runtime.yaml']);
    expect(d[1]!.sha256).toBe(sha('six\n'));
    const version = (x: LoadedSpec) => contentVersion({ spec: x.spec, inputs: digestInputs(x), lock: '' });
    expect(version(await load({ ...files }))).toBe(version(l));
    expect(version(await load({ ...files, 'reqs/base.txt': 'six==1.16.0\n' }))).not.toBe(version(l));
    expect(version(await load({ ...files, 'c.txt': 'six==2\n' }))).not.toBe(version(l));
  });

  it('refuses at build time an include that became a link out after validation', async () => {
    const l = await load(files);
    const outside = tree({ 'x.txt': 'x' });
    writeFileSync(join(l.dir, 'reqs/top.txt'), '-r ../x.txt\n');
    symlinkSync(join(outside, 'x.txt'), join(l.dir, 'x.txt'));
    expect(() => digestInputs(l)).toThrow(/requirements file "x\.txt" is a symlink pointing outside/);
  });

  it('lists the included files in artifacts.dependencies', async () => {
    const l = await load(files);
    const m = buildManifest({
      spec: l.spec, version: 'v', createdAt: 'now', lockFiles: ['.starwhale/lock/requirements-sw-lock.txt'], lock: '', pythonVersion: '3.11.9', localPackagedEnv: false, starwhaleVersion: '',
      includedFiles: requirementIncludes(l, 'reqs/top.txt'),
    });
    expect((m.artifacts as { dependencies: string[] }).dependencies).toEqual([
      'dependencies/reqs/top.txt', 'dependencies/reqs/base.txt', 'dependencies/c.txt', 'dependencies/.starwhale/lock/requirements-sw-lock.txt',
    ]);
  });

  it('packs included files at their relative paths, each without the credentials in its URLs', async () => {
    const l = await load({ ...files, 'reqs/base.txt': '--extra-index-url https://user:s3cret@idx.example/simple\nsix\n' });
    expect(requirementTexts(l).map((f) => f.path)).toEqual(['reqs/top.txt', 'reqs/base.txt', 'c.txt']);
    const out = join(mkdtempSync(join(tmpdir(), 'swrt-inc-b-')), 'b.swrt');
    await writeBundle({ loaded: l, manifest: { name: 'rt' }, mtime: 0 }, out);
    const list = execFileSync('tar', ['-tf', out], { encoding: 'utf8' }).split('\n');
    expect(list).toEqual(expect.arrayContaining(['dependencies/reqs/top.txt', 'dependencies/reqs/base.txt', 'dependencies/c.txt']));
    const base = execFileSync('tar', ['-xOf', out, 'dependencies/reqs/base.txt'], { encoding: 'utf8' });
    expect(base).toBe('--extra-index-url https://idx.example/simple\nsix\n');
  });
});
