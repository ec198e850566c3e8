// `swrt tag URI TAG… [--remove]`: add or remove user tags.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerTag(program: Command): void {
  program
    .command('tag')
    .description('add or remove tags of a runtime version')
    .argument('<uri>', 'runtime URI')
    .argument('<tags...>', 'tags')
    .option('-r, --remove', 'remove the tags')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, tags: string[], o: { remove?: boolean; json?: boolean }) => {
        const { tagRuntime } = await import('../../pipeline/store-verbs.js');
        const now = tagRuntime(uri, tags, o.remove);
        if (o.json) return ctx.json({ name: now.name, version: now.version, tags: now.tags });
        ctx.print(`${now.name}/version/${now.version.slice(0, 12)}: ${now.tags.join(', ')}`);
      }),
    );
}
