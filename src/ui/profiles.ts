/**
 * The shared governance profiles that ship with the app
 * (`assessments/profiles/*.json`, emitted as static files and precached like
 * the models, not bundled), validated when read, and the profile an
 * assessment's model asks for (`profileOf`).
 */
import { profileOf } from '../model/profiles.ts';
import type { MaturityModel, Profile } from '../model/schema.ts';
import { parseProfileFile } from '../model/profile-file.ts';
import { ModelLoadError } from './models.ts';

const profileUrls = import.meta.glob<string>('../../assessments/profiles/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

let loading: Promise<Record<string, Profile>> | undefined;

/** Every shared profile by name (its file name without `.json`), loaded and validated once per page. */
export function loadSharedProfiles(): Promise<Record<string, Profile>> {
  loading ??= Promise.all(
    Object.entries(profileUrls).map(async ([path, url]): Promise<[string, Profile]> => {
      const file = path.slice(path.lastIndexOf('/') + 1);
      const response = await fetch(url);
      if (!response.ok) throw new ModelLoadError(file, [{ code: 'model.http', path: '$', params: { status: response.status } }]);
      const checked = parseProfileFile(await response.json());
      if (!checked.ok) throw new ModelLoadError(file, checked.problems);
      return [file.replace(/\.json$/, ''), checked.profile];
    }),
  ).then(Object.fromEntries);
  return loading;
}

/** The governance profile an assessment of `model` is asked (its own, or the shared one for the default models), if any. */
export async function profileForModel(model: MaturityModel): Promise<Profile | undefined> {
  return profileOf(model, model.profile ? {} : await loadSharedProfiles());
}
