// The runner simulator against the bundled dist/index.js and dist/post.js (run `npm run build` when
// src/ changed): child processes, INPUT_* variables, file commands, STATE_* handed to post.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startResultsService } from './fake-results-service.js';
import { parseAnnotations, parseFileCommands, REPO_ROOT, runAction } from './run-action.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex } from '../helpers/pypi-index.js';
import { cliEnv } from '../helpers/workspace.js';
import { itUnless, skipUnless } from '../helpers/skip.js';

const built = existsSync(join(REPO_ROOT, 'dist', 'index.js')) && existsSync(join(REPO_ROOT, 'dist', 'post.js'));
const maybe = skipUnless(built, 'dist/index.js or dist/post.js is missing (npm run build)');
if (!built) console.warn('harness: dist/index.js or dist/post.js missing, run `npm run build`; runner tests skipped');

describe('file-command and annotation parsing', () => {
  it('reads NAME=VALUE and heredoc forms, and ::error props', () => {
    expect(parseFileCommands('a=1\nb<<ghadelimiter_x\nline1\nline2\nghadelimiter_x\nc=x=y\n')).toEqual({ a: '1', b: 'line1\nline2', c: 'x=y' });
    expect(parseAnnotations('::error file=rt/runtime.yaml,line=3,col=5::bad%0Athing\nplain\n::warning::w\n')).toEqual([
      { level: 'error', message: 'bad\nthing', props: { file: 'rt/runtime.yaml', line: '3', col: '5' } },
      { level: 'warning', message: 'w', props: {} },
    ]);
  });
});

describe('runner simulator', () => {
  it('hands the main step state, exported env and PATH to post, cwd = workspace, inputs as INPUT_*', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'swrt-steps-'));
    const main = join(dir, 'main.mjs');
    const post = join(dir, 'post.mjs');
    writeFileSync(main, [
      "import { appendFileSync } from 'node:fs';",
      "appendFileSync(process.env.GITHUB_STATE, 'envDir<<EOF_1\\n' + process.cwd() + '/venv\\nEOF_1\\n');",
      "appendFileSync(process.env.GITHUB_ENV, 'FROM_MAIN=yes\\n');",
      "appendFileSync(process.env.GITHUB_PATH, '/opt/x/bin\\n');",
      "appendFileSync(process.env.GITHUB_OUTPUT, 'k=' + process.env['INPUT_CACHE-WRITE'] + '\\n');",
    ].join('\n'));
    writeFileSync(post, [
      "import { appendFileSync } from 'node:fs';",
      "appendFileSync(process.env.GITHUB_OUTPUT, `state=${process.env.STATE_envDir}\\nenv=${process.env.FROM_MAIN}\\npath=${process.env.PATH.split(':')[0]}\\n`);",
      "appendFileSync(process.env.GITHUB_STEP_SUMMARY, '| a |');",
      "console.log('::warning file=x.txt::careful');",
    ].join('\n'));
    const r = await runAction({ entry: 'both', inputs: { 'cache-write': 'false' }, scripts: { main, post } });
    expect(r.main?.outputs).toEqual({ k: 'false' });
    expect(r.main?.state).toEqual({ envDir: join(r.workspace, 'venv') });
    expect(r.outputs).toEqual({ state: join(r.workspace, 'venv'), env: 'yes', path: '/opt/x/bin' });
    expect(r.summary).toBe('| a |');
    expect(r.annotations).toEqual([{ level: 'warning', message: 'careful', props: { file: 'x.txt' } }]);
  });
});

maybe('runner simulator on the bundled action', () => {
  it('an invalid input fails the step with an error annotation and no outputs', async () => {
    const r = await runAction({ entry: 'main', inputs: { installer: 'bogus', 'runtime-yaml': 'runtime.yaml' } });
    expect(r.code).not.toBe(0);
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message).join('\n')).toMatch(/installer/);
    expect(r.outputs).toEqual({});
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a runtime.yaml error points at its file and line', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'swrt-ws-'));
    writeFileSync(join(ws, 'runtime.yaml'), 'name: bad\nmode: nonsense\n');
    const r = await runAction({ entry: 'main', workspace: ws, inputs: { 'runtime-yaml': 'runtime.yaml' } });
    expect(r.code).not.toBe(0);
    const errors = r.annotations.filter((a) => a.level === 'error' && a.props.file);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0].props.file).toMatch(/runtime\.yaml$/);
    expect(errors[0].props.line).toBe('2');
  });

  itUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)')('runs main then post against a results service; outputs, PATH, env and summary come back', async () => {
    const svc = await startResultsService();
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-wheels-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    const index = await startIndex([wheels, CACHED_WHEELS]);
    try {
      const ws = mkdtempSync(join(tmpdir(), 'swrt-ws-'));
      mkdirSync(join(ws, 'rt'));
      writeFileSync(join(ws, 'rt', 'runtime.yaml'), 'name: harness-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n');
      const r = await runAction({ entry: 'both', workspace: ws, inputs: { 'runtime-yaml': 'rt/runtime.yaml' }, env: { ...cliEnv(index.url), ...svc.env() } });
      expect(r.main?.code).toBe(0);
      expect(r.post?.code).toBe(0);
      const o = r.main?.outputs ?? {};
      expect(o.name).toBe('harness-rt');
      expect(o['cache-key']).toMatch(/^swrt-env-v1-[a-z0-9._-]+$/);
      expect(r.main?.path).toEqual([join(o['env-path'], 'bin')]);
      expect(r.main?.exportedEnv.VIRTUAL_ENV).toBe(o['env-path']);
      expect(r.main?.summary).toContain('harness-rt');
    } finally {
      await index.close();
      await svc.close();
    }
  }, 180000);
});
