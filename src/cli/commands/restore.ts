// `swrt restore URI|DIR [--target D [--force]]`: rebuild a bundle's env (the packed env, else from the
// lock), after provisioning the CUDA toolkit the bundle records, as the action's restore-from does.
// A --target that holds anything is replaced only with --force.
import { Option, type Command } from 'commander';
import { activationCommand } from '../../util/shell.js';
import type { CondaToolChoice, InstallerChoice } from '../../pipeline/options.js';
import { action } from '../context.js';

interface RestoreFlags {
  target?: string;
  force?: boolean;
  installer: InstallerChoice;
  runCommands?: boolean;
  starwhale: boolean;
  condaTool: CondaToolChoice;
  condaMirror?: string;
  cuda?: string;
  cudnn?: string;
  cudaComponents?: string;
  cudaLdLibraryPath?: boolean;
  cudaMirror?: string;
  json?: boolean;
}

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
    .option('--cuda <version>', 'provision this CUDA instead of the one the bundle records ("none": no CUDA)')
    .option('--cudnn <version>', 'provision this cuDNN instead of the one the bundle records')
    .option('--cuda-components <list>', 'CUDA components: minimal, torch-extension, or a comma list')
    .option('--cuda-ld-library-path', 'also put the CUDA libs on LD_LIBRARY_PATH for the restore')
    .option('--cuda-mirror <url>', 'base URL replacing https://developer.download.nvidia.com/compute (env SWRT_CUDA_MIRROR)')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, ref: string, o: RestoreFlags) => {
        const { restore } = await import('../../pipeline/restore.js');
        const runCommands = Boolean(o.runCommands) || process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1';
        const cuda = { cuda: o.cuda, cudnn: o.cudnn, components: o.cudaComponents, ldLibraryPath: o.cudaLdLibraryPath, mirror: o.cudaMirror };
        const r = await restore({ ref, target: o.target, force: o.force, installer: o.installer, condaTool: o.condaTool, condaMirror: o.condaMirror, runCommands, starwhale: o.starwhale, cuda, log: ctx.log });
        if (o.json) return ctx.json({ workdir: r.workdir, env_path: r.envDir, mode: r.mode, python: r.python, packed_env: r.fromPackedEnv, starwhale: o.starwhale });
        ctx.print(`restored ${r.envDir}\nactivate with: ${activationCommand(r.envDir, r.mode)}`);
      }),
    );
}
