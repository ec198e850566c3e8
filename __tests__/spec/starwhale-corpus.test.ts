// runtime.yaml shapes found in Starwhale's own repository (example/, scripts/, client/tests/data/),
// reproduced by us under __tests__/fixtures/starwhale-corpus/ (each names the file it stands in for).
// swcli 0.6.15's own parser gives the expected verdict; ours must agree. The CPU-only venv ones are
// then built for real against the local index. scripts/starwhale-corpus.mjs runs the same comparison
// on a Starwhale checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadSpec } from '../../src/spec/index.js';
import { REPO, runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, FIXTURE_CACHE, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';
import { cliEnv } from '../helpers/workspace.js';

const CORPUS = join(REPO, '__tests__', 'fixtures', 'starwhale-corpus');
const SWCLI_PY = join(FIXTURE_CACHE, 'swcli', 'bin', 'python3');
const ready = existsSync(join(FIXTURE_CACHE, 'swcli', '.ok'));
const maybe = skipUnless(ready, 'needs swcli 0.6.15 in __tests__/.fixture-cache (scripts/ci-fixtures.sh)');

const cases = readdirSync(CORPUS).sort();
const yamlOf = (c: string) => join(CORPUS, c, 'runtime.yaml');

/** Why a case is not built here (GPU, conda channels, a git URL on the network), else undefined. */
function notBuilt(c: string): string | undefined {
  const doc = parse(readFileSync(yamlOf(c), 'utf8')) as { name?: unknown; mode?: string; environment?: { cuda?: unknown }; dependencies?: unknown };
  if (!/^[\w.-]+$/.test(String(doc.name))) return 'refused by swcli and swrt: not a valid name';
  if ((doc.mode ?? 'venv') !== 'venv') return 'conda mode: its channels are not reachable here';
  if (doc.environment?.cuda) return 'needs CUDA';
  if (JSON.stringify(doc.dependencies ?? []).includes('git+')) return 'a git+ URL needs the network';
  return undefined;
}

describe('the Starwhale corpus fixtures', () => {
  it('each stands in for a named file of Starwhale 0.6.15', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
    for (const c of cases) expect(readFileSync(yamlOf(c), 'utf8')).toMatch(/^# Written for swrt's tests; stands in for Starwhale v0\.6\.15 \S+\.ya?ml:/);
  });
});

maybe('swcli 0.6.15 and swrt agree on every corpus runtime.yaml', () => {
  let theirs: Map<string, { ok: boolean; error: string }>;
  beforeAll(() => {
    const out = execFileSync(SWCLI_PY, [join(REPO, 'scripts', 'swcli-runtime-verdict.py'), ...cases.map(yamlOf)], { encoding: 'utf8' });
    theirs = new Map(out.trim().split('\n').map((l) => JSON.parse(l) as { file: string; ok: boolean; error: string }).map((v) => [v.file, v]));
  });

  it.each(cases)('%s', async (c) => {
    const expected = theirs.get(yamlOf(c))!;
    // The document only, as swcli's parser judges it (it finds a missing wheel when it builds).
    const ours = await loadSpec(yamlOf(c), { checkFiles: false }).then(
      () => 'accept',
      (e: Error) => `refuse: ${e.message}`,
    );
    expect({ case: c, verdict: ours.startsWith('refuse') ? 'refuse' : 'accept' }).toEqual({ case: c, verdict: expected.ok ? 'accept' : 'refuse' });
  });
});

const buildable = cases.filter((c) => notBuilt(c) === undefined);
const skipped = cases.filter((c) => notBuilt(c) !== undefined);
if (skipped.length) console.warn(`Starwhale corpus builds not run here: ${skipped.map((c) => `${c} (${notBuilt(c)})`).join(', ')}`);

skipUnless(hasUvWheel(), 'needs the uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh)')('the CPU-only corpus runtimes build against a local index', () => {
  let index: PackageIndex;
  let wheels: string;
  beforeAll(async () => {
    wheels = mkdtempSync(join(tmpdir(), 'swrt-corpus-wheels-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    makeWheel(wheels, 'beta', '2.0.0', ['alpha>=1.0']);
    index = await startIndex([wheels, CACHED_WHEELS]);
  });
  afterAll(() => index?.close());

  it('has some to build', () => expect(buildable.length).toBeGreaterThanOrEqual(3));

  it.each(buildable)('%s', async (c) => {
    const dir = mkdtempSync(join(tmpdir(), `swrt-corpus-${c}-`));
    cpSync(join(CORPUS, c), dir, { recursive: true });
    // Wheels a runtime names are made here (nothing binary is kept in the repository).
    const doc = parse(readFileSync(join(dir, 'runtime.yaml'), 'utf8')) as { dependencies?: { wheels?: string[] }[] };
    for (const w of (doc.dependencies ?? []).flatMap((d) => d.wheels ?? [])) {
      const [name, version] = w.split('-');
      makeWheel(dir, name!.replace(/_/g, '-'), version!);
    }
    const r = await runCli(['build', dir, '--json'], { env: cliEnv(index.url) });
    expect(r.stderr).not.toMatch(/^error:/m);
    expect(r.code).toBe(0);
    const lock = readFileSync(join(dir, '.starwhale', 'lock', 'requirements-sw-lock.txt'), 'utf8');
    expect(lock).toMatch(/^alpha==1\.0\.0$/m);
  });
});
