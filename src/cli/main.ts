// The swrt CLI: swcli's runtime verbs over the same core as the action. Thin: argv -> pipeline -> stdout/exit code.
import { Command } from 'commander';
import { registerBuild } from './commands/build.js';
import { registerValidate } from './commands/validate.js';

// Each verb lives in ./commands/<verb>.ts and registers itself here.
const VERBS: ((program: Command) => void)[] = [registerBuild, registerValidate];

export function buildProgram(): Command {
  const program = new Command('swrt')
    .description('Build, cache and share Starwhale-compatible Python/CUDA runtimes from runtime.yaml')
    .version(process.env.SWRT_VERSION_OVERRIDE ?? '0.1.0')
    .option('--debug', 'print stack traces and debug logs')
    .option('-v, --verbose', 'print subprocess output')
    .option('-q, --quiet', 'print only warnings and errors')
    .showHelpAfterError()
    .configureOutput({ outputError: (str, write) => write(str) });
  for (const register of VERBS) register(program);
  return program;
}

await buildProgram().parseAsync(process.argv);
