// `swrt list [--show-removed]`: every runtime version in the local store; a runtime whose tag
// index is corrupt gets a warning and the others are listed.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerList(program: Command): void {
  program
    .command('list')
    .description('list runtimes in the local store')
    .option('--sr, --show-removed', 'include removed versions')
    .option('-p, --project <project>', 'local project', 'self')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, o: { showRemoved?: boolean; project: string; json?: boolean }) => {
        const { listStore } = await import('../../pipeline/store-verbs.js');
        const rows = listStore(o.project, { includeRemoved: o.showRemoved, warn: (m) => ctx.log.warn(m) });
        if (o.json) return ctx.json(rows);
        if (!rows.length) return ctx.print('no runtimes');
        for (const r of rows) ctx.print(`${r.name}\t${r.version.slice(0, 12)}\t${r.tags.join(',')}\t${(r.size / 1048576).toFixed(2)} MiB\t${r.modified}${r.removed ? '\t(removed)' : ''}`);
      }),
    );
}
