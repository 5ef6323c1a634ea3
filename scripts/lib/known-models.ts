import { readFileSync } from 'node:fs';
import { publishedModelHash, type KnownModel } from '../../src/exchange/model-identity.ts';
import { parseModel } from '../../src/model/validate.ts';
import { modelFiles } from './check-model-files.ts';

/**
 * The valid models in `folder` (the shipped ones: `assessments`), each with
 * the SHA-256 of its file as published; found by id and version, never by
 * file name. Files that are not valid models are skipped.
 */
export async function readKnownModels(folder = 'assessments'): Promise<KnownModel[]> {
  const known: KnownModel[] = [];
  for (const file of modelFiles(folder)) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
    } catch {
      continue;
    }
    const checked = parseModel(json);
    if (checked.ok) known.push({ model: checked.model, sha256: await publishedModelHash(json) });
  }
  return known;
}
