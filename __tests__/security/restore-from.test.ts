// A bundle that restore-from brings in is not the workflow author's runtime.yaml: its `commands:`
// do not run in the action unless SW_RUNTIME_FORCE_RUN_COMMAND=1 asks for them, as swcli's restore.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../harness/run-action.js';
import { CACHED_WHEELS, hasUvWheel, makeWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'swrt-rfcmd-'));
  mkdirSync(join(root, 'wheels'));
  makeWheel(join(root, 'wheels'), 'alpha', '1.0.0');
  index = await startIndex([join(root, 'wheels'), CACHED_WHEELS]);
});
afterAll(async () => {
  await index?.close();
  rmSync(root, { recursive: true, force: true });
});

maybe('restore-from and a bundle with commands', () => {
  it('does not run them by default; SW_RUNTIME_FORCE_RUN_COMMAND=1 does', async () => {
    const pwned = join(root, 'pwned');
    const ws = join(root, 'build');
    mkdirSync(ws);
    writeFileSync(join(ws, 'runtime.yaml'), `name: cmd-rt\nenvironment:\n  python: "3.11"\ndependencies:\n  - pip: [alpha==1.0.0]\n  - commands: ["touch ${pwned}"]\n`);
    const build = await runAction({ entry: 'main', workspace: ws, inputs: { cache: 'false', 'run-commands': 'false' }, env: cliEnv(index.url) });
    expect(build.code).toBe(0);
    expect(existsSync(pwned)).toBe(false);

    const down = join(root, 'down');
    mkdirSync(down);
    execFileSync('cp', [build.outputs['bundle-path']!, join(down, 'rt.swrt')]);
    const quiet = await runAction({ entry: 'main', workspace: down, inputs: { cache: 'false', 'restore-from': 'path:rt.swrt', 'install-starwhale': 'false' }, env: cliEnv(index.url) });
    expect(quiet.code).toBe(0);
    expect(existsSync(pwned)).toBe(false);

    const asked = await runAction({
      entry: 'main',
      workspace: down,
      inputs: { cache: 'false', 'restore-from': 'path:rt.swrt', 'install-starwhale': 'false' },
      env: { ...cliEnv(index.url), SW_RUNTIME_FORCE_RUN_COMMAND: '1' },
    });
    expect(asked.code).toBe(0);
    expect(existsSync(pwned)).toBe(true);
  });
});
