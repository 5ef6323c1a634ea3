/** `npm run schema`: writes the JSON Schemas in assessments/schema/ from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_SCHEMA_FILE, modelJsonSchema } from './lib/model-json-schema.ts';

mkdirSync(dirname(MODEL_SCHEMA_FILE), { recursive: true });
writeFileSync(MODEL_SCHEMA_FILE, modelJsonSchema());
console.log(`wrote ${MODEL_SCHEMA_FILE}`);
