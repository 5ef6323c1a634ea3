/**
 * The maturity models that ship with the app (`assessments/*.json`). They
 * are emitted as static files, not bundled into the JavaScript, and each
 * is validated as it is loaded, like any model.
 */
import type { MaturityModel } from '../model/schema.ts';
import { parseModel, type ModelProblem } from '../model/validate.ts';

const modelUrls = import.meta.glob<string>('../../assessments/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

export class ModelLoadError extends Error {
  constructor(
    readonly file: string,
    readonly problems: ModelProblem[],
  ) {
    super(`${file}: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

const loading = new Map<string, Promise<MaturityModel>>();

function fileName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

async function loadModel(path: string, url: string): Promise<MaturityModel> {
  const response = await fetch(url);
  if (!response.ok) throw new ModelLoadError(fileName(path), [{ path: '$', message: `HTTP ${response.status}` }]);
  const checked = parseModel(await response.json());
  if (!checked.ok) throw new ModelLoadError(fileName(path), checked.problems);
  return checked.model;
}

/** Every shipped model, loaded and validated once per page. */
export function loadShippedModels(): Promise<MaturityModel[]> {
  return Promise.all(
    Object.entries(modelUrls).map(([path, url]) => {
      let model = loading.get(path);
      if (!model) {
        model = loadModel(path, url);
        loading.set(path, model);
      }
      return model;
    }),
  );
}

/** The shipped model with this id and version, if there is one. */
export async function findModel(id: string, version: string): Promise<MaturityModel | undefined> {
  const models = await loadShippedModels();
  return models.find((m) => m.id === id && m.version === version);
}
