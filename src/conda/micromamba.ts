// Which conda tool builds a conda-mode runtime, per `conda-tool`:
//  - auto: the pinned micromamba; one on PATH is used only when it is that version, else it is
//    downloaded (sha256-verified) into the tool cache as micromamba/<version>/<arch>/bin/micromamba;
//  - micromamba: a micromamba already on the runner (MAMBA_EXE, PATH), any version, else as auto;
//  - conda: a conda (or mamba) already on the runner: CONDA_EXE, $CONDA/bin, PATH. Never downloaded.
// The download base is `conda-mirror` / SWRT_MICROMAMBA_URL, standing for
// https://github.com/mamba-org/micromamba-releases/releases/download (so a mirror serves
// <base>/<version>/micromamba-linux-64 and …-linux-aarch64).
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileSha256 } from '../util/hash.js';
import { machineOf, toolCacheArch, toolCacheRoot, type Machine } from '../toolchain/context.js';
import { download } from '../toolchain/download.js';
import { findCached, installCached } from '../toolchain/tool-cache.js';
import { UserError, errorMessage } from '../util/errors.js';
import { exec, onPath } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import type { CondaFlavor, CondaToolRef } from './commands.js';

/** The micromamba release we build with (a micromamba-releases tag). 2.0.4+ exports pip packages. */
export const MICROMAMBA_PINNED = '2.0.5-0';
export const MICROMAMBA_BASE = 'https://github.com/mamba-org/micromamba-releases/releases/download';
export const MICROMAMBA_TOOL = 'micromamba';

export type CondaPlatform = 'linux-64' | 'linux-aarch64';
export type CondaToolChoice = 'auto' | 'micromamba' | 'conda';

/**
 * sha256 of the micromamba binaries, by release tag and platform.
 *
 * linux-64 2.0.5-0 is the digest Hermit's micromamba package pins for the same release asset
 * (github.com/cashapp/hermit-packages, micromamba.hcl); e2e.yml downloads and checks it on GitHub.
 * No digest for linux-aarch64 was at hand: from the default GitHub base the release's own `.sha256`
 * asset is used for it (with a warning); from a mirror, SWRT_MICROMAMBA_SHA256 must give the digest.
 */
export const MICROMAMBA_SHA256: Readonly<Record<string, Partial<Record<CondaPlatform, string>>>> = {
  '2.0.5-0': { 'linux-64': 'cdf5a2e18d213617b6c5c32d8763b4e8fc05f8173b4f4017997683cb984357eb' },
};

export interface CondaTool extends CondaToolRef {
  /** The tool's own version ("2.0.5", "24.9.2"). */
  version: string;
  source: 'path' | 'tool-cache' | 'downloaded' | 'runner';
  /** sha256 of the executable: part of the env cache key (setup-micromamba does the same). */
  sha256: string;
}

export interface CondaToolContext {
  log: Log;
  env?: NodeJS.ProcessEnv;
  toolCacheDir?: string;
  arch?: Machine;
  /** The `conda-mirror` input; beats SWRT_MICROMAMBA_URL. */
  mirror?: string;
  /** micromamba release tag; default MICROMAMBA_PINNED (or SWRT_MICROMAMBA_VERSION). */
  version?: string;
  fetch?: typeof fetch;
  retryDelayMs?: number;
}

const envOf = (ctx: CondaToolContext) => ctx.env ?? process.env;

export function condaPlatform(m: Machine): CondaPlatform {
  return m === 'aarch64' ? 'linux-aarch64' : 'linux-64';
}

export function micromambaVersion(ctx: CondaToolContext): string {
  const v = ctx.version || envOf(ctx).SWRT_MICROMAMBA_VERSION || MICROMAMBA_PINNED;
  if (!/^\d+\.\d+\.\d+(-\d+)?$/.test(v)) throw new UserError(`micromamba version "${v}" is not a release tag like ${MICROMAMBA_PINNED}`);
  return v;
}

export function micromambaBase(ctx: CondaToolContext): string {
  return (ctx.mirror || envOf(ctx).SWRT_MICROMAMBA_URL || MICROMAMBA_BASE).replace(/\/+$/, '');
}

