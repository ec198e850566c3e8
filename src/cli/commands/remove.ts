// `swrt remove URI [--force]`: move a version to the .recover trash, or delete it with --force.
// As in swcli, the tag index is left alone: the version's tags come back with it on recover.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerRemove(program: Command): void {
  program
    .command('remove')
    .description('remove a runtime version (recoverable unless --force)')
    .argument('<uri>', 'runtime URI')
    .option('-f, --force', 'delete for good')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { force?: boolean; json?: boolean }) => {
        const { removeRuntime } = await import('../../pipeline/store-verbs.js');
        const v = removeRuntime(uri, o.force);
        if (o.json) return ctx.json({ name: v.name, version: v.version, removed: true, recoverable: !o.force });
        ctx.print(`removed ${v.name}/version/${v.version.slice(0, 12)}${o.force ? '' : ` (swrt recover ${v.name}/version/${v.version} brings it back)`}`);
      }),
    );
}
