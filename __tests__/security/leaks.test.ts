// No secret leaves the process: planted index credentials and SW_TOKEN must not appear in any line
// the CLI prints, any file a build writes, any bundle member; a secret a subprocess writes in two
// pieces is still masked, and the last error line is masked too.
import { jest } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { reportError } from '../../src/cli/context.js';
import { TerminalLog } from '../../src/cli/log.js';
import { actionLog } from '../../src/github/log.js';
import { credentialWarning, stripYamlCredentials } from '../../src/plan/pip-options.js';
import { UserError } from '../../src/util/errors.js';
import { exec } from '../../src/util/exec.js';
import { clearSecrets, MemoryLog, registerSecret } from '../../src/util/log.js';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { sink } from './sink.js';
import { skipUnless } from '../helpers/skip.js';

const PASSWORD = 'idx-pw-7c1f9e3a5b';
const EXTRA_PASSWORD = 'xtr-pw-4d2b8f6a0c';
const SW_TOKEN = 'sw-token-9e8d7c6b5a4f';

afterEach(() => clearSecrets());

describe('exec output', () => {
  const script = [
    'import sys, time',
    'w = sys.stdout.write',
    `w("token=${PASSWORD.slice(0, 7)}"); sys.stdout.flush(); time.sleep(0.3)`,
    `w("${PASSWORD.slice(7)} end\\nhello "); sys.stdout.flush(); time.sleep(0.3)`,
    'w("world, one line"); sys.stdout.flush(); time.sleep(0.2)',
    'w("\\nlast line without newline"); sys.stdout.flush()',
  ].join('\n');

  it('masks a secret a child writes in two pieces, keeps lines whole, flushes the last line', async () => {
    const log = new MemoryLog();
    registerSecret(PASSWORD);
    await exec('python3', ['-c', script], { log, stream: true });
    const lines = log.lines.map((l) => l.msg).filter((l) => !l.startsWith('$ '));
    expect(lines.join('\n')).not.toContain(PASSWORD);
    expect(lines.join('\n')).not.toContain(PASSWORD.slice(7));
    expect(lines).toHaveLength(3);
    expect(lines).toContain('token=*** end');
    expect(lines).toContain('hello world, one line');
    expect(lines).toContain('last line without newline');
  });

  it('masks it in the terminal, through a secret given to exec only', async () => {
    const out = sink();
    const log = new TerminalLog(true, false, out.stream);
    await exec('python3', ['-c', script], { log, stream: true, secrets: [PASSWORD] });
    expect(out.text()).not.toContain(PASSWORD);
    // process-wide: another log masks it too
    const other = sink();
    new TerminalLog(false, false, other.stream).info(`again ${PASSWORD}`);
    expect(other.text()).toBe('again ***\n');
  });

  it('masks the failure message and its tail', async () => {
    registerSecret(PASSWORD);
    const err = await exec('python3', ['-c', `import sys; sys.stderr.write("bad ${PASSWORD}\\n"); sys.exit(3)`, PASSWORD], { log: new MemoryLog() }).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toContain('exit code 3');
    expect((err as Error).message).not.toContain(PASSWORD);
  });
});

describe('the last error line', () => {
  it('reportError masks registered secrets, for user errors and bugs alike', () => {
    registerSecret(SW_TOKEN);
    const out = sink();
    reportError(new UserError(`login failed with ${SW_TOKEN}`, { hint: `token ${SW_TOKEN}` }), false, out.stream);
    reportError(new Error(`boom ${SW_TOKEN}`), true, out.stream);
    expect(out.text()).toContain('error: login failed with ***');
    expect(out.text()).not.toContain(SW_TOKEN);
  });
});

describe('the action log', () => {
  it('masks a secret registered anywhere, and tells the runner once', () => {
    const written: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((c: string | Uint8Array) => {
      written.push(c.toString());
      return true;
    });
    try {
      registerSecret(PASSWORD);
      actionLog.info(`using https://ci:${PASSWORD}@h/simple`);
      actionLog.warn(`warn ${PASSWORD}`);
      actionLog.secret(SW_TOKEN);
      actionLog.secret(SW_TOKEN);
      actionLog.error(`bad token ${SW_TOKEN}`);
    } finally {
      spy.mockRestore();
    }
    const text = written.join('');
    expect(text).toContain('using https://ci:***@h/simple');
    expect(text.split('::add-mask::').length - 1).toBe(1);
    expect(text.replace(`::add-mask::${SW_TOKEN}`, '')).not.toContain(SW_TOKEN);
    expect(text).not.toContain(PASSWORD);
  });
});

