// `swrt copy SRC DEST [--force] [-i TAG]… [--insecure] [--json]` (swcli's verb): a local runtime (URI
// or .swrt) up to a Starwhale server project or runtime URI, or a server runtime down into the local
// store. Certificates are verified unless --insecure or SWRT_INSECURE=1.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { readManifest } from '../../bundle/swrt.js';
import { resolveAuth } from '../../remote/auth.js';
import { StarwhaleClient } from '../../remote/client.js';
import { downloadRuntime, isBuiltinTag, uploadRuntime, type CopyResult } from '../../remote/copy.js';
import { isRemoteUri, parseRemoteUri, type RemoteRef } from '../../remote/uri.js';
import { LocalStore } from '../../store/store.js';
import { resolveLocal } from '../../store/uri.js';
import { NAME_RULE } from '../../util/names.js';
import { UserError } from '../../util/errors.js';
import type { Log } from '../../util/log.js';
import { action, type CliContext } from '../context.js';

interface CopyOptions {
  force?: boolean;
  ignoreTag: string[];
  json?: boolean;
  insecure?: boolean;
}

function clientFor(ref: RemoteRef, log: Log, o: CopyOptions): StarwhaleClient {
  const auth = resolveAuth(ref);
  if (auth.token) {
    log.secret(auth.token);
    log.secret(auth.token.slice('Bearer '.length));
  }
  const insecure = Boolean(o.insecure) || process.env.SWRT_INSECURE === '1' || process.env.SWRT_INSECURE === 'true';
  if (insecure) log.warn(`not verifying the TLS certificate of ${auth.instanceUrl}`);
  return new StarwhaleClient({ instanceUrl: auth.instanceUrl, token: auth.token, log, insecure });
}

/** A local destination: `local`, `[local/]project/<p>[/runtime/<name>]`, or a bare project name. */
function parseLocalDest(dest: string): { project: string; name?: string } {
  const d = dest.replace(/^local(\/|$)/, '').replace(/\/+$/, '');
  if (d === '') return { project: 'self' };
  const m = /^project\/([^/]+)(?:\/runtime\/([^/]+))?$/.exec(d);
  if (m) return { project: m[1]!, name: m[2] };
  if (/^[^/]+$/.test(d)) return { project: d };
  throw new UserError(`cannot read copy destination "${dest}"`, { hint: 'use local, local/project/PROJECT or local/project/PROJECT/runtime/NAME' });
}

async function upload(ctx: CliContext, src: string, dest: string, o: CopyOptions): Promise<CopyResult> {
  const to = parseRemoteUri(dest);
  if (to.version) throw new UserError(`copy destination "${dest}" names a version`, { hint: 'the version is always the source version; give a project URI or …/runtime/NEW-NAME' });
  const v = resolveLocal(src);
  const manifest = await readManifest(v.path);
  const name = to.name ?? v.name ?? (typeof manifest.name === 'string' ? manifest.name : '');
  const version = v.version || (typeof manifest.version === 'string' ? manifest.version : '');
  if (!name || !version) throw new UserError(`${v.path} has no name or version in its manifest`, { hint: 'give DEST as …/runtime/NAME' });
  const tags = v.tags.filter((t) => !isBuiltinTag(t) && !o.ignoreTag.includes(t));
  return uploadRuntime(clientFor(to, ctx.log, o), { file: v.path, name, version, project: to.project, force: o.force, tags }, ctx.log);
}

async function download(ctx: CliContext, src: string, dest: string, o: CopyOptions): Promise<CopyResult & { path: string }> {
  const from = parseRemoteUri(src);
  if (!from.name) throw new UserError(`copy source "${src}" names no runtime`, { hint: 'use …/project/P/runtime/NAME[/version/VERSION]' });
  const to = parseLocalDest(dest);
  const store = new LocalStore(undefined, to.project);
  const client = clientFor(from, ctx.log, o);
  const local = to.name ? (_n: string, v: string) => store.bundlePath(to.name!, v) : (n: string, v: string) => store.bundlePath(n, v);
  const got = await downloadRuntime(
    client,
    { project: from.project, name: from.name, version: from.version, dest: (_n, v) => join(store.tmpDir(), `${v}.swrt`), have: (n, v) => !o.force && existsSync(local(n, v)) },
    ctx.log,
  );
  const name = to.name ?? got.name;
  const serverTags = await client.listTags(got.projectId, got.name, got.version).catch((e: unknown) => Promise.reject(client.masked(e)));
  const tags = serverTags.filter((t) => !isBuiltinTag(t) && !o.ignoreTag.includes(t));
  const kept = tags.filter((t) => NAME_RULE.test(t));
  for (const t of tags.filter((x) => !kept.includes(x))) ctx.log.warn(`server tag ${JSON.stringify(client.clean(t, 80))} is not a valid local tag; not copied`);
  const path = got.skipped ? store.bundlePath(name, got.version) : store.add(got.path, name, got.version, kept);
  if (got.skipped && kept.length) store.tag(name, got.version, kept);
  ctx.log.info(`copied to ${store.uri(name, got.version)}`);
  return { ...got, name, path, tags: kept, uri: store.uri(name, got.version) };
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
      action(async (ctx, src: string, dest: string, o: CopyOptions) => {
        const up = isRemoteUri(dest);
        if (up === isRemoteUri(src)) {
          throw new UserError(up ? 'copy between two servers is not supported' : `neither "${src}" nor "${dest}" is a server URI`, {
            hint: 'one side must be http(s)://HOST/project/P… or cloud://ALIAS/project/P…, the other a local runtime',
          });
        }
        const r = up ? await upload(ctx, src, dest, o) : await download(ctx, src, dest, o);
        if (o.json) return ctx.json({ direction: up ? 'upload' : 'download', ...r });
        ctx.print(up ? `${r.uri}\n${r.consoleUrl}` : r.uri);
      }),
    );
}
