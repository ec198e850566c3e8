// `swrt info URI`: a bundle's manifest and where it lives.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerInfo(program: Command): void {
  program
    .command('info')
    .description('show a runtime version')
    .argument('<uri>', 'runtime URI or .swrt path')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { json?: boolean }) => {
        const { runtimeInfo } = await import('../../pipeline/store-verbs.js');
        const info = await runtimeInfo(uri);
        if (o.json) return ctx.json(info);
        const { manifest } = info;
        const env = manifest.environment as { mode?: string; python?: string; lock?: { files?: string[] } };
        ctx.print(`${info.name}/version/${info.version}\n  path: ${info.path}\n  tags: ${info.tags.join(', ') || '-'}\n  mode: ${env.mode}  python: ${env.python}\n  lock: ${(env.lock?.files ?? []).join(', ') || '-'}\n  created: ${String(manifest.created_at)}`);
      }),
    );
}
