// Provides uv: a `uv` already on PATH when it is the version asked for, else the wheel, installed
// once into a tool venv under the tool cache and reused. The wheel's sources, in order: the uv
// mirror when one is given (uv-mirror / SWRT_UV_MIRROR: an index URL or a directory of wheels),
// then the runtime's package index, then PyPI when no mirror was given. Any source is safe: pip
// downloads with --require-hashes against the sha256 of the pinned release's wheels on PyPI
// (uv-wheels.ts), or against SWRT_UV_SHA256 for another `uv-version`; without a digest to check,
// another version is not installed from an index. A source that serves other bytes under uv's
// name stops the install (that is an alarm, not a miss); a source without uv passes to the next.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { UserError } from '../util/errors.js';
import { exec, onPath } from '../util/exec.js';
import { quietLog, type Log } from '../util/log.js';
import { indexCredentials, pipArgs, stripCredentials, type PipOptions } from '../plan/pip-options.js';
import { fileSha256Sync } from '../util/hash.js';
import { distrust, installCached, readMarker, type Provenance, type ToolCacheEntry } from './tool-cache.js';
import { UV_WHEELS } from './uv-wheels.js';

/** The uv release we test against; `uv-version` overrides it. */
export const UV_PINNED = '0.13.9';
export const UV_TOOL = 'swrt-uv';
/** sha256 of the uv wheel(s) to accept for a `uv-version` other than the pinned one (comma or space separated). */
export const UV_SHA256_ENV = 'SWRT_UV_SHA256';
/** Where uv itself comes from, independent of the runtime's index: a PEP 503 index URL or a directory of wheels. */
export const UV_MIRROR_ENV = 'SWRT_UV_MIRROR';
export const UV_DEFAULT_MIRROR = 'https://pypi.org/simple';

/** No source had a uv wheel to install (unreachable, or without uv): `installer: auto` may build with pip instead. */
export class UvUnavailable extends UserError {}

export interface UvContext {
  log: Log;
  /** A python (>=3.8) to host the tool venv. */
  python: string;
  /** Root of our tool cache (RUNNER_TOOL_CACHE or ~/.cache/swrt/tools). */
  toolDir: string;
  pip: PipOptions;
  /** uv-mirror: a package index URL or a directory of wheels for uv only (default SWRT_UV_MIRROR, else PyPI after the runtime's index). */
  mirror?: string;
  env?: NodeJS.ProcessEnv;
}

export interface UvTool {
  path: string;
  version: string;
  source: 'path' | 'tool-cache' | 'installed';
}

