// The precompiled shape validator: the committed file is what the schema gives now, it agrees with
// ajv compiling the schema at run time, and the bundled CLI no longer carries ajv's compiler.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { AJV_OPTIONS, SHAPE_VALIDATOR_PATH, shapeValidatorSource } from '../../scripts/shape-validator.js';
import { RUNTIME_SCHEMA } from '../../src/spec/schema.js';
import { validate } from '../../src/spec/shape-validator.generated.js';
import { CLI, REPO } from '../helpers/cli.js';

describe('precompiled runtime.yaml validator', () => {
  it('is up to date with src/spec/schema.ts (run `npm run build` when this fails)', () => {
    expect(readFileSync(join(REPO, SHAPE_VALIDATOR_PATH), 'utf8')).toBe(shapeValidatorSource());
  });

  it('gives the errors ajv gives when it compiles the schema at run time', () => {
    const compiled = new Ajv(AJV_OPTIONS).compile(RUNTIME_SCHEMA);
    const v = validate as unknown as { (d: unknown): boolean; errors?: unknown };
    const docs: unknown[] = [
      { name: 'ok', environment: { python: '3.11' }, dependencies: [{ pip: ['numpy'] }, 'requirements.txt'] },
      { name: '' },
      { name: 'x', dependencies: [{ pip: 'numpy' }, { wheels: ['a.tar.gz'] }, { nope: [] }, {}] },
      { environment: { python: ['3.11'] } },
      { name: 'x', mode: 'docker', configs: { pip: { index_url: 3 } } },
      'not a mapping',
      { name: '\u{1F600}' },
    ];
    for (const d of docs) {
      expect(v(d)).toBe(compiled(d));
      expect(v.errors ?? null).toEqual(compiled.errors ?? null);
    }
  });

  it('the bundled CLI carries no schema compiler', () => {
    const bundle = readFileSync(CLI, 'utf8');
    expect(bundle).not.toMatch(/\.compile\(RUNTIME_SCHEMA\)|strictTypes/);
    expect(execFileSync(process.execPath, [CLI, '--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