export function micromambaUrl(base: string, version: string, platform: CondaPlatform): string {
  return `${base.replace(/\/+$/, '')}/${version}/micromamba-${platform}`;
}

/** "2.0.5-0" → "2.0.5": what `micromamba --version` prints. */
export const releaseVersion = (tag: string) => tag.replace(/-\d+$/, '');

const HEX64 = /^[0-9a-f]{64}$/;

/** Where the expected digest comes from: SWRT_MICROMAMBA_SHA256, the pin table, or the release's .sha256 asset (default base only). */
export async function expectedMicromambaSha256(ctx: CondaToolContext, version: string, platform: CondaPlatform): Promise<{ sha256: string; from: 'env' | 'pinned' | 'release-asset' }> {
  const fromEnv = envOf(ctx).SWRT_MICROMAMBA_SHA256?.trim().toLowerCase();
  if (fromEnv) {
    if (!HEX64.test(fromEnv)) throw new UserError(`SWRT_MICROMAMBA_SHA256 is not a sha256 (64 hex digits): ${fromEnv}`);
    return { sha256: fromEnv, from: 'env' };
  }
  const pinned = MICROMAMBA_SHA256[version]?.[platform];
  if (pinned) return { sha256: pinned, from: 'pinned' };
  const base = micromambaBase(ctx);
  if (base !== MICROMAMBA_BASE) {
    throw new UserError(`no pinned sha256 for micromamba ${version} (${platform}), and it is downloaded from a mirror (${base})`, {
      hint: 'set SWRT_MICROMAMBA_SHA256 to the digest of the binary (the release publishes it as micromamba-<platform>.sha256)',
    });
  }
  const url = `${micromambaUrl(base, version, platform)}.sha256`;
  const res = await (ctx.fetch ?? fetch)(url, { redirect: 'follow' }).catch((e: unknown) => {
    throw new UserError(`could not fetch ${url}: ${errorMessage(e)}`, { hint: 'check network access, or set SWRT_MICROMAMBA_SHA256' });
  });
  if (!res.ok) throw new UserError(`could not fetch ${url}: HTTP ${res.status}`, { hint: 'check the micromamba version, or set SWRT_MICROMAMBA_SHA256' });
  const sha = (await res.text()).trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  if (!HEX64.test(sha)) throw new UserError(`${url} does not hold a sha256`, { hint: 'set SWRT_MICROMAMBA_SHA256' });
  ctx.log.warn(`micromamba ${version} (${platform}) has no pinned sha256 in this release; verifying against the release's own ${url}`);
  return { sha256: sha, from: 'release-asset' };
}


/** Runs `<exe> --version` and reads the tool and version from its first lines. */
export async function probeCondaTool(exe: string, log: Log): Promise<{ flavor: CondaFlavor; version: string } | undefined> {
  const r = await exec(exe, ['--version'], { log: quietLog(log), allowFailure: true }).catch(() => undefined);
  if (!r || r.code !== 0) return undefined;
  const text = `${r.stdout}\n${r.stderr}`.trim();
  const first = text.split('\n')[0]!.trim();
  // conda: "conda 24.9.2"; mamba 1.x: "mamba 1.5.8\nconda 23.11.0" (conda's CLI); micromamba and mamba 2.x: "2.0.5".
  let m = /^(conda|mamba)\s+(\d+\.\d+(?:\.\d+)?\S*)/.exec(first);
  if (m) return { flavor: 'conda', version: m[2]! };
  m = /^(?:micromamba\s+)?(\d+\.\d+\.\d+\S*)$/.exec(first);
  if (m) return { flavor: 'micromamba', version: m[1]! };
  return undefined;
}


/** A conda already on the runner: $CONDA_EXE, $CONDA/bin/conda, conda then mamba on PATH. */
export async function findRunnerConda(ctx: CondaToolContext): Promise<CondaTool | undefined> {
  const env = envOf(ctx);
  const candidates = [env.CONDA_EXE, env.CONDA ? join(env.CONDA, 'bin', 'conda') : undefined, onPath('conda', env), onPath('mamba', env)];
  for (const exe of candidates) {
    if (!exe || !existsSync(exe)) continue;
    const got = await probeCondaTool(exe, ctx.log);
    if (got) return { path: exe, flavor: got.flavor, version: got.version, source: 'runner', sha256: await fileSha256(exe) };
  }
  return undefined;
}

