// The `restore-from` input: where a prebuilt bundle comes from instead of a build.
//   artifact:<name> | server:<runtime-uri> | release:<tag>/<asset> | path:<file>
// parseRestoreFrom checks the syntax; fetchRestoreSource brings the .swrt onto this machine.
import { mkdir, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { connectStarwhale } from '../remote/connect.js';
import { downloadRuntime } from '../remote/copy.js';
import { parseRemoteUri, redactUrl } from '../remote/uri.js';
import { UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { downloadBundleArtifact } from './artifact.js';
import { downloadReleaseAsset, type RepoRef } from './release.js';

export type RestoreSource =
  | { kind: 'artifact'; name: string }
  | { kind: 'server'; uri: string }
  | { kind: 'release'; tag: string; asset: string }
  | { kind: 'path'; file: string };

const SYNTAX = 'artifact:<name> | server:<runtime-uri> | release:<tag>/<asset> | path:<file>';
const bad = (s: string, why: string) => new UserError(`input restore-from: "${s}" ${why}`, { hint: `use ${SYNTAX}` });

export function parseRestoreFrom(input: string): RestoreSource {
  const raw = input.trim();
  // A URL with credentials is never echoed (server: refuses them below).
  const s = redactUrl(raw);
  const m = /^([a-z]+):(.*)$/s.exec(raw);
  if (!m) throw bad(s, 'has no kind prefix');
  const [, kind, rest] = m;
  const value = rest.trim();
  if (!value) throw bad(s, `has nothing after "${kind}:"`);
  switch (kind) {
    case 'artifact':
      if (/[":<>|*?\r\n\\/]/.test(value)) throw bad(s, 'is not a valid artifact name (no " : < > | * ? \\ / or newlines)');
      return { kind, name: value };
    case 'server':
      if (/^[a-z]+:\/\/[^/]*@/i.test(value)) throw bad(s, 'carries credentials in the URL; give the token with server-token or SW_TOKEN instead');
      return { kind, uri: value };
    case 'release': {
      // Tags may hold `/`; asset names may not: split at the last one.
      const i = value.lastIndexOf('/');
      const tag = i < 0 ? '' : value.slice(0, i).trim();
      const asset = i < 0 ? '' : value.slice(i + 1).trim();
      if (!tag || !asset) throw bad(s, 'needs both a tag and an asset name: release:<tag>/<asset>');
      return { kind, tag, asset };
    }
    case 'path':
      return { kind, file: value };
    default:
      throw bad(s, `has unknown kind "${kind}"`);
  }
}

export interface FetchRestoreOptions {
  /** Where downloads land (created when missing). */
  destDir: string;
  log: Log;
  /** GitHub token, for `release:`. */
  token?: string;
  /** The repository a `release:` lives in. */
  repo?: RepoRef;
  env?: Record<string, string | undefined>;
  /** Fetches a `server:` URI into destDir and returns the .swrt path (the src/remote code). */
  fetchServer?: (uri: string, destDir: string) => Promise<string>;
}

/** Brings the bundle named by `src` onto this machine; returns the absolute path of the .swrt. */
export async function fetchRestoreSource(src: RestoreSource, opts: FetchRestoreOptions): Promise<string> {
  const env = opts.env ?? process.env;
  switch (src.kind) {
    case 'path': {
      const file = resolve(env.GITHUB_WORKSPACE || process.cwd(), src.file);
      const st = await stat(file).catch(() => undefined);
      if (!st?.isFile()) throw new UserError(`restore-from path ${file} is not a file`, { hint: 'point path: at an existing .swrt (relative paths are from the workspace)' });
      return file;
    }
    case 'artifact':
      await mkdir(opts.destDir, { recursive: true });
      return downloadBundleArtifact(src.name, opts.destDir, opts.log);
    case 'release': {
      if (!opts.repo) throw new UserError('restore-from release: needs a repository (GITHUB_REPOSITORY is not set)');
      if (!opts.token) throw new UserError('restore-from release: needs a GitHub token', { hint: 'set the github-token input' });
      await mkdir(opts.destDir, { recursive: true });
      const out = join(resolve(opts.destDir), basename(src.asset));
      const got = await downloadReleaseAsset({ tag: src.tag, assetName: src.asset, token: opts.token, repo: opts.repo, out, env }, opts.log);
      return got.file;
    }
    case 'server':
      if (!opts.fetchServer) throw new UserError('restore-from server: is not available here');
      await mkdir(opts.destDir, { recursive: true });
      return opts.fetchServer(src.uri, opts.destDir);
  }
}

/** `owner/repo` from GITHUB_REPOSITORY, if set and well-formed. */
export function repoFromEnv(env: Record<string, string | undefined> = process.env): RepoRef | undefined {
  const m = /^([^/\s]+)\/([^/\s]+)$/.exec(env.GITHUB_REPOSITORY ?? '');
  return m ? { owner: m[1], repo: m[2] } : undefined;
}

/** The `restore-from` input's bundle, fetched into RUNNER_TEMP (a `server:` one with the action's server token). */
export async function fetchRestoreBundle(inputs: { restoreFrom: string; githubToken: string; serverToken: string; serverInsecure: boolean }, log: Log): Promise<string> {
  const src = parseRestoreFrom(inputs.restoreFrom);
  const destDir = join(process.env.RUNNER_TEMP || tmpdir(), 'swrt-restore');
  return log.group(`Fetch ${inputs.restoreFrom}`, () =>
    fetchRestoreSource(src, {
      destDir,
      log,
      token: inputs.githubToken,
      repo: repoFromEnv(),
      fetchServer: async (uri, dir) => {
        const ref = parseRemoteUri(uri);
        if (!ref.name) throw new UserError(`restore-from server:${uri} names no runtime`, { hint: 'use server:http(s)://HOST/project/P/runtime/NAME[/version/V|TAG]' });
        const client = connectStarwhale(ref, { token: inputs.serverToken, insecure: inputs.serverInsecure, log });
        const got = await downloadRuntime(client, { project: ref.project, name: ref.name, version: ref.version, dest: (_n, v) => join(dir, `${v}.swrt`) }, log);
        return got.path;
      },
    }),
  );
}
