/**
 * The shared governance profiles that ship with the app
 * (`assessments/profiles/*.json`, emitted as static files and precached like
 * the models, not bundled; listed by scripts/lib/models-index.ts), read from
 * the copy the build validated when its bytes are the build's
 * (src/model/checked-copy.ts), else validated when read; and the profile an
 * assessment's model asks for (`profileOf`).
 */
import { profileOf } from '../model/profiles.ts';
import type { MaturityModel, Profile } from '../model/schema.ts';
import { parseProfileFile } from '../model/profile-file.ts';
import { trustCheckedCopy } from '../model/checked-copy.ts';
import { ModelLoadError } from './models.ts';
import sharedProfiles from 'virtual:shipped-profiles';

/** The profile the build checked, when its copy arrives with the bytes the build wrote; else undefined (the file is validated instead). */
async function fetchCheckedProfile(checked: { url: string; sha256: string } | undefined): Promise<Profile | undefined> {
  if (!checked) return undefined;
  try {
    const response = await fetch(checked.url);
    return response.ok ? await trustCheckedCopy<Profile>(await response.arrayBuffer(), checked.sha256) : undefined;
  } catch {
    return undefined;
  }
}

let loading: Promise<Record<string, Profile>> | undefined;

/** Every shared profile by name (its file name without `.json`), loaded and validated once per page. */
export function loadSharedProfiles(): Promise<Record<string, Profile>> {
  loading ??= Promise.all(
    sharedProfiles.map(async ({ name, url, checked: copy }): Promise<[string, Profile]> => {
      const trusted = await fetchCheckedProfile(copy);
      if (trusted) return [name, trusted];
      const file = `${name}.json`;
      const response = await fetch(url);
      if (!response.ok) throw new ModelLoadError(file, [{ code: 'model.http', path: '$', params: { status: response.status } }]);
      const checked = parseProfileFile(await response.json());
      if (!checked.ok) throw new ModelLoadError(file, checked.problems);
      return [name, checked.profile];
    }),
  ).then(Object.fromEntries);
  return loading;
}

/** The governance profile an assessment of `model` is asked (its own, or the shared one for the default models), if any. */
export async function profileForModel(model: MaturityModel): Promise<Profile | undefined> {
  return profileOf(model, model.profile ? {} : await loadSharedProfiles());
}
