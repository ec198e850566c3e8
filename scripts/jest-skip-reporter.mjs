// Ends every jest run with the suites that skipped and why. Suites skip through
// __tests__/helpers/skip.ts (skipUnless), which appends {file, reason} to the file this reporter
// names in SWRT_SKIP_LOG; workers start after reporters are built, so they inherit it. A suite that
// skipped tests without recording a reason is listed too, so no skip goes unexplained.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

// Jest loads a reporter through its default export.
// eslint-disable-next-line no-restricted-syntax
export default class SkipReporter {
  constructor(globalConfig) {
    this.root = globalConfig.rootDir;
    // With -t, jest skips every test the pattern leaves out: those are not skips to explain.
    this.filtered = Boolean(globalConfig.testNamePattern);
    this.dir = mkdtempSync(join(tmpdir(), 'swrt-skips-'));
    this.log = join(this.dir, 'skips.jsonl');
    process.env.SWRT_SKIP_LOG = this.log;
  }

  onRunComplete(_contexts, results) {
    const skips = new Set();
    const explained = new Set();
    let text = '';
    try {
      text = readFileSync(this.log, 'utf8');
    } catch {
      // no suite skipped
    }
    for (const line of text.split('\n').filter(Boolean)) {
      let entry;
      try {
        entry = JSON.parse(line);
      } catch {
        entry = { file: 'unknown suite', reason: line };
      }
      skips.add(`${entry.file}: ${entry.reason}`);
      explained.add(entry.file);
    }
    for (const r of results.testResults) {
      const file = relative(this.root, r.testFilePath);
      if (!this.filtered && r.numPendingTests + r.numTodoTests > 0 && !explained.has(file)) skips.add(`${file}: skipped without a stated reason (use skipUnless or itUnless)`);
    }
    rmSync(this.dir, { recursive: true, force: true });
    if (skips.size === 0) return;
    const lines = [...skips].sort().map((s) => `  ${s}`);
    process.stderr.write(`\nSkipped (${skips.size}):\n${lines.join('\n')}\n`);
  }
}
