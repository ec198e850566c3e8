// The unmodified @actions/* libraries run in the test process against the fake results service:
// registers beforeAll/afterAll that start it, point the runner variables (results URL, token,
// GITHUB_WORKSPACE, RUNNER_TEMP) at it and a fresh root, chdir into the workspace, and undo it all.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startResultsService, type ResultsService } from './fake-results-service.js';

export interface InProcessService {
  /** The running service (valid inside tests). */
  readonly svc: ResultsService;
  /** The temp root holding ws/ (the workspace and cwd) and temp/ (RUNNER_TEMP). */
  readonly root: string;
}

export function useResultsServiceInProcess(prefix: string): InProcessService {
  const saved = { ...process.env };
  const cwd = process.cwd();
  const state = {} as { svc: ResultsService; root: string };
  beforeAll(async () => {
    state.svc = await startResultsService();
    state.root = mkdtempSync(join(tmpdir(), prefix));
    for (const d of ['ws', 'temp']) mkdirSync(join(state.root, d));
    Object.assign(process.env, state.svc.env(), { GITHUB_WORKSPACE: join(state.root, 'ws'), RUNNER_TEMP: join(state.root, 'temp') });
    delete process.env.ACTIONS_CACHE_URL;
    delete process.env.GITHUB_RETENTION_DAYS;
    process.chdir(join(state.root, 'ws'));
  });
  afterAll(async () => {
    process.chdir(cwd);
    process.env = saved;
    await state.svc?.close();
    rmSync(state.root, { recursive: true, force: true });
  });
  return {
    get svc() {
      return state.svc;
    },
    get root() {
      return state.root;
    },
  };
}
