// `swrt copy SRC DEST [--force] [-i TAG]… [--insecure] [--json]` (swcli's verb): a local runtime (URI
// or .swrt) up to a Starwhale server project or runtime URI, or a server runtime down into the local
// store. Certificates are verified unless --insecure or SWRT_INSECURE=1.
import type { Command } from 'commander';
import { action } from '../context.js';

interface CopyFlags {
  force?: boolean;
  ignoreTag: string[];
  json?: boolean;
  insecure?: boolean;
}

export function registerCopy(program: Command): void {
  program
    .command('copy')
    .alias('cp')
    .description('copy a runtime to a Starwhale server, or from one into the local store')
    .argument('<src>', 'local runtime URI or .swrt path, or a server runtime URI')
    .argument('<dest>', 'server project or runtime URI (http(s)://HOST/project/P[/runtime/NAME], cloud://ALIAS/project/P), or local[/project/P]')
    .option('-f, --force', 'overwrite the version at the destination')
    .option('-i, --ignore-tag <tag>', 'do not copy this tag (repeatable)', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--insecure', 'do not verify the server TLS certificate (self-signed servers; also SWRT_INSECURE=1)')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, src: string, dest: string, o: CopyFlags) => {
        const { copyRuntime } = await import('../../pipeline/copy.js');
        const r = await copyRuntime(src, dest, { force: o.force, ignoreTag: o.ignoreTag, insecure: o.insecure, log: ctx.log });
        if (o.json) return ctx.json(r);
        ctx.print(r.direction === 'upload' ? `${r.uri}\n${r.consoleUrl}` : r.uri);
      }),
    );
}