/** A micromamba already on the runner ($MAMBA_EXE, then PATH), with its version. */
export async function findRunnerMicromamba(ctx: CondaToolContext): Promise<CondaTool | undefined> {
  const env = envOf(ctx);
  for (const exe of [env.MAMBA_EXE, onPath('micromamba', env)]) {
    if (!exe || !existsSync(exe)) continue;
    const got = await probeCondaTool(exe, ctx.log);
    if (got?.flavor === 'micromamba') return { path: exe, flavor: 'micromamba', version: got.version, source: 'path', sha256: await fileSha256(exe) };
  }
  return undefined;
}

/** The pinned micromamba from the tool cache, downloading and verifying it on a miss. */
export async function ensureMicromamba(ctx: CondaToolContext): Promise<CondaTool> {
  const version = micromambaVersion(ctx);
  const machine = machineOf({ log: ctx.log, arch: ctx.arch });
  const platform = condaPlatform(machine);
  const entry = { root: toolCacheRoot({ log: ctx.log, env: ctx.env, toolCacheDir: ctx.toolCacheDir }), tool: MICROMAMBA_TOOL, version, arch: toolCacheArch(machine) };
  const check = async (exe: string) => {
    const got = await probeCondaTool(exe, ctx.log);
    if (got?.flavor !== 'micromamba' || got.version !== releaseVersion(version)) {
      throw new UserError(`the micromamba ${version} binary reports ${got ? `${got.flavor} ${got.version}` : 'no version'}`, { hint: 'the download is not micromamba for this machine; check the mirror' });
    }
  };
  // The marker names the binary's sha256 (checked again on every use); where one is pinned, it must be that one.
  const pinned = envOf(ctx).SWRT_MICROMAMBA_SHA256?.trim().toLowerCase() || MICROMAMBA_SHA256[version]?.[platform];
  const cached = findCached(entry, pinned ? [pinned] : undefined);
  if (cached) {
    const exe = join(cached, 'bin', 'micromamba');
    return { path: exe, flavor: 'micromamba', version: releaseVersion(version), source: 'tool-cache', sha256: await fileSha256(exe) };
  }
  const { sha256, from } = await expectedMicromambaSha256(ctx, version, platform);
  const url = micromambaUrl(micromambaBase(ctx), version, platform);
  const dir = await installCached(entry, async (tmp) => {
    mkdirSync(join(tmp, 'bin'));
    const exe = join(tmp, 'bin', 'micromamba');
    await download({ url, dest: exe, what: `micromamba ${version} (${platform})`, sha256 }, { log: ctx.log, fetch: ctx.fetch, retryDelayMs: ctx.retryDelayMs });
    chmodSync(exe, 0o755);
    await check(exe);
  }, { sha256: [sha256], against: from, files: { 'bin/micromamba': sha256 } });
  return { path: join(dir, 'bin', 'micromamba'), flavor: 'micromamba', version: releaseVersion(version), source: 'downloaded', sha256 };
}

/** The tool for `conda-tool: auto|micromamba|conda`. */
export async function resolveCondaTool(choice: CondaToolChoice, ctx: CondaToolContext): Promise<CondaTool> {
  if (choice === 'conda') {
    const found = await findRunnerConda(ctx);
    if (!found) {
      throw new UserError('conda-tool is conda, but no conda was found (looked at $CONDA_EXE, $CONDA/bin/conda, conda and mamba on PATH)', {
        hint: 'install conda on the runner (e.g. setup-miniconda), or use conda-tool: auto to download micromamba',
      });
    }
    return found;
  }
  const local = await findRunnerMicromamba(ctx);
  if (local && (choice === 'micromamba' || local.version === releaseVersion(micromambaVersion(ctx)))) return local;
  return ensureMicromamba(ctx);
}
