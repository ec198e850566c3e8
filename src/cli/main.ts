// The swrt CLI: swcli's runtime verbs over the same core as the action. Thin: argv -> pipeline -> stdout/exit code.
// Every run starts a fresh node, so start-up is paid per command: this module and the verbs'
// registrations stay light, and each verb imports what it runs when it runs (see scripts/build.mjs).
import { Command } from 'commander';
import { enablePrivateCompileCache } from '../util/compile-cache.js';
import { registerActivate } from './commands/activate.js';
import { registerBuild } from './commands/build.js';
import { registerCache } from './commands/cache.js';
import { registerCopy } from './commands/copy.js';
import { registerDockerize } from './commands/dockerize.js';
import { registerExport } from './commands/export.js';
import { registerExtract } from './commands/extract.js';
import { registerHistory } from './commands/history.js';
import { registerImage } from './commands/image.js';
import { registerInfo } from './commands/info.js';
import { registerList } from './commands/list.js';
import { registerLock } from './commands/lock.js';
import { registerRecover } from './commands/recover.js';
import { registerRemove } from './commands/remove.js';
import { registerRestore } from './commands/restore.js';
import { registerTag } from './commands/tag.js';
import { registerToolchain } from './commands/toolchain.js';
import { registerValidate } from './commands/validate.js';
import { SWRT_VERSION } from '../util/version.js';

// Each verb lives in ./commands/<verb>.ts and registers itself here.
const VERBS: ((program: Command) => void)[] = [
  registerBuild,
  registerValidate,
  registerList,
  registerInfo,
  registerHistory,
  registerTag,
  registerRemove,
  registerRecover,
  registerExtract,
  registerRestore,
  registerActivate,
  registerLock,
  registerToolchain,
  registerCopy,
  registerCache,
  registerDockerize,
  registerImage,
  registerExport,
];

export function buildProgram(): Command {
  const program = new Command('swrt')
    .description('Build, cache and share Starwhale-compatible Python/CUDA runtimes from runtime.yaml')
    .version(process.env.SWRT_VERSION_OVERRIDE ?? SWRT_VERSION)
    .option('--debug', 'print stack traces and debug logs')
    .option('-v, --verbose', 'print subprocess output')
    .option('-q, --quiet', 'print only warnings and errors')
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const register of VERBS) register(program);
  return program;
}

// Node >= 22.1: later runs skip compiling the chunks this one loaded (util/compile-cache.ts says where, and why not the temp dir).
enablePrivateCompileCache();
await buildProgram().parseAsync(process.argv);
