// `swrt validate [-f FILE] [--strict] [--json]`: read runtime.yaml, report every problem, print the normalized spec.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check runtime.yaml and print its normalized form')
    .option('-f, --file <file>', 'runtime.yaml path', 'runtime.yaml')
    .option('--python <version>', 'override environment.python')
    .option('--cuda <version>', 'override environment.cuda ("none" drops it)')
    .option('--cudnn <version>', 'override environment.cudnn')
    .option('--strict', 'treat keys Starwhale ignores as errors')
    .option('--no-files', 'judge the document only, not whether the files it names exist (as swcli parses it)')
    .option('--json', 'print the normalized spec as JSON on stdout')
    .action(
      action(async (ctx, opts: { file: string; json?: boolean; strict?: boolean; files: boolean; python?: string; cuda?: string; cudnn?: string }) => {
        const { validateRuntimeYaml } = await import('../../pipeline/validate.js');
        const loaded = await validateRuntimeYaml(opts.file, opts);
        for (const w of loaded.warnings) process.stderr.write(`${w}\n`);
        const s = loaded.spec;
        if (opts.json) {
          ctx.json(s);
          return;
        }
        ctx.print(`${opts.file}: ok`);
        ctx.print(`  name: ${s.name}  mode: ${s.mode}  python: ${s.python || '(builder default)'}${s.cuda ? `  cuda: ${s.cuda}` : ''}${s.cudnn ? `  cudnn: ${s.cudnn}` : ''}`);
        ctx.print(`  dependencies: ${s.dependencies.map((d) => d.kind).join(', ') || 'none'}`);
      }),
    );
}
