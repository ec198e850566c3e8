// Bundles the three entry points with ncc into dist/index.js, dist/post.js and dist/cli.js.
// ncc emits ESM (package.json has "type": "module"); each entry is built into a scratch dir and
// its index.js moved into place, so the three bundles never overwrite each other's assets.
// The CLI alone is split: each verb imports its implementation with import(), which ncc emits as
// chunks; they go to dist/cli-chunks/ so that `swrt --version`, `--help` and the light verbs do not
// load and compile the whole pipeline.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeStamp } from './build-stamp.mjs';

const entries = [
  ['src/action/main.ts', 'index.js'],
  ['src/action/post.ts', 'post.js'],
  ['src/cli/main.ts', 'cli.js'],
];
const ncc = join('node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const CHUNKS = 'cli-chunks';
/** ncc's chunk loader names a chunk "<id>.index.js" next to the entry; the CLI's live in dist/cli-chunks/. */
const CHUNK_NAME = 'return "" + chunkId + ".index.js";';
const isChunk = (f) => /^\d+\.index\.js$/.test(f);

/** Moves the CLI's chunks into dist/cli-chunks/ (emptied first) and points its chunk loader there. */
function placeChunks(scratch, chunks, code) {
  rmSync(join('dist', CHUNKS), { recursive: true, force: true });
  if (!chunks.length) return code;
  if (!code.includes(CHUNK_NAME)) throw new Error(`ncc's chunk loader changed: "${CHUNK_NAME}" not found in the CLI bundle`);
  mkdirSync(join('dist', CHUNKS));
  for (const c of chunks) renameSync(join(scratch, c), join('dist', CHUNKS, c.replace('.index.js', '.js')));
  return code.replace(CHUNK_NAME, `return "${CHUNKS}/" + chunkId + ".js";`);
}

mkdirSync('dist', { recursive: true });
for (const [src, out] of entries) {
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-ncc-'));
  execFileSync(process.execPath, [ncc, 'build', src, '-o', scratch, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
  const files = readdirSync(scratch).filter((f) => f !== 'index.js' && f !== 'package.json');
  const chunks = out === 'cli.js' ? files.filter(isChunk) : [];
  const extra = files.filter((f) => !chunks.includes(f));
  if (extra.length) throw new Error(`ncc emitted assets for ${src} that dist/ does not carry: ${extra.join(', ')}`);
  let code = readFileSync(join(scratch, 'index.js'), 'utf8');
  if (out === 'cli.js') code = placeChunks(scratch, chunks, `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, '')}`);
  writeFileSync(join(scratch, 'index.js'), code);
  renameSync(join(scratch, 'index.js'), join('dist', out));
  if (out === 'cli.js') chmodSync(join('dist', out), 0o755);
  rmSync(scratch, { recursive: true, force: true });
}
writeStamp(process.cwd());
console.log(`built ${entries.map(([, o]) => `dist/${o}`).join(', ')}`);
