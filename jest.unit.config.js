/**
 * The fast lane (`npm run test:unit`) for the edit-test loop: the suites that need neither dist/ nor
 * the fixture cache nor real interpreters, i.e. those that import none of the helpers providing
 * them. A new suite that uses one joins only the full lane (`npm test`), by itself. No globalSetup:
 * nothing is fetched or rebuilt.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import base from './jest.config.js';

const NEEDS_MORE = /from '\.\.\/(helpers\/(cli|pypi-index|toolchain-fixtures|skip|starwhale-server)|harness\/(run-action|in-process))\.js'/;

function suites(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.')) return [];
    const p = join(dir, e.name);
    return e.isDirectory() ? suites(p) : e.name.endsWith('.test.ts') ? [p] : [];
  });
}

const ROOT = import.meta.dirname;
const unit = suites(join(ROOT, '__tests__')).filter((p) => !NEEDS_MORE.test(readFileSync(p, 'utf8')));

export default { ...base, globalSetup: undefined, testMatch: unit };
