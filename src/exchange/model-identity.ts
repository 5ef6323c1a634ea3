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
import type { Problem } from '../model/problem.ts';
import type { MaturityModel } from '../model/schema.ts';
import { modelKeyOf } from '../model/key.ts';
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

/**
 * The SHA-256 that format v1 files name for the models shipped so far,
 * keyed by the SHA-256 of the same model file as published. v1 hashed the
 * model after validation, so a later schema that adds defaults would change
 * what `legacyModelHash` gives for the very same file: this table keeps
 * those files readable for ever.
 */
const V1_HASHES_OF_PUBLISHED = new Map([
  // ict-governance 1.0.0
  ['dda4d0e81450f625ec66cac508ef5b8dff40ee17ee20415e8f19ee75762a31e2', 'f596f86aba29b8732e898a32f30177f5d23cc4f8037a0890d4c15956b574366e'],
  // ict-governance-quick 1.0.0
  ['61f7c81f5ba6d64fa23372c71969c5aef78e126269a57d2ebfb9d25e88e978e6', '01d29350190d564a31d9fe1ce304be53349e475d321cacab9d2abadfea554f25'],
]);

/** Whether a format v1 file's model SHA-256 names `known`. */
export async function isV1HashOf(known: KnownModel, sha256: string): Promise<boolean> {
  return V1_HASHES_OF_PUBLISHED.get(known.sha256) === sha256 || (await legacyModelHash(known.model)) === sha256;
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

/** The refusal for a model whose id and version are known here with other content (a version is never two things). */
export function differentModelProblem(id: string, version: string, path = '$'): Problem<'model.different'> & { path: string } {
  return { code: 'model.different', path, params: { id, version } };
}

/** A catalogue of a list of known models, later entries not replacing earlier ones with the same id and version. */
export function catalogueOf(models: readonly KnownModel[]): ModelCatalogue {
  const byKey = new Map<string, KnownModel>();
  for (const entry of models) {
    const key = modelKeyOf(entry.model);
    if (!byKey.has(key)) byKey.set(key, entry);
  }
  return (id, version) => byKey.get(modelKeyOf({ id, version }));
}
