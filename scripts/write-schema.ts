// Writes schema/runtime.schema.json and the precompiled shape validator from src/spec/schema.ts (run by `npm run build`).
import { writeFileSync } from 'node:fs';
import { RUNTIME_SCHEMA } from '../src/spec/schema.js';
import { SHAPE_VALIDATOR_PATH, shapeValidatorSource } from './shape-validator.js';

writeFileSync('schema/runtime.schema.json', `${JSON.stringify(RUNTIME_SCHEMA, null, 2)}\n`);
writeFileSync(SHAPE_VALIDATOR_PATH, shapeValidatorSource());
