// Prints the release notes for tag vX.Y.Z: the "## X.Y.Z" section of CHANGELOG.md. Fails, with one
// line, when the tag is not vX.Y.Z, package.json's version differs, or the section is missing or empty.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');

export function releaseNotes(tag, changelog, packageVersion) {
  const m = /^v(\d+\.\d+\.\d+)$/.exec(tag ?? '');
  if (!m) throw new Error(`tag ${JSON.stringify(tag)} is not vX.Y.Z`);
  const version = m[1];
  if (packageVersion !== version) throw new Error(`tag ${tag} but package.json says ${packageVersion}: bump the version first`);
  const lines = changelog.split('\n');
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(\\s|$)`);
  const start = lines.findIndex((l) => heading.test(l));
  if (start < 0) throw new Error(`CHANGELOG.md has no "## ${version}" section`);
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => l.startsWith('## '));
  const body = (end < 0 ? rest : rest.slice(0, end)).join('\n').trim();
  if (!body) throw new Error(`CHANGELOG.md's "## ${version}" section is empty`);
  return `${body}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    process.stdout.write(releaseNotes(process.argv[2], readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), pkg.version));
  } catch (e) {
    console.error(`release-notes: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
