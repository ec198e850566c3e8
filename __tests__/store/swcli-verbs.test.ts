// remove, recover and remove --force behave as swcli 0.6.15's: the same sequence is run by the real
// swcli and by swrt on two identical stores, and the tag indexes and bundle files are compared after
// every step. swcli never edits the tag index on remove or recover: latest, vN and user tags stay on
// a removed version, recover NAME recovers the version latest names, and nothing is renumbered.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { FIXTURE_CACHE } from '../helpers/pypi-index.js';
import { LocalStore } from '../../src/store/store.js';
import { parseLocalUri, resolveLocal } from '../../src/store/uri.js';
import { skipUnless } from '../helpers/skip.js';

const SWCLI = join(FIXTURE_CACHE, 'swcli', 'bin', 'swcli');
const ready = existsSync(join(FIXTURE_CACHE, 'swcli', '.ok'));
const maybe = skipUnless(ready, 'no swcli 0.6.15 in __tests__/.fixture-cache/swcli (scripts/ci-fixtures.sh could not install it)');

const A = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';

/** A store holding runtime rt at A (v0, prod) and B (v1, latest, blue), as two builds and two tags leave it. */
function seed(root: string): void {
  const dir = join(root, 'self', 'runtime', 'rt');
  for (const v of [A, B]) {
    mkdirSync(join(dir, v.slice(0, 2)), { recursive: true });
    writeFileSync(join(dir, v.slice(0, 2), `${v}.swrt`), v);
    mkdirSync(join(root, 'self', 'workdir', 'runtime', 'rt', v.slice(0, 2), v), { recursive: true });
  }
  const index = {
    fast_tag_seq: 1,
    name: 'rt',
    tags: { blue: B, latest: B, prod: A, v0: A, v1: B },
    typ: 'runtime',
    updated_at: '2024-01-01 00:00:00 UTC',
    versions: { [A]: { prod: true, v0: true }, [B]: { blue: true, latest: true, v1: true } },
  };
  writeFileSync(join(dir, '_manifest.yaml'), stringify(index));
}

/** The tag index without its timestamp, and every bundle file under the project. */
function snapshot(root: string) {
  const text = readFileSync(join(root, 'self', 'runtime', 'rt', '_manifest.yaml'), 'utf8');
  const { updated_at: _, ...index } = parse(text) as Record<string, unknown>;
  const files = (readdirSync(join(root, 'self'), { recursive: true }) as string[])
    .filter((f) => f.endsWith('.swrt') || /workdir\/runtime\/(\.recover\/)?rt\/[a-z]{2}\/[a-z]{40}$/.test(f))
    .map((f) => relative(root, join(root, 'self', f)))
    .sort();
  return { index, files };
}

maybe('store verbs match swcli 0.6.15', () => {
  it('remove, recover NAME, recover VERSION and remove --force leave the same tag index and files', () => {
    const ours = mkdtempSync(join(tmpdir(), 'swrt-verbs-'));
    const theirs = mkdtempSync(join(tmpdir(), 'swcli-verbs-'));
    seed(ours);
    cpSync(ours, theirs, { recursive: true });
    const cfg = join(mkdtempSync(join(tmpdir(), 'swcli-cfg-')), 'config.yaml');
    const swcli = (...args: string[]) =>
      execFileSync(SWCLI, ['runtime', ...args], { input: 'y\n', encoding: 'utf8', env: { ...process.env, SW_LOCAL_STORAGE: theirs, SW_CLI_CONFIG: cfg, COLUMNS: '200' } });
    const store = new LocalStore(ours);
    const swrt = {
      remove: (uri: string, force = false) => {
        const v = resolveLocal(uri, ours);
        store.remove(v.name, v.version, force);
      },
      recover: (uri: string) => {
        const ref = parseLocalUri(uri);
        return store.recover(ref.name, ref.version);
      },
    };
    const steps: [string, () => unknown, () => unknown][] = [
      ['remove the version latest names', () => swcli('remove', `rt/version/${B}`), () => swrt.remove(`rt/version/${B}`)],
      ['recover NAME', () => swcli('recover', 'rt'), () => swrt.recover('rt')],
      ['remove NAME', () => swcli('remove', 'rt'), () => swrt.remove('rt')],
      ['recover VERSION', () => swcli('recover', `rt/version/${B}`), () => swrt.recover(`rt/version/${B}`)],
      ['remove a tagged version', () => swcli('remove', `rt/version/${A}`), () => swrt.remove(`rt/version/${A}`)],
      ['recover it', () => swcli('recover', `rt/version/${A}`), () => swrt.recover(`rt/version/${A}`)],
      ['remove --force', () => swcli('remove', '--force', `rt/version/${A}`), () => swrt.remove(`rt/version/${A}`, true)],
    ];
    const before = snapshot(ours);
    for (const [what, theirStep, ourStep] of steps) {
      theirStep();
      ourStep();
      expect({ what, ...snapshot(ours) }).toEqual({ what, ...snapshot(theirs) });
    }
    // swcli keeps every tag through all of it, even those of the version --force deleted.
    expect(snapshot(ours).index).toEqual(before.index);
    expect(snapshot(ours).files.filter((f) => f.endsWith('.swrt'))).toEqual([`self/runtime/rt/bb/${B}.swrt`]);
  });
});
