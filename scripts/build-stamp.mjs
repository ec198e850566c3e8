// What dist/ was built from, by content: a hash of the build's inputs (src/, the build scripts,
// the lockfile) and of the bundles it produced. The test setup rebuilds dist/ unless both still
// match, so a checkout or `git checkout -- dist/` that leaves dist/ newer than src/ by mtime can
// never make the suites run a stale bundle. The stamp lives in node_modules/.cache, outside git.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BUNDLES = ['index.js', 'post.js', 'cli.js'];

function files(dir) {
  const out = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...files(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

function digest(root, paths) {
  const h = createHash('sha256');
  for (const p of paths.sort()) {
    h.update(relative(root, p)).update('\0');
    h.update(existsSync(p) ? readFileSync(p) : 'missing').update('\0');
  }
  return h.digest('hex');
}

export function inputsDigest(root) {
  const scripts = ['build.mjs', 'write-schema.ts', 'shape-validator.ts'].map((f) => join(root, 'scripts', f));
  return digest(root, [...files(join(root, 'src')), ...scripts, join(root, 'package-lock.json')]);
}

export function outputsDigest(root) {
  return digest(root, BUNDLES.map((f) => join(root, 'dist', f)));
}

function stampFile(root) {
  return join(root, 'node_modules', '.cache', 'swrt-build', 'stamp.json');
}

export function writeStamp(root) {
  const file = stampFile(root);
  mkdirSync(join(file, '..'), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ inputs: inputsDigest(root), outputs: outputsDigest(root) }));
  renameSync(tmp, file);
}

/** True when dist/ holds exactly the bundles a build of the current inputs produced. */
export function distIsCurrent(root) {
  try {
    const s = JSON.parse(readFileSync(stampFile(root), 'utf8'));
    return s.inputs === inputsDigest(root) && s.outputs === outputsDigest(root);
  } catch {
    return false;
  }
}
