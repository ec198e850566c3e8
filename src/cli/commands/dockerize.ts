// `swrt dockerize URI [-o FILE]`: the Dockerfile swcli 0.6.15's `runtime dockerize` writes, in the
// same place (<workdir>/export/docker/Dockerfile, plus its .dockerignore), without running docker.
import type { Command } from 'commander';
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
        const { configImageTag, renderDockerfile, writeDockerfile } = await import('../../image/dockerfile.js');
        const { openRuntime, swcliImageRepo } = await import('../../image/source.js');
        const rt = await openRuntime(uri);
        const text = renderDockerfile({ manifest: rt.manifest, name: rt.name, env: process.env, configRepo: swcliImageRepo(process.env) });
        const dockerfile = writeDockerfile(rt.workdir, text, o.output);
        const tag = configImageTag(rt.manifest);
        if (o.json) return ctx.json({ dockerfile, context: rt.workdir, name: rt.name, version: rt.version, tags: tag ? [tag] : [] });
        ctx.print(dockerfile);
        ctx.log.info(`build it with: docker buildx build --file ${dockerfile} --tag ${tag ?? 'IMAGE:TAG'} ${rt.workdir}`);
      }),
    );
}
