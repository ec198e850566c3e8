// `swrt toolchain [--python V] [--cuda V] [--cudnn V] [--components C] [--json]`: provisions a
// Python and/or a CUDA toolkit into the tool cache (RUNNER_TOOL_CACHE or ~/.cache/swrt/tools) and
// prints where they are, the same code `swrt build --python/--cuda` and the action use.
import type { Command } from 'commander';
import { action } from '../context.js';

interface Opts {
  python?: string;
  pythonPath?: string;
  cuda?: string;
  cudnn?: string;
  components?: string;
  pythonMirror?: string;
  cudaMirror?: string;
  ldLibraryPath?: boolean;
  json?: boolean;
}

export function registerToolchain(program: Command): void {
  program
    .command('toolchain')
    .description('provision a pinned Python and/or CUDA toolkit (+ cuDNN) into the tool cache')
    .option('--python <version>', 'Python "3.12" (newest known patch) or "3.12.7"')
    .option('--python-path <path>', 'use this interpreter')
    .option('--cuda <version>', 'CUDA "12.4" (newest known 12.4.x) or a redist label "12.4.1"')
    .option('--cudnn <version>', 'cuDNN "9", "9.8" or a label; needs --cuda')
    .option('--components <list>', 'CUDA components: minimal, torch-extension, or a comma list', 'minimal')
    .option('--python-mirror <url>', 'base URL replacing the python-build-standalone releases (env SWRT_PYTHON_MIRROR)')
    .option('--cuda-mirror <url>', 'base URL replacing https://developer.download.nvidia.com/compute (env SWRT_CUDA_MIRROR)')
    .option('--ld-library-path', 'also report LD_LIBRARY_PATH for the CUDA libs')
    .option('--json', 'print the result as JSON on stdout')
    .action(
      action(async (ctx, opts: Opts) => {
        const { provisionTools } = await import('../../pipeline/toolchain.js');
        const t = await provisionTools(
          { python: opts.python, pythonPath: opts.pythonPath, cuda: opts.cuda, cudnn: opts.cudnn, cudaComponents: opts.components, ldLibraryPath: opts.ldLibraryPath },
          { log: ctx.log, pythonMirror: opts.pythonMirror, cudaMirror: opts.cudaMirror },
        );
        const result = {
          python: t.python ? { version: t.python.version, path: t.python.path, root: t.python.root, source: t.python.source } : undefined,
          cuda: t.cuda
            ? { label: t.cuda.label, home: t.cuda.home, platform: t.cuda.platform, components: t.cuda.components, cudnnVersion: t.cuda.cudnnVersion, source: t.cuda.source, env: t.cuda.env }
            : undefined,
        };
        if (opts.json) {
          ctx.json(result);
          return;
        }
        if (t.python) ctx.print(`python ${t.python.version} ${t.python.path} (${t.python.source})`);
        if (t.cuda) {
          ctx.print(`cuda ${t.cuda.label} ${t.cuda.home} (${t.cuda.source})${t.cuda.cudnnVersion ? `, cudnn ${t.cuda.cudnnVersion}` : ''}`);
          for (const [k, v] of Object.entries(t.cuda.env)) ctx.print(`  ${k}=${v}`);
        }
      }),
    );
}
