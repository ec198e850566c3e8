// Repository-level contracts: workflows parse, action.yml declares exactly the inputs the action
// reads, the committed JSON Schema is the one the code uses, the README has its two set-up commands.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NOT_IMPLEMENTED, parseInputs } from '../../src/github/inputs.js';
import { RUNTIME_SCHEMA } from '../../src/spec/schema.js';
import { SWRT_VERSION } from '../../src/util/version.js';
import { REPO } from '../helpers/cli.js';

const read = (p: string) => readFileSync(join(REPO, p), 'utf8');

describe('repository', () => {
  const WORKFLOWS = readdirSync(join(REPO, '.github', 'workflows')).filter((f) => f.endsWith('.yml'));

  it.each(WORKFLOWS)('%s parses and has jobs with steps', (file) => {
    const wf = parse(read(`.github/workflows/${file}`));
    expect(Object.keys(wf.jobs).length).toBeGreaterThan(0);
    for (const job of Object.values(wf.jobs) as { steps: unknown[] }[]) expect(job.steps.length).toBeGreaterThan(0);
  });

  it.each(WORKFLOWS)('%s: every action pinned by full commit SHA with its version, no persisted credentials, no default permissions', (file) => {
    const text = read(`.github/workflows/${file}`);
    const wf = parse(text);
    expect(wf.permissions).toEqual({});
    for (const line of text.split('\n').filter((l) => /^\s*(- )?uses:/.test(l))) {
      expect(line).toMatch(/uses: (\.\/|[\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$)/);
    }
    for (const job of Object.values(wf.jobs) as { steps: { uses?: string; with?: Record<string, unknown> }[] }[]) {
      for (const step of job.steps.filter((st) => st.uses?.startsWith('actions/checkout@'))) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('ci.yml lints code and workflows, checks the README tables, runs the README test command, and the packed CLI on Node 20 and 24', () => {
    const wf = parse(read('.github/workflows/ci.yml'));
    const runs = JSON.stringify(wf.jobs);
    for (const cmd of ['npm run lint', 'npm run lint:workflows', 'npm run docs:check', 'npm test']) expect(runs).toContain(cmd);
    expect(wf.jobs.cli.strategy.matrix.node).toEqual([20, 24]);
    expect(wf.jobs.e2e.strategy.matrix.python.length).toBeGreaterThanOrEqual(2);
    expect(wf.jobs.e2e.steps.some((s: { uses?: string }) => s.uses === './')).toBe(true);
  });

  it('check-dist.yml rebuilds dist/ and fails on a difference or an untracked file; .ci/run does the same', () => {
    const runs = JSON.stringify(parse(read('.github/workflows/check-dist.yml')).jobs);
    expect(runs).toContain('npm run build');
    expect(runs).toContain('npm run check-dist');
    expect(read('scripts/check-dist.sh')).toContain('git status --porcelain --untracked-files=all -- dist/');
    expect(read('.ci/run')).toContain('npm run check-dist');
  });

  it('action.yml declares every input the action reads, each with a description and default', () => {
    const action = parse(read('action.yml'));
    const declared = Object.keys(action.inputs).sort();
    const read_: string[] = [];
    parseInputs((name) => {
      read_.push(name);
      return '';
    });
    expect([...new Set(read_)].sort()).toEqual(declared);
    for (const name of Object.keys(NOT_IMPLEMENTED)) expect(declared).toContain(name);
    for (const [name, spec] of Object.entries(action.inputs) as [string, { description?: string; default?: unknown }][]) {
      expect([name, typeof spec.description]).toEqual([name, 'string']);
      expect([name, typeof spec.default]).toEqual([name, 'string']);
    }
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js', post: 'dist/post.js', 'post-if': 'success()' });
    for (const out of ['name', 'version', 'uri', 'bundle-path', 'bundle-sha256', 'python-version', 'python-path', 'env-path', 'cuda-version', 'cuda-path', 'cache-hit', 'cache-key', 'lock-file', 'artifact-id', 'artifact-name', 'server-uri', 'release-asset-url']) {
      expect(action.outputs[out]?.description).toEqual(expect.any(String));
    }
  });

  it('schema/runtime.schema.json is the schema the code validates with', () => {
    expect(JSON.parse(read('schema/runtime.schema.json'))).toEqual(JSON.parse(JSON.stringify(RUNTIME_SCHEMA)));
  });

  it("the version swrt reports and records is package.json's", () => {
    expect(SWRT_VERSION).toBe(JSON.parse(read('package.json')).version);
  });

  it('README gives the two set-up commands', () => {
    const readme = read('README.md');
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
  });
});
