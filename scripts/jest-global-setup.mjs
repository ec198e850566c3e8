// Runs once before the test suite, so `npm test` on a fresh clone tests what it should:
// the fixtures the real-build suites need (scripts/ci-fixtures.sh: the pinned uv wheel, a real
// swcli 0.6.15; idempotent, a quick no-op when present) and a dist/ rebuilt unless it was built from this very src/ (scripts/build-stamp.mjs), since
// many suites run the bundled dist/cli.js and dist/index.js. SWRT_TEST_NO_SETUP=1 skips both.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { distIsCurrent } from './build-stamp.mjs';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, '__tests__', '.fixture-cache');
function fixturesReady() {
  const wheels = join(FIXTURES, 'wheels');
  return existsSync(join(FIXTURES, 'swcli', '.ok')) && existsSync(wheels) && readdirSync(wheels).some((f) => /^uv-.*\.whl$/.test(f));
}

function run(what, cmd, args, quiet = false) {
  if (!quiet) process.stderr.write(`\n[test setup] ${what}\n`);
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ['ignore', quiet ? 'pipe' : 'inherit', quiet ? 'pipe' : 'inherit'], encoding: 'utf8' });
  if (quiet && r.status !== 0) process.stderr.write(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return r.status === 0;
}

// Jest loads a globalSetup module through its default export.
// eslint-disable-next-line no-restricted-syntax
export default function globalSetup() {
  scratchTmpdir();
  if (process.env.SWRT_TEST_NO_SETUP === '1') return;
  // ci-fixtures.sh is idempotent and takes a fraction of a second when all is there, so it runs every
  // time (a fixture added to it is fetched without a new readiness check here); it speaks only when it
  // has work to do or fails.
  const quiet = fixturesReady();
  if (!run(quiet ? '' : 'fetching test fixtures (scripts/ci-fixtures.sh; once, then cached)', 'bash', [join(ROOT, 'scripts', 'ci-fixtures.sh')], quiet)) {
    process.stderr.write('[test setup] could not fetch the fixtures: the suites that need them will say SKIPPED with the reason\n');
  }
  if (!distIsCurrent(ROOT) && !run('dist/ was not built from this src/: rebuilding it (npm run build)', 'npm', ['run', 'build', '--silent'])) {
    throw new Error('npm run build failed: the suites that run dist/ would test stale code');
  }
}

// Every suite makes stores, caches, projects and registries under os.tmpdir(), and a failing or killed
// suite cannot be trusted to remove its own: a few dozen full runs filled a 100 GB disk. So this run
// gets one scratch folder (workers and the processes they start inherit TMPDIR), and
// scripts/jest-global-teardown.mjs removes it whole, with those of earlier runs whose jest is gone.
function scratchTmpdir() {
  if (process.env.SWRT_TEST_TMP) return;
  const dir = mkdtempSync(join(tmpdir(), `swrt-test-${process.pid}-`));
  process.env.SWRT_TEST_TMP = dir;
  process.env.TMPDIR = dir;
}
