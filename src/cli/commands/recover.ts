// `swrt recover URI [--force]`: bring a removed version back from the .recover trash with its tags;
// a bare NAME recovers the version `latest` names, as swcli does.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerRecover(program: Command): void {
  program
    .command('recover')
    .description('recover a removed runtime version')
    .argument('<uri>', 'runtime URI: NAME (its latest), NAME/TAG or NAME/version/VERSION')
    .option('-f, --force', 'replace the version if it is in the store again')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { force?: boolean; json?: boolean }) => {
        const { recoverRuntime } = await import('../../pipeline/store-verbs.js');
        const v = recoverRuntime(uri, o.force);
        if (o.json) return ctx.json(v);
        ctx.print(`recovered ${v.name}/version/${v.version.slice(0, 12)} (${v.tags.join(', ')})`);
      }),
    );
}
