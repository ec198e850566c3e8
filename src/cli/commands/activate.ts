// `swrt activate URI`: restore if needed, then print the command that activates the env
// (use as `eval "$(swrt activate URI)"`), every path quoted for the shell that evaluates it.
import { Option, type Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { activationCommand, SHELLS, type Shell } from '../../util/shell.js';
import { action } from '../context.js';

export function registerActivate(program: Command): void {
  program
    .command('activate')
    .description('print the command that activates a runtime (restoring it first if needed)')
    .argument('<uri>', 'runtime URI or .swrt path')
    .addOption(new Option('--shell <shell>', 'the shell that evaluates the command').choices([...SHELLS]).default('bash'))
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { json?: boolean; shell: Shell }) => {
        const { extractBundle, restore, workdirMode } = await import('../../pipeline/restore.js');
        const { workdir } = await extractBundle(uri, {});
        const mode = workdirMode(workdir);
        const env = join(workdir, 'export', mode);
        const status = join(env, '.runtime_restore_status');
        if (!existsSync(status) || readFileSync(status, 'utf8').trim() !== 'success') await restore({ ref: workdir, log: ctx.log });
        // As swcli prints it; a shell without conda can use: export PATH="$ENV/bin:$PATH" CONDA_PREFIX="$ENV".
        const command = activationCommand(env, mode, o.shell);
        if (o.json) return ctx.json({ env_path: env, command });
        ctx.print(command);
      }),
    );
}
