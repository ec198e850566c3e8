// `swrt tag URI TAG… [--remove]`: add or remove user tags.
import type { Command } from 'commander';
import { resolveLocal } from '../../store/uri.js';
import { UserError } from '../../util/errors.js';
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
        const v = resolveLocal(uri);
        if (!v.store) throw new UserError('tags live in the store; give a runtime URI, not a file');
        v.store.tag(v.name, v.version, tags, o.remove);
        const now = v.store.findVersion(v.name, v.version);
        if (o.json) return ctx.json({ name: now.name, version: now.version, tags: now.tags });
        ctx.print(`${now.name}/version/${now.version.slice(0, 12)}: ${now.tags.join(', ')}`);
      }),
    );
}
