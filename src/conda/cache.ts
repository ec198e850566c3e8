// What a conda env's cache keys must add to the venv ones (setup-micromamba's lesson):
// the tool and the sha256 of its binary, and the channels it solves from, from both
// configs.conda.channels and the condarc (credentials stripped, like index URLs), plus the
// condarc itself and the CUDA override, which changes what a solve picks. Pure.
import { createHash } from 'node:crypto';
import { stripCredentials } from '../plan/pip-options.js';
import type { RuntimeSpec } from '../spec/types.js';
import { renderCondarc } from './build.js';
import type { CondaTool } from './micromamba.js';

export interface CondaKeyFacts {
  /** For EnvKeyInput.installer: "micromamba" or "conda". */
  installer: string;
  /** For EnvKeyInput.installerVersion: "<version>+<sha256[:16]>". */
  installerVersion: string;
  /** For EnvKeyInput.indexUrls: every channel, credentials stripped, in order, without repeats. */
  channelUrls: string[];
  /** sha256 of configs/condarc's text ('' when there is none) and the CUDA override, for the digest. */
  extra: { condarcSha256: string; cudaOverride: string };
}

function condarcChannels(condarc: Readonly<Record<string, unknown>>): string[] {
  const out: string[] = [];
  for (const key of ['channels', 'default_channels']) {
    const v = condarc[key];
    if (Array.isArray(v)) out.push(...v.map(String));
    else if (typeof v === 'string' && v) out.push(v);
  }
  if (typeof condarc.channel_alias === 'string' && condarc.channel_alias) out.push(condarc.channel_alias);
  return out;
}

export function condaKeyFacts(tool: Pick<CondaTool, 'flavor' | 'version' | 'sha256'>, spec: Pick<RuntimeSpec, 'configs' | 'cuda'>): CondaKeyFacts {
  const condarc = renderCondarc(spec.configs.conda.condarc);
  const channels = [...spec.configs.conda.channels, ...condarcChannels(spec.configs.conda.condarc)].filter(Boolean).map(stripCredentials);
  return {
    installer: tool.flavor,
    installerVersion: `${tool.version}+${tool.sha256.slice(0, 16)}`,
    channelUrls: [...new Set(channels)],
    extra: { condarcSha256: condarc ? createHash('sha256').update(condarc).digest('hex') : '', cudaOverride: spec.cuda },
  };
}
