// The layer rules `npm run lint` runs (.dependency-cruiser.cjs) catch what they are for: a tree
// with a planted cycle, a backwards import, @actions/* outside src/github/ and a front door reaching
// past pipeline/ fails with each rule named; the real src/ passes.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { REPO } from '../helpers/cli.js';
// @ts-expect-error: a plain .mjs script without type declarations
import { layersDoc } from '../../scripts/layers-doc.mjs';

const DEPCRUISE = join(REPO, 'node_modules', '.bin', 'depcruise');

function cruise(cwd: string): Promise<{ code: number; out: string }> {
  return new Promise((done) =>
    execFile(DEPCRUISE, ['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { cwd }, (err, stdout, stderr) =>
      done({ code: err ? Number(err.code ?? 1) : 0, out: `${stdout}${stderr}` }),
    ),
  );
}

function plantedTree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'swrt-layers-'));
  cpSync(join(REPO, '.dependency-cruiser.cjs'), join(root, '.dependency-cruiser.cjs'));
  cpSync(join(REPO, 'tsconfig.json'), join(root, 'tsconfig.json'));
  symlinkSync(join(REPO, 'node_modules'), join(root, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

describe('layer rules', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('the real src/ has no violation', async () => {
    const r = await cruise(REPO);
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it.each([
    ['no-circular', { 'src/util/a.ts': "import { b } from './b.js';\nexport const a = () => b;\n", 'src/util/b.ts': "import { a } from './a.js';\nexport const b = () => a;\n" }],
    ['layer-spec', { 'src/spec/early.ts': "import { late } from '../pipeline/late.js';\nexport const early = late;\n", 'src/pipeline/late.ts': 'export const late = 1;\n' }],
    ['layer-env', { 'src/env/e.ts': "import { c } from '../conda/c.js';\nexport const e = c;\n", 'src/conda/c.ts': 'export const c = 1;\n' }],
    ['actions-only-in-github', { 'src/env/core.ts': "import { info } from '@actions/core';\nexport const say = info;\n" }],
    ['front-door-action', { 'src/action/main.ts': "import { s } from '../store/s.js';\nexport const m = s;\n", 'src/store/s.ts': 'export const s = 1;\n' }],
    ['front-door-cli', { 'src/cli/main.ts': "import { t } from '../toolchain/t.js';\nexport const m = t;\n", 'src/toolchain/t.ts': 'export const t = 1;\n' }],
  ])('%s fails a tree that breaks it', async (rule, files) => {
    root = plantedTree(files);
    const r = await cruise(root);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(`error ${rule}:`);
  });

  it('allows what the order allows: a later layer importing an earlier one', async () => {
    root = plantedTree({ 'src/pipeline/late.ts': "import { early } from '../spec/early.js';\nexport const late = early;\n", 'src/spec/early.ts': 'export const early = 1;\n' });
    const r = await cruise(root);
    expect(r.out).toContain('no dependency violations found');
    expect(r.code).toBe(0);
  });

  it('docs/layers.md is what scripts/layers-doc.mjs draws from the code today (npm run docs:layers)', () => {
    expect(readFileSync(join(REPO, 'docs', 'layers.md'), 'utf8')).toBe((layersDoc as () => string)());
  });
});
