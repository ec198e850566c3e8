// What every run pays before it does anything: `swrt --version` and `swrt --help` from the built
// dist/cli.js print the right thing, and they do it from dist/cli.js alone, without loading the
// chunks that hold the pipeline (scripts/build.mjs splits them into dist/cli-chunks/).
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SWRT_VERSION } from '../../src/util/version.js';
import { CLI, REPO, runCli } from '../helpers/cli.js';

const VERBS = ['build', 'validate', 'list', 'info', 'history', 'tag', 'remove', 'recover', 'extract', 'restore', 'activate', 'lock', 'toolchain', 'copy', 'cache', 'dockerize', 'image', 'export'];

/** dist/cli.js copied alone into an empty directory (no dist/cli-chunks/ beside it). */
function cliAlone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-cli-alone-'));
  writeFileSync(join(dir, 'package.json'), '{"type": "module"}\n');
  copyFileSync(CLI, join(dir, 'cli.js'));
  return join(dir, 'cli.js');
}

describe('swrt start-up', () => {
  it('--version and -V print the version and nothing else', async () => {
    for (const flag of ['--version', '-V']) {
      const r = await runCli([flag]);
      expect([r.code, r.stdout, r.stderr]).toEqual([0, `${SWRT_VERSION}\n`, '']);
    }
  });

  it('--help lists every verb and the global flags', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: swrt \[options\] \[command\]/);
    for (const flag of ['--version', '--debug', '--verbose', '--quiet']) expect(r.stdout).toContain(flag);
    const listed = [...r.stdout.split('Commands:')[1]!.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
    expect(listed.filter((v) => v !== 'help').sort()).toEqual([...VERBS].sort());
  });

  it("a verb's --help prints its own options", async () => {
    const r = await runCli(['build', '--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: swrt build \[options\] \[workdir\]/);
    expect(r.stdout).toContain('--include-env');
  });

  it('the pipeline lives in dist/cli-chunks/, which --version and --help do not load', () => {
    expect(existsSync(join(REPO, 'dist', 'cli-chunks'))).toBe(true);
    expect(readdirSync(join(REPO, 'dist', 'cli-chunks')).length).toBeGreaterThan(0);
    const alone = cliAlone();
    const run = (args: string[]) => spawnSync(process.execPath, [alone, ...args], { encoding: 'utf8', cwd: tmpdir() });
    expect(run(['--version']).stdout).toBe(`${SWRT_VERSION}\n`);
    const help = run(['build', '--help']);
    expect([help.status, help.stdout.includes('--include-env')]).toEqual([0, true]);
    // A verb that runs does load its chunk: without them it fails.
    const verb = run(['validate', '-f', join(REPO, 'examples', 'helloworld', 'runtime.yaml')]);
    expect(verb.status).not.toBe(0);
    expect(verb.stderr).toContain('cli-chunks/');
  });
});
