// `swrt dockerize URI [-o FILE]`: the Dockerfile swcli 0.6.15's `runtime dockerize` writes, in the
// same place (<workdir>/export/docker/Dockerfile, plus its .dockerignore), without running docker.
import type { Command } from 'commander';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { writeFileInside } from '../../bundle/inplace.js';
import { configImageTag, DOCKERIGNORE, renderDockerfile } from '../../image/dockerfile.js';
import { openRuntime, swcliImageRepo } from '../../image/source.js';
import { tmpName } from '../../util/tmp.js';
import { action } from '../context.js';

export function registerDockerize(program: Command): void {
  program
    .command('dockerize')
    .description("write the Dockerfile swcli's runtime dockerize would (docker is not run)")
    .argument('<uri>', 'runtime URI, .swrt path or extracted directory')
    .option('-o, --output <file>', 'write the Dockerfile here instead of <workdir>/export/docker/Dockerfile')
    .option('--json', 'print JSON on stdout')
    .action(
      action(async (ctx, uri: string, o: { output?: string; json?: boolean }) => {
        const rt = await openRuntime(uri);
        const text = renderDockerfile({ manifest: rt.manifest, name: rt.name, env: process.env, configRepo: swcliImageRepo(process.env) });
        let dockerfile: string;
        if (o.output) {
          dockerfile = resolve(o.output);
          const tmp = tmpName(dockerfile);
          try {
            writeFileSync(tmp, text);
            renameSync(tmp, dockerfile);
          } finally {
            rmSync(tmp, { force: true });
          }
        } else {
          dockerfile = writeFileInside(rt.workdir, 'export/docker/Dockerfile', text);
          writeFileInside(rt.workdir, '.dockerignore', DOCKERIGNORE);
        }
        const tag = configImageTag(rt.manifest);
        if (o.json) return ctx.json({ dockerfile, context: rt.workdir, name: rt.name, version: rt.version, tags: tag ? [tag] : [] });
        ctx.print(dockerfile);
        ctx.log.info(`build it with: docker buildx build --file ${dockerfile} --tag ${tag ?? 'IMAGE:TAG'} ${rt.workdir}`);
      }),
    );
}
