// `swrt extract URI [--target-dir D] [--force]`: unpack a bundle safely.
import type { Command } from 'commander';
import { action } from '../context.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('extract a runtime bundle')
    .argument('<uri>', 'runtime URI or .swrt path')
    .option('--target-dir <dir>', 'where to extract (default: its store workdir); must be missing or empty unless --force')
    .option('-f, --force', 'extract again even if already extracted; replace a non-empty --target-dir')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { targetDir?: string; force?: boolean; json?: boolean }) => {
        const { extractBundle } = await import('../../pipeline/restore.js');
        const r = await extractBundle(uri, { targetDir: o.targetDir, force: o.force });
        if (o.json) return ctx.json(r);
        ctx.print(r.workdir);
      }),
    );
}
