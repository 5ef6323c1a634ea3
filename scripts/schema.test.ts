import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { MODEL_SCHEMA_FILE, RESULT_SCHEMA_FILE, modelJsonSchema, resultJsonSchema } from './lib/model-json-schema.ts';

it('the committed JSON Schema matches the zod schema (run `npm run schema` when this fails)', () => {
  expect(readFileSync(MODEL_SCHEMA_FILE, 'utf8')).toBe(modelJsonSchema());
});

it('the committed result-file JSON Schema matches the zod schema', () => {
  expect(readFileSync(RESULT_SCHEMA_FILE, 'utf8')).toBe(resultJsonSchema());
});

it('the JSON Schema describes the model format', () => {
  const schema = JSON.parse(modelJsonSchema());
  expect(schema.required).toEqual(expect.arrayContaining(['format', 'formatVersion', 'id', 'version', 'scale', 'domains']));
  expect(schema.additionalProperties).toBe(false);
});
