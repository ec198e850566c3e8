// A runtime for the image verbs, as the other verbs take one: a store URI or a .swrt file (extracted
// safely into the store's workdir), or an extracted directory. Its name is the store's name when it
// comes from the store (swcli writes none into the manifest), else the manifest's.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { Manifest } from '../bundle/manifest.js';
import { readWorkdirManifest } from '../bundle/swrt.js';
import { extractBundle } from '../pipeline/restore.js';
import { swcliConfigPath } from '../remote/auth.js';
import { checkName, checkVersion } from '../util/names.js';

export interface RuntimeSource {
  workdir: string;
  name: string;
  version: string;
  manifest: Manifest;
}

export async function openRuntime(ref: string, storeRoot?: string): Promise<RuntimeSource> {
  if (existsSync(ref) && statSync(ref).isDirectory()) {
    const workdir = resolve(ref);
    const manifest = readWorkdirManifest(workdir);
    const from = `${workdir}/_manifest.yaml`;
    return { workdir, manifest, name: checkName(manifest.name, 'runtime name', from), version: checkVersion(manifest.version, from) };
  }
  const x = await extractBundle(ref, { storeRoot });
  return { ...x, manifest: readWorkdirManifest(x.workdir) };
}

/** swcli's config `docker.builtin_image_repo` ('' when unset or unreadable: swcli's default then). */
export function swcliImageRepo(env: NodeJS.ProcessEnv): string {
  try {
    const cfg = parse(readFileSync(swcliConfigPath(env), 'utf8')) as { docker?: { builtin_image_repo?: unknown } } | null;
    const repo = cfg?.docker?.builtin_image_repo;
    return typeof repo === 'string' ? repo : '';
  } catch {
    return '';
  }
}
