// Bundles the three entry points with ncc into dist/index.js, dist/post.js and dist/cli.js.
// ncc emits ESM (package.json has "type": "module"); each entry is built into a scratch dir and
// its index.js moved into place, so the three bundles never overwrite each other's assets.
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
mkdirSync('dist', { recursive: true });
for (const [src, out] of entries) {
  const scratch = mkdtempSync(join(tmpdir(), 'swrt-ncc-'));
  execFileSync(process.execPath, [ncc, 'build', src, '-o', scratch, '--target', 'es2022', '--quiet'], { stdio: 'inherit' });
  const extra = readdirSync(scratch).filter((f) => f !== 'index.js' && f !== 'package.json');
  if (extra.length) throw new Error(`ncc emitted assets for ${src} that dist/ does not carry: ${extra.join(', ')}`);
  let code = readFileSync(join(scratch, 'index.js'), 'utf8');
  if (out === 'cli.js') code = `#!/usr/bin/env node\n${code.replace(/^#!.*\n/, '')}`;
  writeFileSync(join(scratch, 'index.js'), code);
  renameSync(join(scratch, 'index.js'), join('dist', out));
  if (out === 'cli.js') chmodSync(join('dist', out), 0o755);
  rmSync(scratch, { recursive: true, force: true });
}
writeStamp(process.cwd());
console.log(`built ${entries.map(([, o]) => `dist/${o}`).join(', ')}`);
