/** `npm run schema`: writes the JSON Schemas in assessments/schema/ from the zod schemas. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MODEL_SCHEMA_FILE, PROFILE_SCHEMA_FILE, RESULT_SCHEMA_FILE, modelJsonSchema, profileJsonSchema, resultJsonSchema } from './lib/model-json-schema.ts';

mkdirSync(dirname(MODEL_SCHEMA_FILE), { recursive: true });
for (const [file, schema] of [
  [MODEL_SCHEMA_FILE, modelJsonSchema()],
  [RESULT_SCHEMA_FILE, resultJsonSchema()],
  [PROFILE_SCHEMA_FILE, profileJsonSchema()],
] as const) {
  writeFileSync(file, schema);
  console.log(`wrote ${file}`);
}
