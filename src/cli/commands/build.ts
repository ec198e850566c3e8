// `swrt build [WORKDIR] [-f FILE] …`: the whole pipeline on a laptop, as `swcli runtime build`.
import { Option, type Command } from 'commander';
import { join } from 'node:path';
import type { BuildResult } from '../../pipeline/build.js';
import { UserError } from '../../util/errors.js';
import { STARWHALE_VERSION_RE, type CondaToolChoice, type InstallerChoice } from '../../pipeline/options.js';
import { action, type CliContext } from '../context.js';

interface BuildFlags {
  file?: string;
  python?: string;
  pythonPath?: string;
  cuda?: string;
  cudnn?: string;
  cudaComponents: string;
  cudaLdLibraryPath?: boolean;
  pythonMirror?: string;
  cudaMirror?: string;
  cache: boolean;
  condaTool: CondaToolChoice;
  condaMirror?: string;
  tag: string[];
  lock: boolean;
  includeEnv?: boolean;
  installer: InstallerChoice;
  uvVersion?: string;
  uvMirror?: string;
  runCommands?: boolean;
  strict?: boolean;
  randomVersion?: boolean;
  starwhaleVersion?: string;
  project: string;
  json?: boolean;
}

const collect = (v: string, prev: string[]) => [...prev, v];

async function runBuild(ctx: CliContext, workdir: string, f: BuildFlags): Promise<void> {
  if (f.starwhaleVersion !== undefined && !STARWHALE_VERSION_RE.test(f.starwhaleVersion)) {
    throw new UserError(`--starwhale-version "${f.starwhaleVersion}" is neither a version (0.6.15) nor a git+https:// or git+ssh:// URL`);
  }
  const { buildWithLocalCache } = await import('../../pipeline/local-build.js');
  await buildWithLocalCache({
    yaml: f.file ?? join(workdir, 'runtime.yaml'),
    python: f.python,
    pythonPath: f.pythonPath,
    cuda: f.cuda,
    cudnn: f.cudnn,
    cudaComponents: f.cudaComponents,
    cudaLdLibraryPath: f.cudaLdLibraryPath,
    pythonMirror: f.pythonMirror,
    cudaMirror: f.cudaMirror,
    condaTool: f.condaTool,
    condaMirror: f.condaMirror,
    installer: f.installer,
    uvVersion: f.uvVersion,
    uvMirror: f.uvMirror,
    lock: f.lock,
    includeEnv: Boolean(f.includeEnv),
    runCommands: Boolean(f.runCommands) || process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1',
    strict: Boolean(f.strict),
    tags: f.tag,
    randomVersion: f.randomVersion,
    starwhaleVersion: f.starwhaleVersion,
    project: f.project,
    log: ctx.log,
  }, f.cache, (r) => printBuilt(ctx, r, f.json));
}

function printBuilt(ctx: CliContext, r: BuildResult, json?: boolean): void {
  if (json) {
    ctx.json({
      name: r.name,
      version: r.version,
      uri: r.uri,
      bundle: r.bundle,
      sha256: r.sha256,
      python: r.python.version,
      python_path: r.python.path,
      cuda: r.cuda?.label ?? '',
      cuda_home: r.cuda?.home ?? '',
      env_path: r.envPath,
      lock_file: r.lockFile,
      cache_key: r.cacheKey,
      cache_hit: r.cacheHit,
    });
  } else {
    ctx.print(`${r.uri}\n  bundle: ${r.bundle} (${(r.size / 1048576).toFixed(2)} MiB, sha256 ${r.sha256})\n  python: ${r.python.version}${r.cuda ? `  cuda: ${r.cuda.label}` : ''}  packages: ${r.packages}  env: ${r.envPath}`);
  }
}

export function registerBuild(program: Command): void {
  program
    .command('build')
    .description('build a runtime from runtime.yaml into the local store')
    .argument('[workdir]', 'directory holding runtime.yaml', '.')
    .option('-f, --file <file>', 'runtime.yaml path (default: WORKDIR/runtime.yaml)')
    .option('--python <version>', 'override environment.python (3.11 or 3.11.9)')
    .option('--python-path <path>', 'use this interpreter')
    .option('--cuda <version>', 'override environment.cuda ("none" builds without CUDA)')
    .option('--cudnn <version>', 'override environment.cudnn')
    .option('--cuda-components <list>', 'CUDA components: minimal, torch-extension, or a comma list', 'minimal')
    .option('--cuda-ld-library-path', 'also put the CUDA libs on LD_LIBRARY_PATH for the build')
    .option('--python-mirror <url>', 'base URL replacing the python-build-standalone releases (env SWRT_PYTHON_MIRROR)')
    .option('--cuda-mirror <url>', 'base URL replacing https://developer.download.nvidia.com/compute (env SWRT_CUDA_MIRROR)')
    .addOption(new Option('--conda-tool <tool>', 'conda mode: auto (pinned micromamba), micromamba or conda (one already installed)').choices(['auto', 'micromamba', 'conda']).default('auto'))
    .option('--conda-mirror <url>', 'base URL of the micromamba download (env SWRT_MICROMAMBA_URL)')
    .option('--no-cache', 'do not restore or save the env in the local cache (~/.cache/swrt/env)')
    .option('-t, --tag <tag>', 'add a tag (repeatable)', collect, [])
    .option('--no-lock', 'do not write the lock file into the bundle')
    .option('--include-env', 'pack the built venv into the bundle (swcli --download-all-deps)')
    .addOption(new Option('--installer <name>', 'auto (uv), uv or pip').choices(['auto', 'uv', 'pip']).default('auto'))
    .option('--uv-version <version>', 'uv version to use')
    .option('--uv-mirror <url|dir>', 'package index URL or directory of wheels to install uv from, checked against its pinned sha256 (env SWRT_UV_MIRROR; default: the runtime index, then https://pypi.org/simple)')
    .option('--run-commands', 'run the commands: entries (also SW_RUNTIME_FORCE_RUN_COMMAND=1)')
    .option('--starwhale-version <version>', 'starwhale version recorded in the manifest for restore and the server (default: runtime.yaml, the lock, then 0.6.15)')
    .option('--strict', 'treat runtime.yaml keys Starwhale ignores as errors')
    .option('--random-version', "use swcli's random version instead of the content-addressed one")
    .option('-p, --project <project>', 'local project', 'self')
    .option('--json', 'print the result as JSON on stdout')
    .action(action(runBuild));
}

