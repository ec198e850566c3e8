// `copy` both ways (§7.2, §7.3). Up: project id, HEAD (200 → skip), one multipart POST streamed from
// disk, 409 handling, user tags one by one. Down: resolve latest/tag/version, stream to a temp file,
// check it is a tar whose first entry is _manifest.yaml, rename into place.
import { createWriteStream, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { list } from 'tar';
import { parse } from 'yaml';
import { isBuiltinTag } from '../store/store.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { envelope, metaVersion, type StarwhaleClient } from './client.js';
import { multipartBody } from './multipart.js';
import { checkServerName, consoleUrl, runtimeUri } from './uri.js';

export { isBuiltinTag };

export interface UploadRequest {
  /** The .swrt on disk. */
  file: string;
  /** Runtime name on the server (the source name, or the new name from DEST). */
  name: string;
  version: string;
  /** Project name, owner:name, or id. */
  project: string;
  force?: boolean;
  /** User tags to copy; latest and vN are skipped. */
  tags?: readonly string[];
}

export interface CopyResult {
  uri: string;
  consoleUrl: string;
  projectId: string;
  name: string;
  version: string;
  /** True when the server already had this version and nothing was sent. */
  skipped: boolean;
  tags: string[];
}

export async function uploadRuntime(client: StarwhaleClient, req: UploadRequest, log: Log): Promise<CopyResult> {
  checkServerName(req.name);
  if (req.version.length < 2 || /^\d+$/.test(req.version) || isBuiltinTag(req.version)) {
    throw new UserError(`version "${req.version}" cannot be uploaded: the server would read it as an id or an alias`, { hint: 'rebuild the runtime to get a proper version id' });
  }
  const force = Boolean(req.force);
  const projectId = await client.projectId(req.project);
  const ref = `${req.name}/version/${req.version}`;
  let skipped = false;
  if (!force && (await client.versionExists(projectId, req.name, req.version))) {
    log.info(`${ref} already exists on ${client.instanceUrl}, skipping the upload`);
    skipped = true;
  } else {
    log.info(`uploading ${basename(req.file)} to ${client.instanceUrl} project ${projectId} as ${ref}${force ? ' (force)' : ''}`);
    const r = await client.uploadFile(projectId, req.name, req.version, () =>
      multipartBody(
        [
          ['runtime', `${req.name}:${req.version}`],
          ['project', projectId],
          ['force', force ? '1' : '0'],
        ],
        { name: 'file', filename: `${req.version}.swrt`, path: req.file, contentType: 'text/plain' },
      ),
    );
    if (r.status === 409) {
      if (force) throw new UserError(`${client.instanceUrl} refused to overwrite ${ref}: ${envelope(r.text)?.message ?? 'conflict'}`, { hint: 'a running job may be using that version; retry when it has finished' });
      const info = await client.versionInfo(projectId, req.name, req.version);
      const mv = metaVersion(info?.versionMeta);
      if (info?.versionName !== req.version || (mv !== undefined && mv !== req.version)) {
        throw new UserError(`${ref} already exists on ${client.instanceUrl} (project ${projectId}) and is not this bundle`, { hint: 'pass force to overwrite it' });
      }
      log.info(`${ref} already exists on ${client.instanceUrl} with the same version id; nothing to do`);
      skipped = true;
    } else if (r.status < 200 || r.status > 299) {
      client.fail(`the upload of ${ref}`, r);
    }
  }
  const tags = (req.tags ?? []).filter((t) => !isBuiltinTag(t));
  for (const t of tags) await client.addTag(projectId, req.name, req.version, t, force);
  const result = {
    uri: runtimeUri(client.instanceUrl, projectId, req.name, req.version),
    consoleUrl: consoleUrl(client.instanceUrl, projectId, req.name, req.version),
    projectId,
    name: req.name,
    version: req.version,
    skipped,
    tags,
  };
  log.info(`runtime URI: ${result.uri}`);
  log.info(`console: ${result.consoleUrl}`);
  return result;
}

export interface DownloadRequest {
  project: string;
  name: string;
  /** A version, tag, `latest` or `vN`; default latest. */
  version?: string;
  /** Where the .swrt goes (its directory must exist; written via a temp file + rename). */
  dest: (name: string, version: string) => string;
  /** When it says the version is already here, nothing is downloaded (§7.3 step 1). */
  have?: (name: string, version: string) => boolean;
}

export interface DownloadResult extends CopyResult {
  path: string;
  /** Manifest name and version read from the downloaded bundle. */
  manifest: { name?: string; version: string };
}

/** Streams the bundle to `dest(...)`, verified as a tar whose first entry is _manifest.yaml. */
export async function downloadRuntime(client: StarwhaleClient, req: DownloadRequest, log: Log): Promise<DownloadResult> {
  const projectId = await client.projectId(req.project);
  const want = req.version ?? 'latest';
  const info = await client.versionInfo(projectId, req.name, want);
  if (!info) throw new UserError(`${client.instanceUrl} project ${req.project} has no runtime ${req.name} with version or tag "${want}"`, { hint: 'check the name and version in the console' });
  const version = info.versionName;
  const dest = req.dest(info.name, version);
  const where = {
    uri: runtimeUri(client.instanceUrl, projectId, info.name, version),
    consoleUrl: consoleUrl(client.instanceUrl, projectId, info.name, version),
    projectId,
    name: info.name,
    version,
    tags: [],
  };
  if (req.have?.(info.name, version)) {
    log.info(`${info.name}/version/${version} is already here; not downloading`);
    return { ...where, path: dest, manifest: { name: info.name, version }, skipped: true };
  }
  const tmp = join(dirname(dest), `.${basename(dest)}.${process.pid}.part`);
  log.info(`downloading ${info.name}/version/${version} from ${client.instanceUrl}`);
  try {
    const { res, length } = await client.openFile(projectId, info.name, version);
    try {
      await pipeline(res, createWriteStream(tmp));
    } catch (err) {
      throw new UserError(`the download of ${info.name}/version/${version} from ${client.instanceUrl} was cut short: ${(err as Error).message}`, { hint: 'run the copy again' });
    }
    const manifest = await checkBundle(tmp, length);
    if (manifest.version !== version) log.warn(`the bundle's manifest says version ${manifest.version}, the server ${version}`);
    renameSync(tmp, dest);
    return { ...where, path: dest, manifest, skipped: false };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** A .swrt is a plain tar whose first file is a non-empty _manifest.yaml (§2.1). */
async function checkBundle(file: string, length?: number): Promise<{ name?: string; version: string }> {
  let first: string | undefined;
  let text: string | undefined;
  try {
    await list({
      file,
      strict: true,
      onReadEntry: (e) => {
        const p = e.path.replace(/^\.?\/+/, '');
        if (first === undefined && e.type === 'File') {
          first = p;
          if (p === '_manifest.yaml') {
            const chunks: Buffer[] = [];
            e.on('data', (c: Buffer) => chunks.push(c));
            e.on('end', () => (text = Buffer.concat(chunks).toString('utf8')));
            return;
          }
        }
        e.resume();
      },
    });
  } catch (err) {
    throw new UserError(`the downloaded bundle is not a readable tar: ${(err as Error).message}`, { hint: 'the transfer may have been cut short; run the copy again' });
  }
  if (first !== '_manifest.yaml' || !text) throw new UserError(`the downloaded file is not a Starwhale runtime bundle (its first file is ${first ?? 'missing'}, not _manifest.yaml)`);
  if (length !== undefined && statSync(file).size !== length) throw new UserError(`the downloaded bundle has ${statSync(file).size} bytes, the server announced ${length}`, { hint: 'run the copy again' });
  const m = parse(text) as { name?: unknown; version?: unknown } | null;
  if (typeof m?.version !== 'string') throw new UserError('the downloaded bundle has a _manifest.yaml without a version');
  return { name: typeof m.name === 'string' ? m.name : undefined, version: m.version };
}
