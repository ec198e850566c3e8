// A runtime project on disk plus the isolated environment the CLI runs in: its own store, the
// shared tool cache (uv is installed there once from the local index), no user pip config.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FIXTURE_CACHE } from './pypi-index.js';

export function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'swrt-proj-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

/** Environment for a CLI run: a fresh store, the shared tool cache, the local index for uv itself. */
export function cliEnv(indexUrl: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    SW_LOCAL_STORAGE: mkdtempSync(join(tmpdir(), 'swrt-store-')),
    SWRT_CACHE_DIR: mkdtempSync(join(tmpdir(), 'swrt-cache-')),
    RUNNER_TOOL_CACHE: join(FIXTURE_CACHE, 'tools'),
    UV_CACHE_DIR: join(FIXTURE_CACHE, 'uv-cache'),
    PYENV_ROOT: process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'),
    PIP_CONFIG_FILE: '/dev/null',
    UV_NO_CONFIG: '1',
    SW_PYPI_INDEX_URL: indexUrl,
    SOURCE_DATE_EPOCH: '1700000000',
    ...extra,
  };
}
