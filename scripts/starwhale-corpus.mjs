#!/usr/bin/env node
// Runs the runtime.yaml files of a Starwhale source tree through swcli's own parser and ours, and
// (with --build) builds the CPU-only venv ones, printing one markdown table row per file:
//   source path | swcli | swrt | build
// Usage: node scripts/starwhale-corpus.mjs <starwhale checkout | git dir> [--rev v0.6.15]
//          [--swcli-python PY] [--build --index URL [--only SUBSTRING]] [--json]
// A git dir (a bare or mirrored clone) is read at --rev into a temporary tree; nothing is copied
// into this repository. Exit code 1 when swcli and swrt disagree on any file.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const REPO = resolve(dirname(new URL(import.meta.url).pathname), '..');
const ROOTS = ['example', 'scripts', 'client/tests/data'];
const RUNTIME_KEYS = ['dependencies', 'environment', 'python_version', 'pip_req', 'mode'];

const { values: opt, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    rev: { type: 'string', default: 'v0.6.15' },
    'swcli-python': { type: 'string', default: join(REPO, '__tests__', '.fixture-cache', 'swcli', 'bin', 'python3') },
    build: { type: 'boolean', default: false },
    index: { type: 'string' },
    only: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
});
if (positionals.length !== 1) {
  process.stderr.write('usage: starwhale-corpus.mjs <starwhale checkout | git dir> [--rev REV] [--swcli-python PY] [--build --index URL] [--json]\n');
  process.exit(2);
}
if (opt.build && !opt.index) {
  process.stderr.write('--build needs --index URL (a package index the builds may use)\n');
  process.exit(2);
}

/** The source tree: the checkout itself, or the git dir's --rev extracted into a temporary directory. */
function sourceTree(src) {
  if (existsSync(join(src, '.git')) || !existsSync(join(src, 'HEAD'))) return src;
  const listed = execFileSync('git', ['--git-dir', src, 'ls-tree', '--name-only', opt.rev, '--', ...ROOTS.map((r) => r.split('/')[0])], { encoding: 'utf8' }).split('\n').filter(Boolean);
  const tree = mkdtempSync(join(tmpdir(), 'starwhale-corpus-'));
  const archive = spawnSync('git', ['--git-dir', src, 'archive', '--format=tar', opt.rev, '--', ...listed], { maxBuffer: 1 << 30 });
  if (archive.status !== 0) throw new Error(`git archive failed: ${archive.stderr}`);
  const untar = spawnSync('tar', ['-x', '-C', tree], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`tar failed: ${untar.stderr}`);
  return tree;
}

function walk(dir, out) {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && /\.ya?ml$/.test(e.name)) out.push(p);
  }
  return out;
}

/** A mapping with a name and at least one key only a runtime definition has. */
function runtimeLike(file) {
  try {
    const doc = parse(readFileSync(file, 'utf8'));
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) && 'name' in doc && RUNTIME_KEYS.some((k) => k in doc);
  } catch {
    return false;
  }
}

function swcliVerdicts(files) {
  const r = spawnSync(opt['swcli-python'], [join(REPO, 'scripts', 'swcli-runtime-verdict.py'), ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`swcli's parser did not run (${opt['swcli-python']}): ${r.stderr.trim().split('\n').pop()}`);
  return new Map(r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((v) => [v.file, v]));
}

function swrt(args, env = {}) {
  const r = spawnSync(process.execPath, [join(REPO, 'dist', 'cli.js'), ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20, timeout: 900_000 });
  const lines = r.stderr.split('\n').map((l) => l.trim()).filter(Boolean);
  const lastError = lines.filter((l) => /(^|: )error: /.test(l)).pop() ?? lines.pop() ?? '';
  return { ok: r.status === 0, out: r.stdout, error: lastError.replace(/^(.*?: )?error:\s*/, '') };
}

/** Why a file is not built here, or undefined when it can be. */
function noBuild(file) {
  const doc = parse(readFileSync(file, 'utf8'));
  if ((doc.mode ?? 'venv') !== 'venv') return 'skipped: conda mode';
  if (doc.environment?.cuda) return 'skipped: GPU (cuda)';
  return undefined;
}

const tree = sourceTree(resolve(positionals[0]));
const files = ROOTS.flatMap((r) => walk(join(tree, r), [])).filter(runtimeLike).sort();
const theirs = swcliVerdicts(files);
const store = mkdtempSync(join(tmpdir(), 'starwhale-corpus-store-'));
const rows = [];
for (const file of files) {
  const rel = relative(tree, file);
  const sw = theirs.get(file);
  // The document only, as swcli's parser judges it; a missing file shows in the build column.
  const ours = swrt(['validate', '--no-files', '-f', file]);
  let build = '-';
  if (opt.build && sw.ok && ours.ok && (!opt.only || rel.includes(opt.only))) {
    const why = noBuild(file);
    if (why) build = why;
    else {
      mkdirSync(store, { recursive: true });
      const b = swrt(['build', dirname(file), '-f', file, '--json'], { SW_LOCAL_STORAGE: store, SW_PYPI_INDEX_URL: opt.index });
      build = b.ok ? 'ok' : `fail: ${b.error.slice(0, 160)}`;
    }
  }
  rows.push({ source: rel, swcli: sw.ok ? 'accept' : `refuse (${sw.error.slice(0, 100)})`, swrt: ours.ok ? 'accept' : `refuse (${ours.error.slice(0, 100)})`, build, agree: sw.ok === ours.ok });
}
if (opt.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
else {
  const cell = (s) => String(s).replace(/\|/g, '\\|');
  process.stdout.write('| source path | swcli | swrt | build |\n|---|---|---|---|\n');
  for (const r of rows) process.stdout.write(`| ${cell(r.source)}${r.agree ? '' : ' **(disagree)**'} | ${cell(r.swcli)} | ${cell(r.swrt)} | ${cell(r.build)} |\n`);
}
process.exit(rows.every((r) => r.agree) ? 0 : 1);
