/**
 * A model's identity: its id, its version and the SHA-256 of the model file
 * as published, that is of the RFC 8785 canonical form of the JSON as
 * distributed (before validation adds any default). Anyone can reproduce it
 * from the file alone:
 *
 *   node -e 'const c=require("canonicalize");process.stdout.write(c(JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"))))' model.json | sha256sum
 *
 * A version is never two things: a model with a known id and version but
 * other content is "a different model under the same name", refused
 * wherever a model comes in (imports, model files, backups).
 */
import type { MaturityModel } from '../model/schema.ts';
import { hashOf } from './canonical.ts';

/** A model this device knows, with the SHA-256 of its published JSON. */
export interface KnownModel {
  model: MaturityModel;
  sha256: string;
}

/** The models a device (or the CLI) knows, by id and version. */
export type ModelCatalogue = (id: string, version: string) => KnownModel | undefined;

/** The SHA-256 of a model as published: over the RFC 8785 form of its JSON, parsed but not validated. */
export function publishedModelHash(json: unknown): Promise<string> {
  return hashOf(json);
}

const legacyHashes = new WeakMap<MaturityModel, Promise<string>>();

/**
 * The model hash that result files of format v1 name: over the model after
 * validation (defaults applied). Only to read v1 files that refer to a model
 * without embedding it.
 */
export function legacyModelHash(model: MaturityModel): Promise<string> {
  let hash = legacyHashes.get(model);
  if (!hash) legacyHashes.set(model, (hash = hashOf(model)));
  return hash;
}

/** The refusal for a model whose id and version are known here with other content. */
export function differentModelMessage(id: string, version: string): string {
  return `a different model under the same name: "${id}" version ${version} is known here with other content (another SHA-256); a version is never two things`;
}

/** Whether `sha256` for `id` `version` conflicts with what `catalogue` knows: a refusal text, or null. */
export function sameNameConflict(catalogue: ModelCatalogue, id: string, version: string, sha256: string): string | null {
  const known = catalogue(id, version);
  return known && known.sha256 !== sha256 ? differentModelMessage(id, version) : null;
}

/** A catalogue of a list of known models, later entries not replacing earlier ones with the same id and version. */
export function catalogueOf(models: readonly KnownModel[]): ModelCatalogue {
  const byKey = new Map<string, KnownModel>();
  for (const entry of models) {
    const key = `${entry.model.id}@${entry.model.version}`;
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return (id, version) => byKey.get(`${id}@${version}`);
}
