// `swrt history NAME`: the versions of one runtime, newest first.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description("show a runtime's versions")
    .argument('<name>', 'runtime name or URI')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, name: string, o: { json?: boolean }) => {
        const { runtimeHistory } = await import('../../pipeline/store-verbs.js');
        const rows = runtimeHistory(name);
        if (o.json) return ctx.json(rows);
        for (const r of rows) ctx.print(`${r.version}\t${r.tags.join(',')}\t${r.modified}`);
      }),
    );
}
