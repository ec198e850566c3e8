// Release contracts: the README tables are the ones action.yml generates, and the release notes
// script (run by release.yml on a tag) accepts only vX.Y.Z matching package.json with a CHANGELOG section.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../helpers/cli.js';

const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8'));
const node = (script: string, args: string[], cwd = REPO) => spawnSync(process.execPath, [join(cwd, 'scripts', script), ...args], { cwd, encoding: 'utf8' });

/** A copy of the files a script reads (and this repository's node_modules), so a test can change them. */
function sandbox(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-release-'));
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'));
  for (const f of files) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    copyFileSync(join(REPO, f), join(dir, f));
  }
  return dir;
}

describe('README tables', () => {
  it('are current with action.yml', () => {
    const r = node('action-docs.mjs', ['--check']);
    expect([r.status, r.stderr]).toEqual([0, '']);
  });

  it('--check fails on a stale README, and npm run docs fixes it', () => {
    const dir = sandbox(['scripts/action-docs.mjs', 'action.yml', 'README.md']);
    writeFileSync(join(dir, 'action.yml'), readFileSync(join(dir, 'action.yml'), 'utf8').replace("description: 'Runtime name.'", "description: 'The runtime | name <n>.'"));
    const stale = node('action-docs.mjs', ['--check'], dir);
    expect([stale.status, stale.stderr.trim()]).toEqual([1, 'README.md inputs/outputs tables are stale: run npm run docs']);
    expect(node('action-docs.mjs', [], dir).status).toBe(0);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain('| `name` | The runtime \\| name &lt;n&gt;. |');
    expect(node('action-docs.mjs', ['--check'], dir).status).toBe(0);
  });
});

describe('release notes', () => {
  it(`prints the CHANGELOG section of the package version (v${pkg.version})`, () => {
    const r = node('release-notes.mjs', [`v${pkg.version}`]);
    expect(r.status).toBe(0);
    const section = readFileSync(join(REPO, 'CHANGELOG.md'), 'utf8').split(`## ${pkg.version}\n`)[1]!.split('\n## ')[0]!.trim();
    expect(r.stdout).toBe(`${section}\n`);
  });

  it.each([
    ['v9.9.9', `tag v9.9.9 but package.json says ${pkg.version}: bump the version first`],
    [`${pkg.version}`, `tag "${pkg.version}" is not vX.Y.Z`],
    [`v${pkg.version};touch x`, `tag "v${pkg.version};touch x" is not vX.Y.Z`],
    ['', 'tag "" is not vX.Y.Z'],
  ])('refuses %j with one line', (tag, message) => {
    const r = node('release-notes.mjs', [tag]);
    expect([r.status, r.stdout, r.stderr]).toEqual([1, '', `release-notes: ${message}\n`]);
  });

  it('refuses a version whose CHANGELOG section is missing or empty', () => {
    const dir = sandbox(['scripts/release-notes.mjs', 'package.json', 'CHANGELOG.md']);
    writeFileSync(join(dir, 'CHANGELOG.md'), `# Changelog\n\n## ${pkg.version}\n\n## 0.0.1\n- old\n`);
    expect(node('release-notes.mjs', [`v${pkg.version}`], dir).stderr).toBe(`release-notes: CHANGELOG.md's "## ${pkg.version}" section is empty\n`);
    writeFileSync(join(dir, 'CHANGELOG.md'), '# Changelog\n');
    expect(node('release-notes.mjs', [`v${pkg.version}`], dir).stderr).toBe(`release-notes: CHANGELOG.md has no "## ${pkg.version}" section\n`);
  });
});
