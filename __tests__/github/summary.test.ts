// The job summary's time row: the env and downloads cache restores are stages of their own, before
// the install, apart from it; other layers and saves stay in the cache table only.
import { stageTimes } from '../../src/github/summary.js';
import type { RestoreOutcome, SaveOutcome } from '../../src/github/actions-cache.js';

const restore = (layer: RestoreOutcome['layer'], seconds: number, hit: RestoreOutcome['hit']): RestoreOutcome => ({ layer, key: `k-${layer}`, hit, seconds, sizeBytes: 0 });
const save = (layer: SaveOutcome['layer'], seconds: number): SaveOutcome => ({ layer, key: `k-${layer}`, saved: true, seconds, sizeBytes: 0, warnings: [] });

describe('stageTimes', () => {
  const timings = { spec: 0.04, toolchain: 1.26, installer: 0.3, install: 7.5, lock: 0.1, pack: 0.9 };

  it('puts the env and downloads restores before the install, each with its own time and hit', () => {
    const cache = [restore('toolchain', 2.2, 'exact'), restore('env', 3.14, 'miss'), restore('downloads', 1.05, 'partial'), save('env', 9.9)];
    expect(stageTimes(timings, cache)).toBe(
      'spec 0.0 s, toolchain 1.3 s, installer 0.3 s, env cache restore 3.1 s (miss), downloads cache restore 1.1 s (partial), install 7.5 s, lock 0.1 s, pack 0.9 s',
    );
  });

  it('an env hit has no install stage: the restore still shows, where it ran', () => {
    const { install: _, ...noInstall } = timings;
    expect(stageTimes(noInstall, [restore('env', 0.42, 'exact')])).toBe('spec 0.0 s, toolchain 1.3 s, installer 0.3 s, env cache restore 0.4 s (exact), lock 0.1 s, pack 0.9 s');
  });

  it('a restore that was timed in phases shows its download and extraction', () => {
    const env = { ...restore('env', 3.14, 'exact'), downloadSeconds: 2.31, extractSeconds: 0.72 };
    expect(stageTimes({ spec: 0.1, lock: 0.1 }, [env])).toBe('spec 0.1 s, env cache restore 3.1 s (exact; download 2.3 s, extract 0.7 s), lock 0.1 s');
  });

  it('without a cache the row is the stages alone', () => {
    expect(stageTimes({ spec: 0.1, install: 2 })).toBe('spec 0.1 s, install 2.0 s');
  });
});