describe('runtime.yaml credentials', () => {
  const yaml = [
    '# my runtime',
    'name: rt  # trailing comment',
    'configs:',
    '  pip:',
    `    index_url: "https://ci:${PASSWORD}@pypi.example/simple"  # private`,
    '    extra_index_url:',
    `      - https://__token__:${EXTRA_PASSWORD}@extra.example/simple`,
    "      - 'https://public.example/simple'",
    '    trusted_host: [pypi.example]',
    'dependencies:',
    '  - pip: [alpha]',
    '',
  ].join('\n');

  it('strips only the userinfo and keeps every other byte', () => {
    const out = stripYamlCredentials(yaml);
    expect(out).toBe(yaml.replace(`ci:${PASSWORD}@`, '').replace(`__token__:${EXTRA_PASSWORD}@`, ''));
  });

  it('handles an alias and an escaped @', () => {
    const aliased = `x: &u "https://u:${PASSWORD}\\x40h.example/simple"\nconfigs:\n  pip:\n    index_url: *u\n`;
    const out = stripYamlCredentials(aliased);
    expect(JSON.stringify(parse(out))).not.toContain(PASSWORD);
  });

  it('warns once, naming the variables to use', () => {
    const w = credentialWarning({ index_url: `https://ci:${PASSWORD}@h/simple`, extra_index_url: [`https://t:${EXTRA_PASSWORD}@e/simple`], trusted_host: [] });
    expect(w).toMatch(/SW_PYPI_INDEX_URL/);
    expect(w).toMatch(/SW_PYPI_EXTRA_INDEX_URL/);
    expect(w).not.toContain(PASSWORD);
    expect(credentialWarning({ index_url: 'https://h/simple', extra_index_url: [], trusted_host: [] })).toBeUndefined();
  });
});

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...walk(p));
    else if (e.isFile()) out.push(p);
  }
  return out;
}

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');

maybe('a real build with an authenticated index', () => {
  let plain: PackageIndex;
  let authed: PackageIndex;
  let extra: PackageIndex;
  beforeAll(async () => {
    const wheels = mkdtempSync(join(tmpdir(), 'swrt-leak-wheels-'));
    const extraWheels = mkdtempSync(join(tmpdir(), 'swrt-leak-extra-'));
    makeWheel(wheels, 'alpha', '1.0.0');
    makeWheel(extraWheels, 'gamma', '0.3.0');
    plain = await startIndex([CACHED_WHEELS]);
    authed = await startIndex([wheels], { auth: { user: 'ci', password: PASSWORD } });
    extra = await startIndex([extraWheels], { auth: { user: '__token__', password: EXTRA_PASSWORD } });
  });
  afterAll(async () => {
    await plain?.close();
    await authed?.close();
    await extra?.close();
  });

  it('uses the credentials, and no output line, written file or bundle member holds them', async () => {
    const withCreds = (u: string, user: string, pw: string) => u.replace('http://', `http://${user}:${pw}@`);
    const dir = project({
      'runtime.yaml': [
        '# a runtime with a private index',
        'name: leak-rt',
        'environment:',
        '  python: "3.11"',
        'configs:',
        '  pip:',
        `    index_url: ${withCreds(authed.url, 'ci', PASSWORD)}`,
        `    extra_index_url: ["${withCreds(extra.url, '__token__', EXTRA_PASSWORD)}"]`,
        `    trusted_host: [${authed.host}]`,
        'dependencies:',
        '  - pip: [alpha, gamma]',
        '  - commands: ["env", "echo token is $SW_TOKEN"]',
        '',
      ].join('\n'),
    });
    // SW_PYPI_INDEX_URL (for uv itself) makes the configured index an extra one: both are used.
    const env = cliEnv(plain.url, { SW_TOKEN });
    const r = await runCli(['build', dir, '--json', '--run-commands', '--verbose'], { env });
    expect(r.code).toBe(0);
    expect(authed.requests.some((u) => u.includes('alpha'))).toBe(true);
    expect(extra.requests.some((u) => u.includes('gamma'))).toBe(true);
    const printed = r.stdout + r.stderr;
    expect(printed).toContain('***');
    for (const s of [PASSWORD, EXTRA_PASSWORD, SW_TOKEN]) expect(printed).not.toContain(s);
    const warnings = r.stderr.split('\n').filter((l) => l.includes('warning:') && l.includes('SW_PYPI_INDEX_URL'));
    expect(warnings).toHaveLength(1);

    const out = JSON.parse(r.stdout) as { bundle: string; env_path: string; lock_file: string };
    // every bundle member
    const members = mkdtempSync(join(tmpdir(), 'swrt-leak-x-'));
    execFileSync('tar', ['-xf', out.bundle, '-C', members]);
    const files = walk(members);
    expect(files.some((f) => f.endsWith('runtime.yaml'))).toBe(true);
    for (const f of files) for (const s of [PASSWORD, EXTRA_PASSWORD, SW_TOKEN]) expect([f, readFileSync(f, 'latin1').includes(s)]).toEqual([f, false]);
    const published = readFileSync(join(members, 'runtime.yaml'), 'utf8');
    expect(published).toContain('# a runtime with a private index');
    expect(published).toContain(`index_url: ${authed.url}`);
    const manifest = parse(readFileSync(join(members, '_manifest.yaml'), 'utf8')) as { configs: { pip: { index_url: string; extra_index_url: string[] } } };
    expect(manifest.configs.pip.index_url).toBe(authed.url);
    expect(manifest.configs.pip.extra_index_url).toEqual([extra.url]);

    // every file written to the store, the cache, and the project's .starwhale (the env itself aside)
    const written = [env.SW_LOCAL_STORAGE!, env.SWRT_CACHE_DIR!, join(dir, '.starwhale')].flatMap(walk).filter((f) => !f.startsWith(out.env_path));
    expect(written).toContain(out.lock_file);
    for (const f of written) if (statSync(f).size < 64 << 20) for (const s of [PASSWORD, EXTRA_PASSWORD, SW_TOKEN]) expect([f, readFileSync(f, 'latin1').includes(s)]).toEqual([f, false]);
  });
});
