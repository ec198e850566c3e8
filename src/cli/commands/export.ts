// `swrt export dstack URI --image REF@DIGEST`: a .dstack.yml that runs the runtime's image.
import type { Command } from 'commander';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DstackType } from '../../image/dstack.js';
import { UserError } from '../../util/errors.js';
import { tmpName } from '../../util/tmp.js';
import { action } from '../context.js';

interface DstackOptions {
  image: string;
  type: string;
  command?: string[];
  ide?: string;
  output: string;
  force?: boolean;
}

export function registerExport(program: Command): void {
  const exp = program.command('export').description('write configurations that run a runtime elsewhere');
  exp
    .command('dstack')
    .description('write a dstack run configuration (.dstack.yml) whose image is the runtime image')
    .argument('<uri>', 'runtime URI, .swrt path or extracted directory')
    .requiredOption('--image <ref>', 'the runtime image, pinned: the image output of swrt image (REGISTRY/REPO:TAG@sha256:...)')
    .option('--type <type>', 'dev-environment or task', 'dev-environment')
    .option('--command <cmd>', 'a task command (repeatable)', (v: string, all: string[] = []) => [...all, v])
    .option('--ide <ide>', 'dev-environment IDE: vscode or cursor')
    .option('-o, --output <file>', 'where to write it (the name must end in .dstack.yml)', '.dstack.yml')
    .option('-f, --force', 'replace an existing file')
    .action(
      action(async (ctx, uri: string, o: DstackOptions) => {
        const { dstackConfig } = await import('../../image/dstack.js');
        const { openRuntime } = await import('../../image/source.js');
        if (o.type !== 'dev-environment' && o.type !== 'task') throw new UserError(`--type ${JSON.stringify(o.type)} is not dev-environment or task`);
        if (o.ide !== undefined && o.ide !== 'vscode' && o.ide !== 'cursor') throw new UserError(`--ide ${JSON.stringify(o.ide)} is not vscode or cursor`);
        if (o.ide && o.type !== 'dev-environment') throw new UserError('--ide is for --type dev-environment');
        const out = resolve(o.output);
        if (!out.endsWith('.dstack.yml')) throw new UserError(`${o.output}: dstack reads only files named *.dstack.yml`, { hint: 'use -o .dstack.yml or -o NAME.dstack.yml' });
        if (existsSync(out) && !o.force) throw new UserError(`${o.output} exists`, { hint: 'pass --force to replace it' });
        const rt = await openRuntime(uri);
        const text = dstackConfig({ type: o.type as DstackType, image: o.image, runtimeName: rt.name, runtimeVersion: rt.version, commands: o.command, ide: o.ide as 'vscode' | 'cursor' | undefined });
        const tmp = tmpName(out);
        try {
          writeFileSync(tmp, text);
          renameSync(tmp, out);
        } finally {
          rmSync(tmp, { force: true });
        }
        ctx.print(out);
      }),
    );
}
