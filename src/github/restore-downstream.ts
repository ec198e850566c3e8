// `restore-from`: instead of building, fetch a bundle a build job produced (artifact, Starwhale
// server, release asset or a path), verify it, provision its CUDA when it records one, restore its
// env (the packed env when present, else from the lock) and hand it to later steps.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readManifest } from '../bundle/swrt.js';
import { fileSha256 } from '../util/hash.js';
import { restore } from '../pipeline/restore.js';
import { downloadRuntime } from '../remote/copy.js';
import { parseRemoteUri } from '../remote/uri.js';
import { provisionToolchain, type Toolchain } from '../toolchain/provision.js';
import { interpreterVersion } from '../toolchain/python.js';
import { UserError } from '../util/errors.js';
import { isNoCuda } from '../spec/index.js';
import type { Log } from '../util/log.js';
import type { ActionInputs } from './inputs.js';
import { starwhaleClient } from './publish.js';
import { fetchRestoreSource, parseRestoreFrom, repoFromEnv } from './restore-from.js';

export interface Restored {
  name: string;
  version: string;
  bundle: string;
  sha256: string;
  envPath: string;
  python: { version: string; path: string };
  toolchain: Toolchain;
  fromPackedEnv: boolean;
  mode: string;
}

export async function restoreDownstream(inputs: ActionInputs, log: Log): Promise<Restored> {
  const src = parseRestoreFrom(inputs.restoreFrom);
  const destDir = join(process.env.RUNNER_TEMP || tmpdir(), 'swrt-restore');
  const file = await log.group(`Fetch ${inputs.restoreFrom}`, () =>
    fetchRestoreSource(src, {
      destDir,
      log,
      token: inputs.githubToken,
      repo: repoFromEnv(),
      fetchServer: async (uri, dir) => {
        const ref = parseRemoteUri(uri);
        if (!ref.name) throw new UserError(`restore-from server:${uri} names no runtime`, { hint: 'use server:http(s)://HOST/project/P/runtime/NAME[/version/V|TAG]' });
        const got = await downloadRuntime(starwhaleClient(ref, inputs, log), { project: ref.project, name: ref.name, version: ref.version, dest: (_n, v) => join(dir, `${v}.swrt`) }, log);
        return got.path;
      },
    }),
  );
  const manifest = await readManifest(file);
  const env = (manifest.environment ?? {}) as { cuda?: unknown; cudnn?: unknown };
  const noCuda = isNoCuda(inputs.cudaVersion);
  const cuda = noCuda ? '' : inputs.cudaVersion || (typeof env.cuda === 'string' ? env.cuda : '');
  const cudnn = noCuda ? '' : inputs.cudnnVersion || (typeof env.cudnn === 'string' ? env.cudnn : '');
  const toolchain = cuda
    ? await provisionToolchain({ cuda, cudnn, cudaComponents: inputs.cudaComponents, ldLibraryPath: inputs.cudaLdLibraryPath }, { log, cudaMirror: inputs.cudaMirror, pythonMirror: inputs.pythonMirror })
    : {};
  const restored = await restore({
    ref: file,
    installer: inputs.installer,
    condaTool: inputs.condaTool,
    condaMirror: inputs.condaMirror,
    // A bundle from elsewhere is not the workflow author's runtime.yaml: its commands run only when
    // asked for by name, as swcli's restore does.
    runCommands: process.env.SW_RUNTIME_FORCE_RUN_COMMAND === '1',
    log,
    env: { ...process.env, ...(toolchain.cuda?.env ?? {}) },
  });
  const pythonPath = join(restored.envDir, 'bin', 'python');
  return {
    name: String(manifest.name ?? ''),
    version: String(manifest.version ?? ''),
    bundle: file,
    sha256: await fileSha256(file),
    envPath: restored.envDir,
    python: { version: await interpreterVersion(pythonPath, log), path: pythonPath },
    toolchain,
    fromPackedEnv: restored.fromPackedEnv,
    mode: restored.mode,
  };
}
