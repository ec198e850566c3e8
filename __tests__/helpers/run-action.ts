// Runs the bundled action (dist/index.js, then optionally dist/post.js) the way the runner does:
// a child process with INPUT_* variables, file commands, and STATE_* handed from main to post.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './cli.js';

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  state: Record<string, string>;
  exportedEnv: Record<string, string>;
  path: string[];
  summary: string;
  /** `::error …::` / `::warning …::` lines, parsed. */
  annotations: { level: string; props: Record<string, string>; message: string }[];
}

/** Parses `name=value` lines and `name<<DELIM … DELIM` blocks of a GITHUB_OUTPUT/ENV/STATE file. */
export function parseFileCommands(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const value: string[] = [];
      while (++i < lines.length && lines[i] !== delim) value.push(lines[i]!);
      out[name!] = value.join('\n');
    } else if (line.includes('=')) {
      out[line.slice(0, line.indexOf('='))] = line.slice(line.indexOf('=') + 1);
    }
  }
  return out;
}

function unescapeCommand(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
}

function run(entry: string, env: NodeJS.ProcessEnv, cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(REPO, 'dist', entry)], { cwd, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', rej);
    child.on('close', (code) => res({ code: code ?? 1, stdout, stderr }));
  });
}

export async function runAction(opts: {
  inputs?: Record<string, string>;
  env?: NodeJS.ProcessEnv;
  workspace?: string;
  post?: boolean;
}): Promise<ActionRun> {
  const root = mkdtempSync(join(tmpdir(), 'swrt-runner-'));
  const workspace = opts.workspace ?? join(root, 'workspace');
  for (const d of [workspace, join(root, 'temp'), join(root, 'toolcache')]) mkdirSync(d, { recursive: true });
  const files = Object.fromEntries(['GITHUB_OUTPUT', 'GITHUB_ENV', 'GITHUB_PATH', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY'].map((n) => [n, join(root, n.toLowerCase())]));
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputEnv = Object.fromEntries(Object.entries(opts.inputs ?? {}).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]));
  const base: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: join(root, 'temp'),
    RUNNER_TOOL_CACHE: join(root, 'toolcache'),
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: process.arch === 'arm64' ? 'ARM64' : 'X64',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'o/r',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_RUN_ID: '1',
    ...files,
    ...inputEnv,
    ...opts.env,
  };
  const main = await run('index.js', base, workspace);
  const state = parseFileCommands(readFileSync(files.GITHUB_STATE!, 'utf8'));
  let stdout = main.stdout;
  let stderr = main.stderr;
  let code = main.code;
  if (opts.post) {
    const exported = parseFileCommands(readFileSync(files.GITHUB_ENV!, 'utf8'));
    const stateEnv = Object.fromEntries(Object.entries(state).map(([k, v]) => [`STATE_${k}`, v]));
    const post = await run('post.js', { ...base, ...exported, ...stateEnv }, workspace);
    stdout += post.stdout;
    stderr += post.stderr;
    code = code || post.code;
  }
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)].map((m) => ({
    level: m[1]!,
    props: Object.fromEntries((m[2] ?? '').split(',').filter(Boolean).map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeCommand(kv.slice(kv.indexOf('=') + 1))])),
    message: unescapeCommand(m[3]!),
  }));
  return {
    code,
    stdout,
    stderr,
    outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT!, 'utf8')),
    state,
    exportedEnv: parseFileCommands(readFileSync(files.GITHUB_ENV!, 'utf8')),
    path: readFileSync(files.GITHUB_PATH!, 'utf8').split('\n').filter(Boolean),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY!, 'utf8'),
    annotations,
  };
}
