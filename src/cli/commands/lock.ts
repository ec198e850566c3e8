// `swrt lock [WORKDIR] [-f FILE] [--stdout]`: build the env and write .starwhale/lock/requirements-sw-lock.txt.
import type { Command } from 'commander';
import { join } from 'node:path';
import type { InstallerChoice } from '../../pipeline/options.js';
import { action } from '../context.js';

export function registerLock(program: Command): void {
  program
    .command('lock')
    .description('install runtime.yaml into its env and write the Starwhale lock file')
    .argument('[workdir]', 'directory holding runtime.yaml', '.')
    .option('-f, --yaml-path <file>', 'runtime.yaml path (default: WORKDIR/runtime.yaml)')
    .option('--python <version>', 'override environment.python')
    .option('--installer <name>', 'auto (uv), uv or pip', 'auto')
    .option('--so, --stdout', 'print the lock instead of writing it')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, workdir: string, o: { yamlPath?: string; python?: string; installer: InstallerChoice; stdout?: boolean; json?: boolean }) => {
        const { prepareEnv } = await import('../../pipeline/build.js');
        const r = await prepareEnv({
          yaml: o.yamlPath ?? join(workdir, 'runtime.yaml'),
          python: o.python,
          installer: o.installer,
          lock: !o.stdout,
          includeEnv: false,
          runCommands: false,
          tags: [],
          log: ctx.log,
        });
        if (o.stdout) return ctx.print(r.lockText);
        if (o.json) return ctx.json({ lock_file: r.lockFile, env_path: r.envDir, python: r.python.version });
        ctx.print(r.lockFile);
      }),
    );
}
