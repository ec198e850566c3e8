// The swcli-style store verbs on what swrt build made: list, info, tag, remove, recover, extract.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { CACHED_WHEELS, hasUvWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { cliEnv, project } from '../helpers/workspace.js';
import { skipUnless } from '../helpers/skip.js';

const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
beforeAll(async () => {
  index = await startIndex([CACHED_WHEELS]);
});
afterAll(() => index?.close());

maybe('store verbs', () => {
  it('list, info, tag, remove, recover and extract work on a built runtime', async () => {
    const env = cliEnv(index.url);
    const cli = async (...args: string[]) => {
      const r = await runCli(args, { env });
      if (r.code !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout;
    };
    const built = JSON.parse(await cli('build', project({ 'runtime.yaml': 'name: store-rt\n' }), '--json'));
    const v: string = built.version;

    expect(JSON.parse(await cli('list', '--json')).map((r: any) => [r.name, r.version, r.tags])).toEqual([['store-rt', v, ['latest', 'v0']]]);
    expect(JSON.parse(await cli('info', 'store-rt', '--json')).manifest.version).toBe(v);
    expect(JSON.parse(await cli('info', `store-rt/version/${v.slice(0, 6)}`, '--json')).version).toBe(v);

    expect(JSON.parse(await cli('tag', 'store-rt', 'prod', 'blue', '--json')).tags).toEqual(['blue', 'latest', 'prod', 'v0']);
    expect(JSON.parse(await cli('info', 'store-rt/prod', '--json')).version).toBe(v);
    expect(JSON.parse(await cli('tag', 'store-rt', 'blue', '--remove', '--json')).tags).toEqual(['latest', 'prod', 'v0']);
    const reserved = await runCli(['tag', 'store-rt', 'v7'], { env });
    expect(reserved.code).toBe(1);
    expect(reserved.stderr).toContain('tag "v7" is reserved');

    const extracted = JSON.parse(await cli('extract', `local/project/self/runtime/store-rt/version/${v}`, '--json'));
    expect(existsSync(join(extracted.workdir, '_manifest.yaml'))).toBe(true);

    await cli('remove', `store-rt/version/${v}`);
    expect(JSON.parse(await cli('list', '--json'))).toEqual([]);
    expect(JSON.parse(await cli('list', '--sr', '--json')).map((r: any) => [r.version, r.removed, r.tags])).toEqual([[v, true, ['latest', 'prod', 'v0']]]);
    expect(existsSync(built.bundle)).toBe(false);
    const removedLatest = await runCli(['info', 'store-rt'], { env });
    expect(removedLatest.stderr).toContain('which was removed');
    const recovered = JSON.parse(await cli('recover', 'store-rt', '--json'));
    expect([recovered.version, recovered.tags]).toEqual([v, ['latest', 'prod', 'v0']]);
    expect(existsSync(built.bundle)).toBe(true);
    await cli('remove', 'store-rt/prod');
    expect(JSON.parse(await cli('recover', `store-rt/version/${v}`, '--json')).tags).toEqual(['latest', 'prod', 'v0']);

    await cli('remove', `store-rt/version/${v}`, '--force');
    expect(JSON.parse(await cli('list', '--sr', '--json'))).toEqual([]);
    const gone = await runCli(['info', 'store-rt'], { env });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/^error: runtime store-rt not found/);
  });
});
