// `copy` both ways (docs/starwhale-compat.md: Server protocol). Up: project id, HEAD, one multipart POST streamed from disk, 409
// handling, user tags one by one; "already there" (HEAD 200 or 409) is believed only when the
// version info shows our version. Down: resolve latest/tag/version (names checked), stream to a
// fresh temp file, check it is the bundle asked for (manifest name and version), rename into place.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readManifest } from '../bundle/swrt.js';
import { checkName, checkVersion } from '../util/names.js';
import { isBuiltinTag } from '../store/store.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { envelope, metaFields, type StarwhaleClient, type VersionInfo } from './client.js';
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
  try {
    return await upload(client, req, log);
  } catch (e) {
    throw client.masked(e);
  }
}

/** Believes "already there" (HEAD 200, or 409) only when the server's version info is our version. */
async function confirmHeld(client: StarwhaleClient, projectId: string, req: UploadRequest, why: string): Promise<void> {
  const ref = `${req.name}/version/${req.version}`;
  const info = await client.versionInfo(projectId, req.name, req.version);
  if (!info) {
    throw new UserError(`${client.instanceUrl} answered that ${ref} exists (${why}) but has no such version; nothing was uploaded`, {
      hint: 'check the server URL: a proxy or a login page may be answering every request',
    });
  }
  const mv = metaFields(info.versionMeta).version;
  if (info.versionName !== req.version || info.name.toLowerCase() !== req.name.toLowerCase() || (mv !== undefined && mv !== req.version)) {
    throw new UserError(`${ref} already exists on ${client.instanceUrl} (project ${projectId}) and is not this bundle (the server holds ${info.name}/version/${info.versionName})`, {
      hint: 'pass force to overwrite it',
    });
  }
}

async function upload(client: StarwhaleClient, req: UploadRequest, log: Log): Promise<CopyResult> {
  checkServerName(req.name);
  if (req.version.length < 2 || /^\d+$/.test(req.version) || isBuiltinTag(req.version)) {
    throw new UserError(`version "${req.version}" cannot be uploaded: the server would read it as an id or an alias`, { hint: 'rebuild the runtime to get a proper version id' });
  }
  const force = Boolean(req.force);
  const projectId = await client.projectId(req.project);
  const ref = `${req.name}/version/${req.version}`;
  let skipped = false;
  if (!force && (await client.versionExists(projectId, req.name, req.version))) {
    await confirmHeld(client, projectId, req, 'HEAD 200');
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
      if (force) {
        const why = envelope(r.text)?.message;
        throw new UserError(`${client.instanceUrl} refused to overwrite ${ref}: ${typeof why === 'string' && why ? client.clean(why) : 'conflict'}`, {
          hint: 'a running job may be using that version; retry when it has finished',
        });
      }
      await confirmHeld(client, projectId, req, 'HTTP 409');
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
  /** Where the .swrt goes (its directory must exist; written via a fresh temp file + rename). */
  dest: (name: string, version: string) => string;
  /** When it says the version is already here, nothing is downloaded (as swcli does). */
  have?: (name: string, version: string) => boolean;
}

export interface DownloadResult extends CopyResult {
  path: string;
  /** Manifest name and version read from the downloaded bundle. */
  manifest: { name: string; version: string };
}

/**
 * Streams the bundle to `dest(...)` once it is checked: a readable bundle whose manifest version is
 * the resolved version and whose manifest name is the one the server recorded for it. The name and
 * version given to `dest` are checked names. On any failure nothing is left behind.
 */
export async function downloadRuntime(client: StarwhaleClient, req: DownloadRequest, log: Log): Promise<DownloadResult> {
  try {
    return await download(client, req, log);
  } catch (e) {
    throw client.masked(e);
  }
}

async function download(client: StarwhaleClient, req: DownloadRequest, log: Log): Promise<DownloadResult> {
  const projectId = await client.projectId(req.project);
  const want = req.version ?? 'latest';
  const info = await client.versionInfo(projectId, req.name, want);
  if (!info) throw new UserError(`${client.instanceUrl} project ${req.project} has no runtime ${req.name} with version or tag "${want}"`, { hint: 'check the name and version in the console' });
  // A runtime may be asked for by id; by name, the server must answer for that name.
  if (!/^\d+$/.test(req.name) && info.name.toLowerCase() !== req.name.toLowerCase()) {
    throw new UserError(`${client.instanceUrl} answered for runtime ${info.name} when asked for ${req.name}`, { hint: 'check the server URL: a Starwhale server does not answer this way' });
  }
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
  const tmp = join(dirname(dest), `.${basename(dest)}.${randomBytes(8).toString('hex')}.part`);
  log.info(`downloading ${info.name}/version/${version} from ${client.instanceUrl}`);
  try {
    await client.download(projectId, info.name, version, tmp);
    const manifest = await checkBundle(client, tmp, info);
    renameSync(tmp, dest);
    return { ...where, path: dest, manifest, skipped: false };
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The downloaded file is the bundle asked for: its manifest names the version and the runtime the server recorded. */
async function checkBundle(client: StarwhaleClient, file: string, info: VersionInfo): Promise<{ name: string; version: string }> {
  const ref = `${info.name}/version/${info.versionName}`;
  const from = `the bundle ${client.instanceUrl} sent for ${ref}`;
  let m: { name?: unknown; version?: unknown };
  try {
    m = await readManifest(file);
  } catch (e) {
    if (!(e instanceof UserError)) throw e;
    throw new UserError(`${from} is not a Starwhale runtime bundle: ${e.message.split(file).join('the download')}`, { hint: e.hint ?? 'run the copy again' });
  }
  const version = checkVersion(m.version, from);
  const name = checkName(m.name, 'runtime name', from);
  if (version !== info.versionName) {
    throw new UserError(`${from} is version ${version}, not ${info.versionName}; not stored`, { hint: 'the server holds the wrong file for that version; tell its admin' });
  }
  // A copy uploaded under a new name keeps its manifest: the server's meta names the original.
  const recorded = metaFields(info.versionMeta).name ?? info.name;
  if (name !== recorded) {
    throw new UserError(`${from} is of runtime "${name}", not "${recorded}"; not stored`, { hint: 'the server holds the wrong file for that version; tell its admin' });
  }
  return { name, version };
}
