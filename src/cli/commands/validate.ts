// `swrt validate [-f FILE] [--json]`: read runtime.yaml, report every problem, print the normalized spec.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check runtime.yaml and print its normalized form')
    .option('-f, --file <file>', 'runtime.yaml path', 'runtime.yaml')
    .option('--json', 'print the normalized spec as JSON on stdout')
    .action(
      action(async (ctx) => {
        ctx.log.error('validate is not implemented yet');
        return 1;
      }),
    );
}
