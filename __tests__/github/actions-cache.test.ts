// restoreLayer/saveLayer drive the real @actions/cache (tar, zstd, Azure SDK upload) against the
// harness's fake results service; only GitHub's service itself is stood in for.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheSummaryRows, restoreLayer, saveLayer } from '../../src/github/actions-cache.js';
import { MemoryLog } from '../../src/util/log.js';
import { startResultsService } from '../harness/fake-results-service.js';
import { useResultsServiceInProcess } from '../harness/in-process.js';

const t = useResultsServiceInProcess('swrt-cache-');

function fakeEnv(dir: string, marker: string): void {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  mkdirSync(join(dir, 'lib', 'site-packages', 'six'), { recursive: true });
  writeFileSync(join(dir, 'lib', 'site-packages', 'six', '__init__.py'), `marker = ${JSON.stringify(marker)}\n`);
  writeFileSync(join(dir, 'bin', 'python'), '#!/bin/sh\n', { mode: 0o755 });
}

const warnings = (log: MemoryLog) => log.lines.filter((l) => l.level === 'warn').map((l) => l.msg);

describe('restoreLayer / saveLayer through @actions/cache', () => {
  it('misses, saves, then hits exactly in a fresh directory and skips the second save', async () => {
    const env = join(t.root, 'a', 'venv');
    const spec = { key: 'swrt-env-v1-test-aaa', restoreKeys: [], paths: [env] };
    const log = new MemoryLog();
    const miss = await restoreLayer('env', spec, log);
    expect(miss.hit).toBe('miss');
    fakeEnv(env, 'one');
    const s = await saveLayer('env', spec, log, { restored: miss });
    expect(s).toMatchObject({ saved: true, warnings: [] });
    expect(s.sizeBytes).toBeGreaterThan(0);

    rmSync(join(t.root, 'a'), { recursive: true });
    const hit = await restoreLayer('env', spec, log);
    expect(hit).toMatchObject({ hit: 'exact', matchedKey: spec.key });
    expect(readFileSync(join(env, 'lib', 'site-packages', 'six', '__init__.py'), 'utf8')).toContain('one');
    const before = t.svc.calls.length;
    expect(await saveLayer('env', spec, log, { restored: hit })).toMatchObject({ saved: false, skipped: expect.stringContaining('exact hit') });
    expect(t.svc.calls.length).toBe(before);
    expect(await saveLayer('env', { ...spec, key: 'swrt-env-v1-test-other' }, log, { write: false })).toMatchObject({ saved: false, skipped: expect.stringMatching(/cache-write: false/) });
    expect(t.svc.calls.length).toBe(before);
    expect(warnings(log)).toEqual([]);

    const rows = cacheSummaryRows([hit, s]);
    expect(rows[0]).toEqual(['layer', 'key', 'result', 'size', 'time']);
    expect(rows[1].slice(0, 3)).toEqual(['env', `<code>${spec.key}</code>`, 'hit']);
    expect(rows[2][2]).toBe('saved');
  }, 30000);

  it('times the download and the extraction of a hit apart, and a miss has neither', async () => {
    const env = join(t.root, 'phases', 'venv');
    const spec = { key: 'swrt-env-v1-phases', restoreKeys: [], paths: [env] };
    const log = new MemoryLog();
    const miss = await restoreLayer('env', spec, log);
    expect(miss.downloadSeconds).toBeUndefined();
    expect(miss.extractSeconds).toBeUndefined();
    fakeEnv(env, 'phases');
    expect((await saveLayer('env', spec, log)).saved).toBe(true);
    rmSync(env, { recursive: true });
    t.svc.slowBlobReads(600);
    let hit;
    try {
      hit = await restoreLayer('env', spec, log);
    } finally {
      t.svc.slowBlobReads(0);
    }
    expect(hit.hit).toBe('exact');
    // the slow blob reads land in the download, not in the extraction of a few-file tar
    expect(hit.downloadSeconds).toBeGreaterThanOrEqual(0.55);
    expect(hit.extractSeconds).toBeLessThan(0.5);
    expect(hit.extractSeconds).toBeGreaterThan(0);
    expect(hit.downloadSeconds! + hit.extractSeconds!).toBeLessThanOrEqual(hit.seconds + 1e-9);
    expect(cacheSummaryRows([hit])[1][4]).toMatch(/^\d+\.\d s \(download \d+\.\d s, extract \d+\.\d s\)$/);
    expect(log.lines.some((l) => /^cache env: exact hit \(.* MiB; download \d+\.\d s, extract \d+\.\d s\)$/.test(l.msg))).toBe(true);
  }, 30000);

  it('two restores at once are not split (the size line names no restore), and stdout is left as it was', async () => {
    const log = new MemoryLog();
    const dirs = ['o1', 'o2'].map((d) => join(t.root, d, 'venv'));
    for (const [i, d] of dirs.entries()) {
      fakeEnv(d, `o${i}`);
      expect((await saveLayer('env', { key: `swrt-env-v1-overlap-${i}`, restoreKeys: [], paths: [d] }, log)).saved).toBe(true);
      rmSync(d, { recursive: true });
    }
    const write = process.stdout.write;
    const both = await Promise.all(dirs.map((d, i) => restoreLayer('env', { key: `swrt-env-v1-overlap-${i}`, restoreKeys: [], paths: [d] }, log)));
    expect(both.map((o) => o.hit)).toEqual(['exact', 'exact']);
    expect(both.map((o) => o.downloadSeconds)).toEqual([undefined, undefined]);
    expect(process.stdout.write).toBe(write);
    // one at a time again: split again
    rmSync(dirs[0]!, { recursive: true });
    expect((await restoreLayer('env', { key: 'swrt-env-v1-overlap-0', restoreKeys: [], paths: [dirs[0]!] }, log)).downloadSeconds).toBeGreaterThanOrEqual(0);
  }, 30000);

  it('a key is text in the summary table, never markup', () => {
    const rows = cacheSummaryRows([{ layer: 'env', key: 'swrt-env-<img src=x onerror=alert(1)>', hit: 'partial', matchedKey: 'k"><script>', seconds: 1, sizeBytes: 0 }]);
    expect(rows[1]![1]).toBe('<code>swrt-env-&lt;img src=x onerror=alert(1)&gt;</code>');
    expect(rows[1]![2]).toBe('partial (k&quot;&gt;&lt;script&gt;)');
  });

  it('a matched key with line breaks stays on one line, in the log and the summary table', async () => {
    const dir = join(t.root, 'nl');
    fakeEnv(dir, 'nl');
    const log = new MemoryLog();
    const evil = 'swrt-downloads-v1-nl-1\n\n# pwned [login](https://evil.example)\n::add-mask::secret';
    expect((await saveLayer('downloads', { key: evil, restoreKeys: [], paths: [dir] }, log)).saved).toBe(true);
    rmSync(dir, { recursive: true });
    // (saved by another workflow: our own keys are made of safe characters)
    const restoreLog = new MemoryLog();
    const r = await restoreLayer('downloads', { key: 'swrt-downloads-v1-nl-2', restoreKeys: ['swrt-downloads-v1-nl-'], paths: [dir] }, restoreLog);
    expect(r).toMatchObject({ hit: 'partial', matchedKey: evil });
    expect(restoreLog.lines.length).toBeGreaterThan(0);
    for (const l of restoreLog.lines) expect(l.msg).not.toMatch(/[\r\n]/);
    const row = cacheSummaryRows([r])[1]!.join('|');
    expect(row).not.toMatch(/[\r\n]/);
    expect(row).toContain('partial (swrt-downloads-v1-nl-1 # pwned [login](https://evil.example) ::add-mask::secret)');
  }, 30000);

  it('restores a downloads layer by restore-key prefix as a partial hit', async () => {
    const dir = join(t.root, 'dl');
    fakeEnv(dir, 'wheels');
    const log = new MemoryLog();
    expect((await saveLayer('downloads', { key: 'swrt-downloads-v1-x-py3.11.7-111', restoreKeys: [], paths: [dir] }, log)).saved).toBe(true);
    rmSync(dir, { recursive: true });
    const r = await restoreLayer('downloads', { key: 'swrt-downloads-v1-x-py3.11.7-222', restoreKeys: ['swrt-downloads-v1-x-py3.11.7-'], paths: [dir] }, log);
    expect(r).toMatchObject({ hit: 'partial', matchedKey: 'swrt-downloads-v1-x-py3.11.7-111' });
    expect(existsSync(join(dir, 'bin', 'python'))).toBe(true);
    expect(cacheSummaryRows([r])[1][2]).toBe('partial (swrt-downloads-v1-x-py3.11.7-111)');
  }, 30000);

  it('lets two matrix legs save different keys without collision, and a same-key race warns', async () => {
    const env = join(t.root, 'm', 'venv');
    const log = new MemoryLog();
    fakeEnv(env, 'py311');
    expect((await saveLayer('env', { key: 'swrt-env-v1-m-py3.11.7-d1', restoreKeys: [], paths: [env] }, log)).saved).toBe(true);
    rmSync(env, { recursive: true });
    fakeEnv(env, 'py312');
    expect((await saveLayer('env', { key: 'swrt-env-v1-m-py3.12.1-d1', restoreKeys: [], paths: [env] }, log)).saved).toBe(true);
    for (const [key, marker] of [['swrt-env-v1-m-py3.11.7-d1', 'py311'], ['swrt-env-v1-m-py3.12.1-d1', 'py312']]) {
      rmSync(env, { recursive: true });
      expect((await restoreLayer('env', { key, restoreKeys: [], paths: [env] }, log)).hit).toBe('exact');
      expect(readFileSync(join(env, 'lib', 'site-packages', 'six', '__init__.py'), 'utf8')).toContain(marker);
    }
    // Two legs computing the SAME key (a config error or a re-run): one saves, the other only warns.
    const both = await Promise.all([1, 2].map(() => saveLayer('env', { key: 'swrt-env-v1-m-same', restoreKeys: [], paths: [env] }, log)));
    expect(both.map((b) => b.saved).sort()).toEqual([false, true]);
    expect(t.svc.calls.some((c) => c.route === 'CreateCacheEntry' && c.status === 409)).toBe(true);
    expect(warnings(log).join('\n')).toContain('swrt-env-v1-m-same was not saved');
  }, 30000);

  it('turns a quota refusal and a malformed key into warnings, never a throw', async () => {
    const dir = join(t.root, 'q');
    fakeEnv(dir, 'q');
    const log = new MemoryLog();
    const bad = await saveLayer('env', { key: 'a,b', restoreKeys: [], paths: [dir] }, log);
    expect(bad).toMatchObject({ saved: false });
    expect(bad.warnings[0]).toMatch(/cannot contain commas/);
    const quota = await startResultsService({ cacheQuotaBytes: 0 });
    const url = process.env.ACTIONS_RESULTS_URL;
    Object.assign(process.env, quota.env());
    try {
      const r = await saveLayer('env', { key: 'swrt-env-v1-quota', restoreKeys: [], paths: [dir] }, log);
      expect(r.saved).toBe(false);
      expect(r.warnings).toHaveLength(1);
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
      Object.assign(process.env, t.svc.env());
      await quota.close();
    }
  }, 30000);

  it('a service answering 500 on save gives a warning and no throw (waits out the library retries, ~25 s)', async () => {
    const dir = join(t.root, 'f');
    fakeEnv(dir, 'f');
    const log = new MemoryLog();
    t.svc.failNext('CreateCacheEntry', 500, 5);
    const r = await saveLayer('env', { key: 'swrt-env-v1-down', restoreKeys: [], paths: [dir] }, log);
    expect(r.saved).toBe(false);
    expect(r.warnings[0]).toContain('swrt-env-v1-down was not saved');
    expect(t.svc.calls.filter((c) => c.route === 'CreateCacheEntry' && c.status === 500)).toHaveLength(5);
  }, 60000);

  it('warns and misses when no cache service is configured', async () => {
    const url = process.env.ACTIONS_RESULTS_URL;
    delete process.env.ACTIONS_RESULTS_URL;
    try {
      const log = new MemoryLog();
      const r = await restoreLayer('toolchain', { key: 'k', restoreKeys: [], paths: [join(t.root, 'none')] }, log);
      expect(r.hit).toBe('miss');
      expect(warnings(log)[0]).toContain('not available');
    } finally {
      process.env.ACTIONS_RESULTS_URL = url;
    }
  });
});
