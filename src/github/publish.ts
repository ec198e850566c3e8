// The action's publish step: the built .swrt to each target asked for in `publish`. An artifact
// failure is a warning (design: artifact failures never fail a job); server and release failures
// fail the step, since publishing there is what the workflow is for.
import * as core from '@actions/core';
import type { BuildResult } from '../pipeline/build.js';
import { hostFacts } from '../pipeline/prepared-env.js';
import { connectStarwhale } from '../remote/connect.js';
import { uploadRuntime } from '../remote/copy.js';
import { parseRemoteUri, type RemoteRef } from '../remote/uri.js';
import { UserError, errorMessage } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { defaultArtifactName, uploadBundleArtifact } from './artifact.js';
import type { ActionInputs } from './inputs.js';
import { releaseTagFromEvent, uploadReleaseAssets } from './release.js';
import { repoFromEnv } from './restore-from.js';

export interface Published {
  target: 'artifact' | 'server' | 'release';
  /** What a reader follows: artifact name, console URL, asset URL. */
  where: string;
  /** The action outputs this target sets (artifact-id, server-uri, …). */
  outputs: Record<string, string>;
}

/** `server-url` is an instance (http(s)://host, cloud://alias) or a full project/runtime URI. */
export function serverTarget(inputs: Pick<ActionInputs, 'serverUrl' | 'serverProject'>): RemoteRef {
  const url = inputs.serverUrl.trim().replace(/\/+$/, '');
  if (!url) throw new UserError('publish: server needs server-url', { hint: 'set server-url: http(s)://HOST[:PORT] (or cloud://ALIAS) and server-project' });
  return parseRemoteUri(/\/projects?\//.test(url) ? url : `${url}/project/${inputs.serverProject || 'self'}`);
}

async function toArtifact(r: BuildResult, inputs: ActionInputs, log: Log): Promise<Published | undefined> {
  const host = hostFacts();
  const name =
    inputs.artifactName ||
    defaultArtifactName({ name: r.name, version: r.version, python: r.python.version, cuda: r.cuda?.label, osId: `${host.osId}${host.osVersion}`, arch: host.arch });
  try {
    const a = await uploadBundleArtifact({ file: r.bundle, name, retentionDays: inputs.retentionDays }, log);
    return { target: 'artifact', where: a.name, outputs: { 'artifact-id': String(a.id), 'artifact-name': a.name } };
  } catch (e) {
    core.warning(`publish artifact: ${e instanceof UserError ? e.describe() : errorMessage(e)}; the build goes on`);
    return undefined;
  }
}

async function toServer(r: BuildResult, inputs: ActionInputs, log: Log): Promise<Published> {
  const ref = serverTarget(inputs);
  const client = connectStarwhale(ref, { token: inputs.serverToken, insecure: inputs.serverInsecure, log });
  const up = await uploadRuntime(client, { file: r.bundle, name: ref.name ?? r.name, version: r.version, project: ref.project, force: inputs.force, tags: inputs.tags }, log);
  return { target: 'server', where: up.consoleUrl, outputs: { 'server-uri': up.uri } };
}

async function toRelease(r: BuildResult, inputs: ActionInputs, log: Log): Promise<Published> {
  const tag = inputs.releaseTag || (await releaseTagFromEvent());
  if (!tag) throw new UserError('publish: release needs a release', { hint: 'set release-tag, or run on a release event' });
  const repo = repoFromEnv();
  if (!repo) throw new UserError('publish: release needs GITHUB_REPOSITORY (run it inside a GitHub Actions job)');
  if (!inputs.githubToken) throw new UserError('publish: release needs a token', { hint: 'set github-token (the default is github.token; it needs contents: write)' });
  const up = await uploadReleaseAssets({ file: r.bundle, sha256: r.sha256, assetName: `${r.name}-${r.version}.swrt`, tag, token: inputs.githubToken, force: inputs.force, repo }, log);
  return { target: 'release', where: up.url, outputs: { 'release-asset-url': up.url } };
}

const TARGETS = { artifact: toArtifact, server: toServer, release: toRelease } as const;

/** Publishes to each target in turn; `onPublished` hears of each as it lands (a later target may still fail). */
export async function publish(r: BuildResult, inputs: ActionInputs, log: Log, onPublished: (p: Published) => void): Promise<Published[]> {
  const done: Published[] = [];
  for (const target of inputs.publish) {
    const p = await log.group(`Publish: ${target}`, () => TARGETS[target](r, inputs, log));
    if (p) {
      onPublished(p);
      done.push(p);
    }
  }
  return done;
}
