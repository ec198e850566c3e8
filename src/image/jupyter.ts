// `swrt image --with jupyter`: JupyterLab installed into the image's copy of the packed env (the
// bundle's own env is untouched), from the runtime's package index as restore would use it, so the
// image serves as a notebook runtime (Gradient). Scripts the install writes name the staging
// directory; they get the packed env's relocatable launcher, which runs the env's python wherever
// the env lies.
import { lstatSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { UvInstaller } from '../env/installer.js';
import { relocatableScript } from '../env/launcher.js';
import { resolvePipOptions } from '../plan/pip-options.js';
import { ensureUv } from '../toolchain/uv.js';
import type { Log } from '../util/log.js';
import { EXTRAS, type Extra } from './extras.js';

interface ManifestPip {
  configs?: { pip?: { index_url?: string; extra_index_url?: string[]; trusted_host?: string[] } };
}

/** Installs the extras' packages into the staged env with uv, from the runtime's index. */
export async function installExtras(extras: readonly Extra[], staging: string, python: string, manifest: ManifestPip, log: Log, env: NodeJS.ProcessEnv): Promise<void> {
  if (!extras.length) return;
  const p = manifest.configs?.pip;
  const pip = resolvePipOptions({ index_url: p?.index_url ?? '', extra_index_url: p?.extra_index_url ?? [], trusted_host: p?.trusted_host ?? [] }, env);
  const toolDir = env.RUNNER_TOOL_CACHE || join(env.HOME || homedir(), '.cache', 'swrt', 'tools');
  const uv = await ensureUv('', { log, python, toolDir, pip, env });
  const packages = extras.flatMap((e) => EXTRAS[e]);
  await log.group(`Add ${packages.join(', ')} to the image's env`, () => new UvInstaller(log, uv.path, undefined, env).install(staging, packages, pip, staging));
  const bin = join(staging, 'bin');
  for (const name of readdirSync(bin)) {
    const file = join(bin, name);
    const st = lstatSync(file);
    if (!st.isFile() || st.size > 1 << 20) continue;
    const text = readFileSync(file, 'utf8');
    const moved = relocatableScript(text, staging);
    if (moved !== undefined) writeFileSync(file, moved);
  }
}
