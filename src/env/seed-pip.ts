// Creates a pip venv without running ensurepip: `python -m venv --without-pip`, then the wheels the
// interpreter bundles for ensurepip (pip, and setuptools up to 3.11) unzipped into site-packages,
// with bin/pip, pip3 and pip3.X written as pip's own installer would. ensurepip installs the same
// wheels by running pip, which compiles every module it installs: seconds, where unzipping takes
// a fraction of one. Interpreters whose ensurepip carries no wheels (Debian's system Python keeps
// them elsewhere) fall back to ensurepip itself.
import { join } from 'node:path';
import { exec } from '../util/exec.js';
import type { Log } from '../util/log.js';

const envPython = (envDir: string) => join(envDir, 'bin', 'python');

/** Exit code of SEED_PY when the interpreter bundles no pip wheel. */
const NO_BUNDLED_PIP = 3;

const SEED_PY = `
import glob, os, sys, sysconfig, zipfile, ensurepip
bundled = sorted(glob.glob(os.path.join(os.path.dirname(ensurepip.__file__), "_bundled", "*.whl")))
if not any(os.path.basename(w).startswith("pip-") for w in bundled):
    sys.exit(${NO_BUNDLED_PIP})
paths = sysconfig.get_paths()
for w in bundled:
    with zipfile.ZipFile(w) as z:
        z.extractall(paths["purelib"])
for d in glob.glob(os.path.join(paths["purelib"], "*.dist-info")):
    with open(os.path.join(d, "INSTALLER"), "w") as f:
        f.write("pip\\n")
script = "#!%s\\n# -*- coding: utf-8 -*-\\nimport re\\nimport sys\\nfrom pip._internal.cli.main import main\\nif __name__ == '__main__':\\n    sys.argv[0] = re.sub(r'(-script\\\\.pyw|\\\\.exe)?$', '', sys.argv[0])\\n    sys.exit(main())\\n" % sys.executable
for name in ("pip", "pip3", "pip%d.%d" % sys.version_info[:2]):
    p = os.path.join(paths["scripts"], name)
    with open(p, "w") as f:
        f.write(script)
    os.chmod(p, 0o755)
`;

/** Seeds pip (and the setuptools older interpreters bundle) into the venv at envDir from the interpreter's own wheels. */
export async function seedBundledPip(envDir: string, log: Log): Promise<void> {
  const r = await exec(envPython(envDir), ['-I', '-c', SEED_PY], { log, allowFailure: true });
  if (r.code === 0) return;
  if (r.code !== NO_BUNDLED_PIP) throw new Error(`seeding pip into ${envDir} failed: ${r.stderr.trim().split('\n').slice(-3).join(' ')}`);
  await exec(envPython(envDir), ['-m', 'ensurepip', '--default-pip'], { log });
}

/** A pip venv: `python -m venv` without its ensurepip step, seeded from the bundled wheels. */
export async function createPipVenv(python: string, envDir: string, log: Log): Promise<void> {
  await exec(python, ['-m', 'venv', '--without-pip', envDir], { log });
  await seedBundledPip(envDir, log);
}