/** What a uv install of `version` is checked against: wheel digests, and (pinned) the executables inside them. */
interface UvDigests {
  wheels: string[];
  exes?: string[];
  against: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

async function versionOf(uv: string, log: Log): Promise<string | undefined> {
  const r = await exec(uv, ['--version'], { log: quietLog(log), allowFailure: true }).catch(() => undefined);
  return r && r.code === 0 ? r.stdout.trim().split(/\s+/)[1] : undefined;
}

function uvDigests(version: string, env: NodeJS.ProcessEnv): UvDigests {
  const pinned = UV_WHEELS[version];
  if (pinned) return { wheels: pinned.map((w) => w.sha256), exes: pinned.map((w) => w.exeSha256), against: `the sha256 of the uv ${version} wheels on PyPI, pinned in this release` };
  const given = (env[UV_SHA256_ENV] ?? '').toLowerCase().split(/[\s,]+/).filter(Boolean);
  const bad = given.filter((h) => !HEX64.test(h));
  if (bad.length) throw new UserError(`${UV_SHA256_ENV} holds something that is not a sha256 (64 hex digits): ${bad.join(', ')}`);
  if (!given.length) {
    throw new UserError(`uv ${version} is not the pinned uv ${UV_PINNED}, and there is no sha256 to check its wheel against`, {
      hint: `leave uv-version empty for ${UV_PINNED}, put uv ${version} on PATH, or set ${UV_SHA256_ENV} to the sha256 of its wheel(s) on PyPI`,
    });
  }
  return { wheels: given, against: UV_SHA256_ENV };
}

/** Why the cached entry cannot be used (undefined: it can). Never runs anything in it. */
function distrustUv(entry: ToolCacheEntry, d: UvDigests): string | undefined {
  const why = distrust(entry, d.wheels);
  if (why) return why;
  const exe = readMarker(entry)?.files?.['bin/uv'];
  if (!exe) return 'its marker does not name the uv executable';
  if (d.exes && !d.exes.includes(exe)) return 'its uv executable is not one from the pinned wheels';
  return undefined;
}

/** What finding uv needs: no interpreter, as only installing it runs pip. */
export type UvLookup = Pick<UvContext, 'log' | 'toolDir' | 'env'>;

function uvEntry(want: string, toolDir: string, env: NodeJS.ProcessEnv) {
  const entry: ToolCacheEntry = { root: toolDir, tool: UV_TOOL, version: want, arch: process.arch };
  const home = join(toolDir, UV_TOOL, want, process.arch);
  return { entry, home, bin: join(home, 'bin', 'uv'), digests: uvDigests(want, env) };
}

/** uv ready to use: on PATH at the wanted version, or in the tool cache and still what was verified; undefined: installUv. */
export async function findUv(version: string, ctx: UvLookup): Promise<UvTool | undefined> {
  const want = version || UV_PINNED;
  const env = ctx.env ?? process.env;
  const found = onPath('uv', env);
  if (found && (await versionOf(found, ctx.log)) === want) return { path: found, version: want, source: 'path' };
  const { entry, bin, digests } = uvEntry(want, ctx.toolDir, env);
  return distrustUv(entry, digests) ? undefined : { path: bin, version: want, source: 'tool-cache' };
}

/** Installs uv into the tool cache: pip, in the interpreter `ctx.python`, fetches the pinned wheel. */
export async function installUv(version: string, ctx: UvContext): Promise<UvTool> {
  const want = version || UV_PINNED;
  const env = ctx.env ?? process.env;
  const { entry, home, bin, digests } = uvEntry(want, ctx.toolDir, env);
  const why = distrustUv(entry, digests);
  if (!why) return { path: bin, version: want, source: 'tool-cache' };
  if (why !== 'no entry') ctx.log.warn(`the cached uv ${want} at ${home} is not used: ${why}; reinstalling it`);

  // Install into a private temp dir and rename it into place: parallel builds (matrix legs sharing a
  // tool cache, parallel test workers) never see a half-installed uv, and the first rename wins.
  try {
    await installCached(entry, async (tmp) => fillUv(tmp, want, digests, uvSources(ctx, env), ctx));
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`could not install uv ${want}`, { hint: 'set installer: pip, put uv on PATH, or check the uv-mirror and index settings', cause: e });
  }
  // A parallel build may have won the rename: theirs passed the same checks.
  const after = distrustUv(entry, digests);
  if (after) throw new UserError(`the uv ${want} just installed at ${home} does not check out: ${after}`);
  return { path: bin, version: want, source: 'installed' };
}

export async function ensureUv(version: string, ctx: UvContext): Promise<UvTool> {
  return (await findUv(version, ctx)) ?? installUv(version, ctx);
}

interface UvSource {
  /** Where, without credentials, and which setting names it. */
  label: string;
  args: string[];
  secrets: string[];
}

/** pip arguments for the uv mirror: a directory (or file: URL) is a find-links source, a URL an index. */
function mirrorSource(mirror: string, given: boolean, pip: PipOptions): UvSource {
  const patience = ['--timeout', String(Math.min(pip.timeout, 30)), '--retries', String(Math.min(pip.retries, 2))];
  const setting = given ? 'uv-mirror' : 'PyPI, the default uv-mirror';
  if (mirror.startsWith('file:') || isAbsolute(mirror) || !/^[a-z][a-z0-9+.-]*:\/\//i.test(mirror)) {
    const dir = mirror.startsWith('file:') ? mirror : resolve(mirror);
    return { label: `${dir} (${setting})`, args: [...patience, '--no-index', '--find-links', dir], secrets: [] };
  }
  const o: PipOptions = { indexUrl: mirror, extraIndexUrls: [], trustedHosts: [], timeout: pip.timeout, retries: pip.retries };
  const trusted = mirror.startsWith('http:') ? ['--trusted-host', new URL(mirror).hostname] : [];
  return { label: `${stripCredentials(mirror)} (${setting})`, args: [...patience, '--index-url', mirror, ...trusted], secrets: indexCredentials(o) };
}

