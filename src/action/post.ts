// Action entry point (runs: post). Thin: saved state -> post-job work (cache saves after pruning).
import { runPost } from './run.js';

await runPost();
