// A runner simulator: runs the bundled dist/index.js (main) and then dist/post.js (post) as child
// processes the way actions/runner does — INPUT_* variables, fresh GITHUB_OUTPUT/ENV/PATH/STATE/
// STEP_SUMMARY files per step, cwd = GITHUB_WORKSPACE, and main's saved state passed to post as
// STATE_*. Async spawn only: a synchronous one would block a results service in this process.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  props: Record<string, string>;
}

export interface StepResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  path: string[];
  summary: string;
  annotations: Annotation[];
}

export interface RunActionOptions {
  entry: 'main' | 'post' | 'both';
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  /** Reuse a workspace (e.g. for a second run); a fresh temp dir otherwise. */
  workspace?: string;
  /** State for a lone `post` run. */
  state?: Record<string, string>;
  timeoutMs?: number;
  /** Other scripts in place of dist/index.js and dist/post.js (tests of the simulator itself). */
  scripts?: { main?: string; post?: string };
}

export interface RunActionResult extends StepResult {
  main?: StepResult;
  post?: StepResult;
  workspace: string;
  runnerTemp: string;
}

/** Parses the runner's file-command format: `NAME=VALUE` lines and `NAME<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]);
      out[name] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq > 0) out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
const unescapeProp = (s: string) => unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',');

/** `::error file=a,line=1::msg` lines from a step's stdout. */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const eq = kv.indexOf('=');
      props[kv.slice(0, eq)] = unescapeProp(kv.slice(eq + 1));
    }
    out.push({ level: m[1] as Annotation['level'], message: unescapeData(m[3]), props });
  }
  return out;
}

interface StepContext {
  root: string;
  workspace: string;
  runnerTemp: string;
  baseEnv: Record<string, string>;
}

async function runStep(ctx: StepContext, script: string, name: string, extra: Record<string, string>, timeoutMs: number): Promise<StepResult> {
  const dir = join(ctx.root, `files-${name}`);
  mkdirSync(dir, { recursive: true });
  const files = { GITHUB_OUTPUT: 'output', GITHUB_ENV: 'env', GITHUB_PATH: 'path', GITHUB_STATE: 'state', GITHUB_STEP_SUMMARY: 'summary' };
  const fileEnv: Record<string, string> = {};
  for (const [k, f] of Object.entries(files)) {
    fileEnv[k] = join(dir, f);
    writeFileSync(fileEnv[k], '');
  }
  const child = spawn(process.execPath, [script], { cwd: ctx.workspace, env: { ...ctx.baseEnv, ...extra, ...fileEnv }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number>((r) => child.on('close', (c, sig) => r(c ?? (sig ? 128 : 1))));
  clearTimeout(timer);
  const read = (k: string) => readFileSync(fileEnv[k], 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(read('GITHUB_OUTPUT')),
    state: parseFileCommands(read('GITHUB_STATE')),
    exportedEnv: parseFileCommands(read('GITHUB_ENV')),
    path: read('GITHUB_PATH').split('\n').filter(Boolean),
    summary: read('GITHUB_STEP_SUMMARY'),
    annotations: parseAnnotations(stdout),
  };
}

/** Environment a GitHub-hosted runner gives a node action, minus the results service (pass its env()). */
function runnerEnv(root: string, workspace: string, runnerTemp: string): Record<string, string> {
  const keep = ['PATH', 'HOME', 'LANG', 'PYENV_ROOT', 'SWRT_CACHE_DIR', 'UV_CACHE_DIR', 'TMPDIR'];
  const env: Record<string, string> = {};
  for (const k of keep) if (process.env[k] !== undefined) env[k] = process.env[k] as string;
  const toolcache = join(root, 'toolcache');
  mkdirSync(toolcache, { recursive: true });
  return {
    ...env,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    RUNNER_TOOL_CACHE: toolcache,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: '0'.repeat(40),
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'build',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_SERVER_URL: 'https://github.com',
    NO_PROXY: '127.0.0.1,localhost',
  };
}

const inputEnv = (inputs: Record<string, string>) =>
  Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));

const defined = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));

/** Runs main, post or both; the result fields describe the last step run (both steps are kept too). */
export async function runAction(o: RunActionOptions): Promise<RunActionResult> {
  const root = mkdtempSync(join(tmpdir(), 'swrt-runner-'));
  const workspace = o.workspace ?? join(root, 'workspace');
  const runnerTemp = join(root, 'temp');
  mkdirSync(workspace, { recursive: true });
  mkdirSync(runnerTemp, { recursive: true });
  const ctx: StepContext = { root, workspace, runnerTemp, baseEnv: { ...runnerEnv(root, workspace, runnerTemp), ...inputEnv(o.inputs ?? {}), ...defined(o.env ?? {}) } };
  const timeoutMs = o.timeoutMs ?? 120_000;
  let main: StepResult | undefined;
  if (o.entry !== 'post') main = await runStep(ctx, o.scripts?.main ?? join(REPO_ROOT, 'dist', 'index.js'), 'main', {}, timeoutMs);
  let post: StepResult | undefined;
  // The runner runs post steps even when main failed (post-if: always() is the default for cleanup).
  if (o.entry !== 'main') {
    const state = { ...(o.state ?? {}), ...(main?.state ?? {}) };
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const pathPrefix: Record<string, string> = main?.path.length ? { PATH: [...[...main.path].reverse(), ctx.baseEnv.PATH].join(':') } : {};
    post = await runStep(ctx, o.scripts?.post ?? join(REPO_ROOT, 'dist', 'post.js'), 'post', { ...(main?.exportedEnv ?? {}), ...pathPrefix, ...stateEnv }, timeoutMs);
  }
  const last = (post ?? main) as StepResult;
  return { ...last, main, post, workspace, runnerTemp };
}
