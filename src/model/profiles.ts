/**
 * Which governance profile an assessment's model asks for: the model's own
 * `profile` section when it has one, else a shared profile named for the
 * model in `SHARED_PROFILES` (the published 1.1.0 default models are pinned
 * by their SHA-256 and cannot gain a section, so their profile is kept apart
 * in `assessments/profiles/`), else none.
 */
import type { MaturityModel, Profile, ProfileItem } from './schema.ts';

/** Model id → the shared profile file (`assessments/profiles/<name>.json`) that serves it. */
export const SHARED_PROFILES: Readonly<Record<string, string>> = {
  'ict-governance': 'un-system-profile',
  'ict-governance-quick': 'un-system-profile',
};

/** The name of the shared profile for a model id, if there is one. */
export function sharedProfileName(modelId: string): string | undefined {
  return Object.hasOwn(SHARED_PROFILES, modelId) ? SHARED_PROFILES[modelId] : undefined;
}

/** The profile an assessment of `model` is asked: its own, else its shared one from `shared` (name → profile), else undefined. */
export function profileOf(model: Pick<MaturityModel, 'id' | 'profile'>, shared: Readonly<Record<string, Profile>>): Profile | undefined {
  if (model.profile) return model.profile;
  const name = sharedProfileName(model.id);
  return name !== undefined && Object.hasOwn(shared, name) ? shared[name] : undefined;
}

/** Every item of a profile, in order. */
export function profileItems(profile: Profile | undefined): ProfileItem[] {
  return profile ? profile.sections.flatMap((section) => section.items) : [];
}
