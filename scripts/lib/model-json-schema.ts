import * as z from 'zod/mini';
import { ResultFileSchema } from '../../src/exchange/result-file.ts';
import { MaturityModelSchema } from '../../src/model/schema.ts';
import { ProfileFileSchema } from '../../src/model/profile-file.ts';

export const MODEL_SCHEMA_FILE = 'assessments/schema/maturity-model.schema.json';
export const RESULT_SCHEMA_FILE = 'assessments/schema/result-file.schema.json';
export const PROFILE_SCHEMA_FILE = 'assessments/schema/profile.schema.json';

/** The JSON Schema of a profile file (`assessments/profiles/*.json`): a model's `profile` section on its own. */
export function profileJsonSchema(): string {
  const schema = z.toJSONSchema(ProfileFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://ict-governance-self-assessment.invalid/schema/profile.schema.json',
      title: 'ICT governance profile (the profile section of a maturity model, on its own)',
    },
    null,
    2,
  )}\n`;
}

/** The JSON Schema of a model file, generated from the zod schema (never written by hand). */
export function modelJsonSchema(): string {
  const schema = z.toJSONSchema(MaturityModelSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://ict-governance-self-assessment.invalid/schema/maturity-model.schema.json',
      title: 'ICT governance maturity model (format v1)',
    },
    null,
    2,
  )}\n`;
}

/** The JSON Schema of a result file, generated from its zod schema. */
export function resultJsonSchema(): string {
  const schema = z.toJSONSchema(ResultFileSchema, { io: 'input', target: 'draft-2020-12' }) as unknown as { properties: { model: { properties: Record<string, unknown> } } };
  // The embedded model is checked on its own (see checkResultFile): here, a reference to the model format.
  schema.properties.model.properties.definition = {
    $ref: './maturity-model.schema.json',
    description: 'The model file exactly as published, only for a model the receiver cannot know; its RFC 8785 SHA-256 is model.sha256.',
  };
  return `${JSON.stringify(
    {
      ...schema,
      $id: 'https://ict-governance-self-assessment.invalid/schema/result-file.schema.json',
      title: 'ICT governance self-assessment result file (format v2; format v1 is still read)',
    },
    null,
    2,
  )}\n`;
}
