// The runtime.yaml corpus: every valid fixture's exact normalized spec and warnings, every invalid
// fixture's exact messages with line and column (expected.json / expected.txt beside each yaml).
import { existsSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic, loadSpec, parseSpec, SpecError } from '../../src/spec/index.js';

const root = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'fixtures', 'spec');
const fixtures = readdirSync(root).sort();

function outcome(dir: string): { spec?: unknown; warnings?: string[]; errors?: string } {
  try {
    const r = parseSpec(readFileSync(join(dir, 'runtime.yaml')), 'runtime.yaml', dir);
    return { spec: r.spec, warnings: r.diagnostics.map(formatDiagnostic) };
  } catch (e) {
    if (!(e instanceof SpecError)) throw e;
    return { errors: `${e.lines.join('\n')}\n` };
  }
}

describe('runtime.yaml corpus', () => {
  it('has at least 25 fixtures, valid and invalid', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(25);
    expect(fixtures.filter((f) => f.startsWith('valid-')).length).toBeGreaterThanOrEqual(10);
    expect(fixtures.filter((f) => f.startsWith('invalid-')).length).toBeGreaterThanOrEqual(15);
  });

  it.each(fixtures.filter((f) => f.startsWith('valid-')))('%s normalizes exactly', (name) => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8'));
    const got = outcome(dir);
    expect(got.errors).toBeUndefined();
    expect(got.spec).toEqual(expected.spec);
    expect(got.warnings).toEqual(expected.warnings);
  });

  it.each(fixtures.filter((f) => f.startsWith('invalid-')))('%s is refused with exact positions', (name) => {
    const dir = join(root, name);
    expect(existsSync(join(dir, 'expected.json'))).toBe(false);
    expect(outcome(dir).errors).toBe(readFileSync(join(dir, 'expected.txt'), 'utf8'));
  });
});

describe('strict mode', () => {
  const dir = join(root, 'valid-config-key-ignored');
  const strict = () => {
    try {
      parseSpec(readFileSync(join(dir, 'runtime.yaml')), 'runtime.yaml', dir, { strict: true });
    } catch (e) {
      if (e instanceof SpecError) return e.lines;
      throw e;
    }
    return [];
  };

  it('refuses every key Starwhale would ignore, near misses with their guess', () => {
    expect(strict()).toEqual([
      'runtime.yaml:3:1: error: unknown key `config` in runtime.yaml (hint: did you mean `configs`? strict mode refuses keys Starwhale ignores)',
      'runtime.yaml:9:3: error: unknown key `pyton` in environment (hint: did you mean `python`? strict mode refuses keys Starwhale ignores)',
      'runtime.yaml:13:5: error: unknown key `extra_index_urls` in configs.pip (hint: did you mean `extra_index_url`? strict mode refuses keys Starwhale ignores)',
      'runtime.yaml:15:5: error: unknown key `chanels` in configs.conda (hint: did you mean `channels`? strict mode refuses keys Starwhale ignores)',
    ]);
  });

  it('refuses an unknown key with no near miss too, and loadSpec passes strict through', async () => {
    const file = join(root, 'valid-unknown-key-ignored', 'runtime.yaml');
    await expect(loadSpec(file, { strict: true, displayName: 'runtime.yaml' })).rejects.toMatchObject({
      lines: ['runtime.yaml:2:1: error: unknown key `description` in runtime.yaml (hint: remove it; strict mode refuses keys Starwhale ignores)'],
    });
    expect((await loadSpec(file)).warnings).toHaveLength(1);
  });

  it('keeps legacy-field warnings as warnings', () => {
    const legacy = join(root, 'valid-legacy');
    const r = parseSpec(readFileSync(join(legacy, 'runtime.yaml')), 'runtime.yaml', legacy, { strict: true });
    expect(r.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });
});

describe('problems that need a generated file', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'swrt-spec-'));

  it('refuses a file over 1 MiB in one line', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'runtime.yaml'), `name: big\n#${'x'.repeat(1024 * 1024)}\n`);
    expect(outcome(dir).errors).toBe('runtime.yaml:1:1: error: file is 1.0 MiB; a runtime.yaml is at most 1 MiB (hint: is this the right file?)\n');
  });

  it('refuses a symlink that points outside the runtime.yaml directory', () => {
    const outside = tmp();
    writeFileSync(join(outside, 'secret.txt'), 'six\n');
    const dir = tmp();
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'requirements.txt'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: linky\ndependencies:\n  - requirements.txt\n');
    expect(outcome(dir).errors).toBe(
      'runtime.yaml:3:5: error: requirements file "requirements.txt" is a symlink pointing outside the runtime.yaml directory (hint: copy the file into the directory instead)\n',
    );
  });

  it('accepts a symlink that stays inside', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'real.txt'), 'six\n');
    symlinkSync('real.txt', join(dir, 'requirements.txt'));
    writeFileSync(join(dir, 'runtime.yaml'), 'name: linky\ndependencies:\n  - requirements.txt\n');
    expect(outcome(dir).errors).toBeUndefined();
  });
});

describe('loadSpec', () => {
  const docs = join(root, 'valid-docs-example', 'runtime.yaml');

  it('returns a frozen spec with the raw bytes and the directory', async () => {
    const loaded = await loadSpec(docs);
    expect(Object.isFrozen(loaded.spec)).toBe(true);
    expect(Object.isFrozen(loaded.spec.dependencies)).toBe(true);
    expect(loaded.raw.equals(readFileSync(docs))).toBe(true);
    expect(loaded.dir).toBe(join(root, 'valid-docs-example'));
    expect(loaded.pythonRequest).toBe('3.8');
  });

  it('applies overrides with the same rules, keeping an exact python request', async () => {
    const loaded = await loadSpec(docs, { overrides: { python: '3.12.4', cuda: '12.4', cudnn: '9' } });
    expect(loaded.spec.python).toBe('3.12');
    expect(loaded.pythonRequest).toBe('3.12.4');
    expect(loaded.spec.cuda).toBe('12.4');
    expect(loaded.spec.cudnn).toBe('9');
  });

  it('names the override, not the file, when an override is invalid', async () => {
    await expect(loadSpec(docs, { overrides: { python: '2.7', cuda: 'twelve' }, overrideSource: 'input' })).rejects.toMatchObject({
      lines: [
        'error: input python: python 2.7 is not supported (hint: supported: 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13)',
        'error: input cuda: cuda "twelve" is not a MAJOR.MINOR or MAJOR.MINOR.PATCH version (hint: e.g. 12.4 or 12.4.1)',
      ],
    });
  });

  it('says what to do when the file is missing or not yaml', async () => {
    await expect(loadSpec('/nonexistent/runtime.yaml')).rejects.toThrow('/nonexistent/runtime.yaml: no such file');
    await expect(loadSpec(root)).rejects.toThrow('must end in .yaml or .yml');
  });
});
