// Writes schema/runtime.schema.json from src/spec/schema.ts (run by `npm run build`).
import { writeFileSync } from 'node:fs';
import { RUNTIME_SCHEMA } from '../src/spec/schema.js';

writeFileSync('schema/runtime.schema.json', `${JSON.stringify(RUNTIME_SCHEMA, null, 2)}\n`);
