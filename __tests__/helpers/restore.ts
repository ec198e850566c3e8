// The env restores as the pipeline calls them: the workdir's manifest read by the bundle layer,
// then handed to the backend. A missing or bad manifest rejects the returned promise, as before.
import { readWorkdirManifest } from '../../src/bundle/swrt.js';
import { restoreCondaEnv, type CondaRestoreOptions } from '../../src/conda/restore.js';
import { restoreEnv, type RestoreOptions } from '../../src/env/restore.js';

export const restoreVenvAt = async (workdir: string, opts: RestoreOptions) => restoreEnv(workdir, readWorkdirManifest(workdir), opts);
export const restoreCondaAt = async (workdir: string, opts: CondaRestoreOptions) => restoreCondaEnv(workdir, readWorkdirManifest(workdir), opts);
