// `swrt restore URI|DIR [--target D [--force]]`: rebuild a bundle's env (the packed env, else from the
// lock). A --target that holds anything is replaced only with --force.
import { Option, type Command } from 'commander';
import { restore } from '../../pipeline/restore.js';
import { activationCommand } from '../../util/shell.js';
import { action } from '../context.js';

export function registerRestore(program: Command): void {
  program
    .command('restore')
    .description("restore a runtime's environment")
    .argument('<ref>', 'runtime URI, .swrt path, or an extracted directory')
    .option('--target <dir>', 'where the env goes (default: <workdir>/export/venv); must be missing or empty unless --force')
    .option('-f, --force', 'replace a non-empty --target')
    .addOption(new Option('--installer <name>', 'auto (uv), uv or pip').choices(['auto', 'uv', 'pip']).default('auto'))
    .option('--run-commands', 'run the commands: entries (also SW_RUNTIME_FORCE_RUN_COMMAND=1)')
    .option('--no-starwhale', "skip installing starwhale into the env (swcli's last restore step); the env is then not marked restored for swcli")
    .addOption(new Option('--conda-tool <tool>', 'conda runtimes: auto (pinned micromamba), micromamba or conda').choices(['auto', 'micromamba', 'conda']).default('auto'))
    .option('--conda-mirror <url>', 'base URL of the micromamba download (env SWRT_MICROMAMBA_URL)')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, ref: string, o: { target?: string; force?: boolean; installer: 'auto' | 'uv' | 'pip'; runCommands?: boolean; starwhale: boolean; condaTool: 'auto' | 'micromamba' | 'conda'; condaMirror?: string; json?: boolean }) => {
        const runCommands = Boolean(o.runCommands) || process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1';
        const r = await restore({ ref, target: o.target, force: o.force, installer: o.installer, condaTool: o.condaTool, condaMirror: o.condaMirror, runCommands, starwhale: o.starwhale, log: ctx.log });
        if (o.json) return ctx.json({ workdir: r.workdir, env_path: r.envDir, mode: r.mode, python: r.python, packed_env: r.fromPackedEnv, starwhale: o.starwhale });
        ctx.print(`restored ${r.envDir}\nactivate with: ${activationCommand(r.envDir, r.mode)}`);
      }),
    );
}