/** The explicit mirror first, then the runtime's index; without a mirror, the runtime's index, then PyPI. */
function uvSources(ctx: UvContext, env: NodeJS.ProcessEnv): UvSource[] {
  const given = (ctx.mirror || env[UV_MIRROR_ENV] || '').trim();
  const mirror = mirrorSource(given || UV_DEFAULT_MIRROR, Boolean(given), ctx.pip);
  const where = ctx.pip.indexUrl || ctx.pip.extraIndexUrls[0];
  const runtime = { label: `${where ? stripCredentials(where) : "pip's default index"} (the runtime's index)`, args: pipArgs(ctx.pip), secrets: indexCredentials(ctx.pip) };
  return given ? [mirror, runtime] : [runtime, mirror];
}

const UNREACHABLE = /NewConnectionError|ConnectTimeout|Failed to establish|Max retries exceeded|Name or service not known|Temporary failure in name resolution|Network is unreachable|No route to host|Connection refused/;

/** pip downloads the wheel from the first source that has it, checked against `d.wheels`, then installs that file into a venv at `tmp`. */
async function fillUv(tmp: string, want: string, d: UvDigests, sources: UvSource[], ctx: UvContext): Promise<Provenance> {
  const dl = `${tmp}.dl-${randomBytes(4).toString('hex')}`;
  mkdirSync(dl);
  try {
    const req = join(dl, 'requirements.txt');
    writeFileSync(req, `uv==${want} ${d.wheels.map((h) => `--hash=sha256:${h}`).join(' ')}\n`);
    const common = ['--disable-pip-version-check', '--no-input', '--no-deps', '--only-binary', ':all:'];
    const misses: string[] = [];
    for (const src of sources) {
      const r = await exec(ctx.python, ['-m', 'pip', 'download', ...common, '--require-hashes', ...src.args, '-d', join(dl, 'wheels'), '-r', req], {
        log: ctx.log,
        secrets: src.secrets,
        allowFailure: true,
      });
      if (r.code === 0) break;
      if (/DO NOT MATCH THE HASHES/.test(r.stderr)) {
        throw new UserError(`could not install uv ${want} from ${src.label}: it serves a uv ${want} wheel that is not one of ${d.against}`, {
          hint: "that source serves a different file under uv's name (see pip's hash report above); fix or leave out that source, or set uv-mirror to one that serves PyPI's wheels",
        });
      }
      misses.push(`${src.label}: ${UNREACHABLE.test(r.stderr) ? 'unreachable' : `no uv ${want} wheel for this platform`}`);
      if (misses.length === sources.length) {
        throw new UvUnavailable(`could not install uv ${want} from the package index or the uv mirror (${misses.join('; ')})`, {
          hint: `set uv-mirror (SWRT_UV_MIRROR, --uv-mirror) to a package index or a directory of wheels that has uv ${want}, or put uv ${want} on PATH`,
        });
      }
    }
    const wheels = readdirSync(join(dl, 'wheels')).filter((f) => f.endsWith('.whl'));
    const wheel = wheels.length === 1 ? join(dl, 'wheels', wheels[0]!) : undefined;
    const sha = wheel ? fileSha256Sync(wheel) : '';
    if (!wheel || !d.wheels.includes(sha)) throw new UserError(`pip fetched uv ${want} but the wheel is not one of ${d.against}`);
    await exec(ctx.python, ['-m', 'venv', tmp], { log: ctx.log });
    await exec(join(tmp, 'bin', 'python'), ['-m', 'pip', 'install', ...common, '--no-index', wheel], { log: ctx.log });
    const bin = join(tmp, 'bin', 'uv');
    const exe = fileSha256Sync(bin);
    if (d.exes && !d.exes.includes(exe)) throw new UserError(`the uv executable installed from ${wheels[0]} is not the one in the pinned wheel`);
    // The tool venv's scripts point at the temp path; bin/uv is a static binary and does not care.
    const got = await versionOf(bin, ctx.log);
    if (got !== want) throw new UserError(`installed uv reports version ${got ?? 'nothing'}, expected ${want}`);
    return { sha256: [sha], against: d.against, files: { 'bin/uv': exe } };
  } finally {
    rmSync(dl, { recursive: true, force: true });
  }
}
