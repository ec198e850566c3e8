// uv provisioning from the package index into the tool cache: once, reused, and safe when several
// builds (matrix legs on a shared runner, parallel test workers) provision it at the same time.
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolvePipOptions } from '../../src/plan/pip-options.js';
import { findPython } from '../../src/toolchain/python.js';
import { ensureUv, UV_PINNED } from '../../src/toolchain/uv.js';
import { MemoryLog } from '../../src/util/log.js';
import { CACHED_WHEELS, hasUvWheel, startIndex, type PackageIndex } from '../helpers/pypi-index.js';
import { skipUnless } from '../helpers/skip.js';

// The tests own the index: the machine's pip config (extra indexes, find-links) must not leak in.
process.env.PIP_CONFIG_FILE = '/dev/null';
const maybe = skipUnless(hasUvWheel(), 'no uv wheel in __tests__/.fixture-cache (scripts/ci-fixtures.sh could not fetch it)');
let index: PackageIndex;
beforeAll(async () => {
  index = await startIndex([CACHED_WHEELS]);
});
afterAll(() => index?.close());

maybe('ensureUv', () => {
  it('installs the pinned uv once, even when two builds ask at the same time, then reuses it', async () => {
    const log = new MemoryLog();
    const python = (await findPython({ version: '3.11' }, { log })).path;
    const toolDir = mkdtempSync(join(tmpdir(), 'swrt-tools-'));
    const pip = resolvePipOptions({ index_url: index.url, extra_index_url: [''], trusted_host: [''] }, {});
    const ctx = { log, python, toolDir, pip, env: { PATH: '/usr/bin:/bin' } };
    const [a, b] = await Promise.all([ensureUv('', ctx), ensureUv('', ctx)]);
    expect(a.path).toBe(b.path);
    expect(a.version).toBe(UV_PINNED);
    expect(existsSync(a.path)).toBe(true);
    expect(readdirSync(join(toolDir, 'swrt-uv', UV_PINNED)).sort()).toEqual([process.arch, `${process.arch}.complete`].sort());
    const requests = index.requests.length;
    const again = await ensureUv('', ctx);
    expect(again).toEqual({ path: a.path, version: UV_PINNED, source: 'tool-cache' });
    expect(index.requests.length).toBe(requests);
  });

  it('names the version and what to do when the index does not have it', async () => {
    const log = new MemoryLog();
    const python = (await findPython({ version: '3.11' }, { log })).path;
    const toolDir = mkdtempSync(join(tmpdir(), 'swrt-tools-'));
    const pip = resolvePipOptions({ index_url: index.url, extra_index_url: [''], trusted_host: [''] }, {});
    // Another version than the pinned one needs its wheel's sha256 before an index is asked.
    await expect(ensureUv('0.0.1', { log, python, toolDir, pip, env: { PATH: '/usr/bin:/bin' } })).rejects.toThrow(/uv 0\.0\.1 is not the pinned uv .* no sha256/);
    await expect(ensureUv('0.0.1', { log, python, toolDir, pip, env: { PATH: '/usr/bin:/bin', SWRT_UV_SHA256: 'a'.repeat(64), SWRT_UV_MIRROR: index.url } })).rejects.toThrow('could not install uv 0.0.1 from the package index');
    const left = join(toolDir, 'swrt-uv', '0.0.1');
    expect(existsSync(left) ? readdirSync(left) : []).toEqual([]);
  });
});
