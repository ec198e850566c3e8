// Action entry point (runs: main). Thin: inputs -> pipeline -> outputs.
import { runMain } from './run.js';

await runMain();
