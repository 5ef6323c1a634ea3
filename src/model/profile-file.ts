/**
 * A shared governance profile file (`assessments/profiles/*.json`): a
 * model's `profile` section on its own, for models that cannot carry one
 * (see `./profiles.ts`). Kept apart from `./validate.ts` so that the
 * questionnaire, which never reads such a file, does not load this.
 */
import * as z from 'zod/mini';
import { ProfileSchema, type Profile } from './schema.ts';
import { schemaProblemOf } from './schema-issues.ts';
import { checkProfile, formatPath, type ModelProblem } from './validate.ts';

export const ProfileFileSchema = z.strictObject({ $schema: z.optional(z.string()), profile: ProfileSchema });

export type ProfileCheck = { ok: true; profile: Profile } | { ok: false; problems: ModelProblem[] };

/** Validate untrusted JSON as a profile file (`{ "profile": … }`): shape, then meaning. */
export function parseProfileFile(json: unknown, defaultLanguage = 'en'): ProfileCheck {
  const parsed = ProfileFileSchema.safeParse(json);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), ...schemaProblemOf(issue) })) };
  }
  const problems = checkProfile(parsed.data.profile, defaultLanguage, ['profile']);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, profile: parsed.data.profile };
}
