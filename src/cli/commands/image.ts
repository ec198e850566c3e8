// `swrt image URI --to REF|oci:DIR[:TAG]`: build the runtime's OCI image without a Docker daemon
// and push it (or write a layout). Registry credentials come from the environment, never a flag.
import type { Command } from 'commander';
import type { Credentials } from '../../image/registry.js';
import { UserError } from '../../util/errors.js';
import { action } from '../context.js';

interface ImageOptions {
  to: string;
  base?: string;
  arch?: string;
  tagPerLeg?: boolean;
  with: string[];
  insecure?: boolean;
  plainHttp?: boolean;
  revision?: string;
  /** false with --no-cache. */
  cache: boolean;
  json?: boolean;
}

function credentials(env: NodeJS.ProcessEnv, prefix: string): Credentials | undefined {
  const username = env[`${prefix}_USERNAME`];
  const password = env[`${prefix}_PASSWORD`];
  if (username === undefined && password === undefined) return undefined;
  // A token alone (GITHUB_TOKEN for ghcr.io): registries take any user name with it.
  return { username: username || 'swrt', password };
}

export function registerImage(program: Command): void {
  program
    .command('image')
    .description('build an OCI image of a runtime (no Docker daemon) and push it to a registry or write it as an OCI layout')
    .argument('<uri>', 'runtime URI, .swrt path or extracted directory; the bundle must pack its env (swrt build --include-env)')
    .requiredOption('--to <target>', 'REGISTRY/REPOSITORY:TAG, oci:DIR[:TAG], or docker-archive:FILE[:REF] (a docker save tar)')
    .option('--base <image>', "base image (default: the runtime's Starwhale run image for its python/cuda)")
    .option('--arch <arch>', 'linux/ARCH of the image: the entry picked from a multi-arch base, and the platform a tag holding other platforms gets in its index', 'amd64')
    .option('--with <extra>', 'add to the image\'s env: jupyter (JupyterLab, from the runtime\'s index); repeatable', (v: string, acc: string[]) => [...acc, v], [] as string[])
    .option('--tag-per-leg', 'also tag <version>-py<X.Y>[-cu<X.Y>] (this matrix leg)')
    .option('--insecure', 'accept any TLS certificate from the registries')
    .option('--plain-http', 'speak http:// to a registry that is not on this machine (needs --insecure)')
    .option('--revision <sha>', 'source revision label (default: GITHUB_SHA, else git HEAD of the working directory)')
    .option('--no-cache', 'build every layer, neither reusing nor keeping built layers in the local cache (~/.cache/swrt/image-layer)')
    .option('--json', 'print JSON on stdout')
    .addHelpText('after', '\nCredentials: SWRT_REGISTRY_USERNAME / SWRT_REGISTRY_PASSWORD (a token alone works as the password) for the target registry; SWRT_BASE_REGISTRY_USERNAME / _PASSWORD for a base on another registry.')
    .action(
      action(async (ctx, uri: string, o: ImageOptions) => {
        const { buildImage } = await import('../../image/build.js');
        const { parseExtras } = await import('../../image/extras.js');
        const { parseTarget } = await import('../../image/reference.js');
        if (o.plainHttp && !o.insecure) throw new UserError('--plain-http needs --insecure', { hint: 'plain http exposes credentials and lets anyone on the path change the image' });
        const t0 = performance.now();
        const r = await buildImage({
          runtime: uri,
          to: parseTarget(o.to),
          base: o.base,
          arch: o.arch,
          tagPerLeg: o.tagPerLeg,
          extras: parseExtras(o.with),
          insecure: o.insecure,
          plainHttp: o.plainHttp,
          revision: o.revision,
          credentials: credentials(process.env, 'SWRT_REGISTRY'),
          baseCredentials: credentials(process.env, 'SWRT_BASE_REGISTRY'),
          layerCache: o.cache,
          log: ctx.log,
          env: process.env,
        });
        const seconds = Math.round((performance.now() - t0) / 100) / 10;
        if (o.json) return ctx.json({ ...r, seconds });
        ctx.print(r.image);
      }),
    );
}
