// `swrt recover URI`: bring a removed version back from the .recover trash.
import type { Command } from 'commander';
import { LocalStore } from '../../store/store.js';
import { parseLocalUri } from '../../store/uri.js';
import { action } from '../context.js';

export function registerRecover(program: Command): void {
  program
    .command('recover')
    .description('recover a removed runtime version')
    .argument('<uri>', 'runtime URI with a version')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { json?: boolean }) => {
        const ref = parseLocalUri(uri);
        const v = new LocalStore(undefined, ref.project).recover(ref.name, ref.version);
        if (o.json) return ctx.json(v);
        ctx.print(`recovered ${v.name}/version/${v.version.slice(0, 12)} (${v.tags.join(', ')})`);
      }),
    );
}
