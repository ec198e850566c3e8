// Removes this run's scratch TMPDIR (scripts/jest-global-setup.mjs), and those left by runs whose
// jest process no longer exists (killed, out of time). SWRT_KEEP_TEST_TMP=1 keeps this run's, to look at.
import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

// Jest loads a globalTeardown module through its default export.
// eslint-disable-next-line no-restricted-syntax
export default function globalTeardown() {
  const mine = process.env.SWRT_TEST_TMP;
  if (!mine) return;
  if (process.env.SWRT_KEEP_TEST_TMP !== '1') rmSync(mine, { recursive: true, force: true });
  else process.stderr.write(`[test teardown] kept ${mine}\n`);
  const parent = dirname(mine);
  for (const name of readdirSync(parent)) {
    const m = /^swrt-test-(\d+)-/.exec(name);
    if (m && Number(m[1]) !== process.pid && !alive(Number(m[1]))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}
