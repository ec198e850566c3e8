// Action entry point (runs: main). Thin: inputs -> pipeline -> outputs.
import { runMain } from '../github/run.js';

await runMain();
