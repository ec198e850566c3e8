// A suite or test that cannot run here (a part that cannot exist on this machine) skips loudly: the
// reason is printed now and recorded where scripts/jest-skip-reporter.mjs finds it, so the run's
// final summary names every skip and why.
import { appendFileSync } from 'node:fs';
import { relative } from 'node:path';

const ROOT = new URL('../..', import.meta.url).pathname;

function record(reason: string): void {
  const testPath = expect.getState().testPath;
  const file = testPath ? relative(ROOT, testPath) : 'unknown suite';
  console.warn(`SKIPPED ${file}: ${reason}`);
  const log = process.env.SWRT_SKIP_LOG;
  if (log) appendFileSync(log, `${JSON.stringify({ file, reason })}\n`);
}

/** `describe` when `ready`, else `describe.skip` with `reason` recorded for the summary. */
export function skipUnless(ready: boolean, reason: string): jest.Describe {
  if (ready) return describe;
  record(reason);
  return describe.skip;
}

/** `it` when `ready`, else `it.skip` with `reason` recorded for the summary. */
export function itUnless(ready: boolean, reason: string): jest.It {
  if (ready) return it;
  record(reason);
  return it.skip;
}
