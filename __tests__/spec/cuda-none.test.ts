// `cuda-version: none` / `--cuda none` drops CUDA for one leg of a matrix even when runtime.yaml
// sets environment.cuda; an empty value is no override at all.
import { join } from 'node:path';
import { isNoCuda, loadSpec } from '../../src/spec/index.js';
import { cudaRequest } from '../../src/plan/build-plan.js';

const gpu = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', 'fixtures', 'spec', 'valid-cuda-cudnn', 'runtime.yaml');

describe('cuda override "none"', () => {
  it('recognises none in any case, and nothing else', () => {
    expect(['none', 'None', ' NONE '].map(isNoCuda)).toEqual([true, true, true]);
    expect(['', '12.4', undefined, 'no'].map(isNoCuda)).toEqual([false, false, false, false]);
  });

  it('drops cuda and the cudnn that needs it from the spec', async () => {
    const loaded = await loadSpec(gpu, { overrides: { cuda: 'none' }, overrideSource: 'input' });
    expect(loaded.spec.cuda).toBe('');
    expect(loaded.spec.cudnn).toBe('');
    expect(loaded.spec.python).toBe('3.12');
  });

  it('keeps runtime.yaml cuda when the override is empty', async () => {
    const loaded = await loadSpec(gpu, { overrides: { cuda: '', cudnn: '' } });
    expect([loaded.spec.cuda, loaded.spec.cudnn]).toEqual(['12.4', '9']);
  });

  it('refuses a cudnn override together with cuda none', async () => {
    await expect(loadSpec(gpu, { overrides: { cuda: 'none', cudnn: '9' }, overrideSource: 'flag' })).rejects.toMatchObject({
      lines: ['error: flag cudnn: cudnn needs cuda (hint: set cuda too)'],
    });
  });

  it('takes an exact redist label as an override, recording major.minor in the spec', async () => {
    const loaded = await loadSpec(gpu, { overrides: { cuda: '12.4.1' } });
    expect(loaded.spec.cuda).toBe('12.4');
    expect(cudaRequest({ cuda: '12.4.1' }, loaded.spec).cuda).toBe('12.4.1');
    await expect(loadSpec(gpu, { overrides: { cuda: '12.4.1.7' }, overrideSource: 'input' })).rejects.toMatchObject({
      lines: ['error: input cuda: cuda "12.4.1.7" is not a MAJOR.MINOR or MAJOR.MINOR.PATCH version (hint: e.g. 12.4 or 12.4.1)'],
    });
  });

  it('asks the toolchain for no CUDA', () => {
    expect(cudaRequest({ cuda: 'none' }, { cuda: '', cudnn: '' })).toEqual({ cuda: '', cudnn: '' });
    expect(cudaRequest({ cuda: 'None', cudnn: '' }, { cuda: '12.4', cudnn: '9' })).toEqual({ cuda: '', cudnn: '' });
    expect(cudaRequest({ cuda: '', cudnn: '9.8' }, { cuda: '12.4', cudnn: '9' })).toEqual({ cuda: '12.4', cudnn: '9.8' });
  });
});
