// conda-sw-lock.yaml against outputs recorded from PyYAML running swcli's conda_export steps
// (fixtures/conda/make-expected.py): the env export's pip item replaced by the filtered freeze,
// keys sorted, PyYAML's quoting and folding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { condaLockedStarwhaleVersion, condaLockSummary, filterCondaPipFreeze, renderCondaLock } from '../../src/conda/lock.js';
import { pyyamlSafeDump } from '../../src/util/pyyaml-dump.js';
import { UserError } from '../../src/util/errors.js';

const FIX = join(process.cwd(), '__tests__', 'fixtures', 'conda');
const read = (f: string) => readFileSync(join(FIX, f), 'utf8');

describe('renderCondaLock', () => {
  it.each([
    ['conda-export.yaml', 'pip-freeze.txt', 'conda-export.lock.expected.yaml'],
    ['conda-export.yaml', 'pip-freeze-empty.txt', 'conda-export.nopip.expected.yaml'],
    ['micromamba2-export.yaml', 'pip-freeze.txt', 'micromamba2-export.lock.expected.yaml'],
    ['micromamba1-export.yaml', 'pip-freeze.txt', 'micromamba1-export.lock.expected.yaml'],
  ])('%s + %s gives exactly what swcli writes', (exp, freeze, expected) => {
    expect(renderCondaLock(read(exp), read(freeze))).toBe(read(expected));
  });

  it('replaces the exported pip list (which loses git URLs) with the freeze, local wheels dropped', () => {
    const lock = renderCondaLock(read('conda-export.yaml'), read('pip-freeze.txt'));
    const { pip, conda, channels } = condaLockSummary(lock);
    expect(pip).toContain('transformers @ git+https://github.com/huggingface/transformers.git@3c3108972af74246bc3a0ecf3259fd2eba3b9f2b');
    expect(pip).not.toContain('dummy==0.0.0');
    expect(pip.some((l) => l.includes('file://'))).toBe(false);
    expect(conda).toContain('python=3.10.15=h4a871b0_2_cpython');
    expect(channels).toEqual(['conda-forge', 'nvidia']);
  });

  it('drops the pip item when the freeze is empty, and never adds one unless asked', () => {
    expect(condaLockSummary(renderCondaLock(read('conda-export.yaml'), '')).pip).toEqual([]);
    expect(renderCondaLock(read('conda-export.yaml'), '')).not.toMatch(/- pip:/);
    const old = read('micromamba1-export.yaml');
    expect(renderCondaLock(old, 'a==1\n')).not.toMatch(/pip:\n/);
    expect(renderCondaLock(old, 'a==1\n', { addPipWhenMissing: true })).toMatch(/- pip=24\.0=pyhd8ed1ab_0\n- pip:\n {2}- a==1\nname: ''\n$/);
  });

  it('keeps local wheels when asked', () => {
    expect(filterCondaPipFreeze(read('pip-freeze.txt'), { includeLocalWheel: true })).toContain('dummy @ file:///home/runner/work/demo/demo/wheels/dummy-0.0.0-py3-none-any.whl');
    expect(filterCondaPipFreeze(read('pip-freeze.txt'))).toEqual([
      'certifi==2024.8.30',
      'charset-normalizer==3.4.0',
      'numpy==1.26.4',
      'requests==2.32.3',
      'transformers @ git+https://github.com/huggingface/transformers.git@3c3108972af74246bc3a0ecf3259fd2eba3b9f2b',
      'urllib3==2.2.3',
    ]);
  });

  it('reads the starwhale pin from the pip section only', () => {
    const lock = renderCondaLock(read('micromamba2-export.yaml'), 'starwhale==0.6.15\nstarwhale-x==1\n');
    expect(condaLockedStarwhaleVersion(lock)).toBe('0.6.15');
    expect(condaLockedStarwhaleVersion(renderCondaLock(read('micromamba2-export.yaml'), 'x==1'))).toBe('');
  });

  it('refuses an export that is not a mapping, or not YAML', () => {
    expect(() => renderCondaLock('- a\n- b\n', '')).toThrow(UserError);
    expect(() => renderCondaLock('a: [\n', '')).toThrow(/not valid YAML/);
  });
});

describe('pyyamlSafeDump', () => {
  it('matches PyYAML 6 safe_dump on quoting, sorting, nesting and folding', () => {
    expect(pyyamlSafeDump(JSON.parse(read('tricky.json')))).toBe(read('tricky.expected.yaml'));
  });
});
