// swcli's last restore step (docs/starwhale-compat.md: Restore order): starwhale itself goes into the
// restored env, at the manifest's environment.lock.starwhale_version (a version or a git+ URL), unless
// the env has it already, so `swcli model run --runtime` finds bin/swcli there.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CRAFTED_HINT } from '../archive/tar-scan.js';
import { errorMessage, UserError } from '../util/errors.js';
import type { Log } from '../util/log.js';
import { STARWHALE_COMPAT_VERSION, STARWHALE_VERSION_RE } from './lock.js';

/**
 * The requirement swcli installs for a recorded starwhale_version: `starwhale==V`, the git+ URL as
 * it is, or our target version when none is recorded. The value comes from an untrusted manifest
 * and becomes an installer argument, so anything else (an option, a path, a space) is refused.
 */
export function starwhaleRequirement(recorded: unknown): string {
  const v = typeof recorded === 'string' ? recorded.trim() : '';
  if (v === '') return `starwhale==${STARWHALE_COMPAT_VERSION}`;
  if (!STARWHALE_VERSION_RE.test(v)) {
    throw new UserError(`the bundle's environment.lock.starwhale_version "${v.slice(0, 80)}" is neither a version nor a git+ URL`, { hint: CRAFTED_HINT });
  }
  return v.startsWith('git+') ? v : `starwhale==${v}`;
}

function siteEntries(envDir: string): string[] {
  const lib = join(envDir, 'lib');
  if (!existsSync(lib)) return [];
  const out: string[] = [];
  for (const py of readdirSync(lib)) {
    const site = join(lib, py, 'site-packages');
    if (/^python\d+\.\d+$/.test(py) && existsSync(site)) out.push(...readdirSync(site));
  }
  return out;
}

/** Whether some site-packages of the env holds a starwhale distribution (swcli skips the install then). */
export function hasStarwhale(envDir: string): boolean {
  return siteEntries(envDir).some((e) => /^starwhale-[^-]+\.(dist|egg)-info$/i.test(e));
}

/**
 * What goes in with starwhale: starwhale 0.6.x imports pkg_resources without asking for setuptools,
 * which setuptools 82 no longer ships. swcli's envs are seeded with a setuptools that has it; an env
 * made by uv (or Python 3.12+ venv) has none, and pip would pull the newest through a dependency.
 */
export function starwhaleInstallArgs(envDir: string, req: string): string[] {
  return siteEntries(envDir).includes('pkg_resources') ? [req] : [req, 'setuptools<82'];
}

/**
 * swcli's step: starwhale (`req`) into the env unless it is there, with `install` (the env's pip, or
 * the installer that made it). A failure is one line naming the installer's last word.
 */
export async function installStarwhale(envDir: string, req: string, install: (args: string[]) => Promise<unknown>, log: Log): Promise<void> {
  if (hasStarwhale(envDir)) {
    log.info(`starwhale is already in ${envDir}`);
    return;
  }
  await log.group(`Install ${req}`, async () => {
    try {
      await install(starwhaleInstallArgs(envDir, req));
    } catch (e) {
      // exec's error ends with the installer's own (masked) last lines, e.g. no matching distribution.
      const lines = errorMessage(e).split('\n').map((l) => l.trim()).filter(Boolean);
      throw new UserError(`could not install ${req} into the restored env: ${lines[lines.length - 1] ?? 'the installer failed'}`, {
        hint: "swcli needs starwhale in the env; serve it from the runtime's index (configs.pip / SW_PYPI_INDEX_URL), or pass --no-starwhale",
      });
    }
  });
}
