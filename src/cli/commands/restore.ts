// `swrt restore URI|DIR [--target D]`: rebuild a bundle's env (the packed env, else from the lock).
import type { Command } from 'commander';
import { restore } from '../../pipeline/restore.js';
import { action } from '../context.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description("restore a runtime's environment")
    .argument('<ref>', 'runtime URI, .swrt path, or an extracted directory')
    .option('--target <dir>', 'where the env goes (default: <workdir>/export/venv)')
    .option('--installer <name>', 'auto (uv), uv or pip', 'auto')
    .option('--run-commands', 'run the commands: entries (also SW_RUNTIME_FORCE_RUN_COMMAND=1)')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, ref: string, o: { target?: string; installer: 'auto' | 'uv' | 'pip'; runCommands?: boolean; json?: boolean }) => {
        const r = await restore({ ref, target: o.target, installer: o.installer, runCommands: Boolean(o.runCommands) || process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1', log: ctx.log });
        if (o.json) return ctx.json({ workdir: r.workdir, env_path: r.envDir, mode: r.mode, python: r.python, packed_env: r.fromPackedEnv });
        ctx.print(`restored ${r.envDir}\nactivate with: source ${r.envDir}/bin/activate`);
      }),
    );
}
