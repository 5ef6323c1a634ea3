/**
 * Importing result files from many hands: each file is parsed with limits,
 * validated, its hash checked, its model resolved and its answers
 * re-scored; scores written in a file are never used. Each file gets a
 * status and, when refused, a reason a person can act on. Pure: the same
 * code runs in the browser's worker and in the coordinators' CLI.
 */
import { isScaleLevel, scaleLevels, type MaturityModel } from '../model/schema.ts';
import { answerLookup, scoreAssessment, type ScoreReport } from '../scoring/score.ts';
import { utf8 } from './bytes.ts';
import { parseJsonWithin, type JsonCheck } from './json-limits.ts';
import type { PublicJwk } from './keys.ts';
import { differentModelMessage, isV1HashOf, type ModelCatalogue } from './model-identity.ts';
import { checkResultFile, type ResultFile, type VerifiedModels } from './result-file.ts';
import { isSealed, openProblemText, openSealed, type SealingKey } from './seal.ts';
import { verifyDetached } from './signature.ts';

/** A result file is a few hundred kilobytes with its model; anything far larger is not one. */
export const RESULT_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** Result files nest a few levels deep; deeper JSON is refused before it is parsed. */
export const JSON_MAX_DEPTH = 32;

export type ImportStatus = 'accepted' | 'duplicate' | 'updated' | 'rejected';

export interface ImportedResult {
  /** The assessment's id, the file's integrity hash and when it was last changed. */
  assessmentId: string;
  hash: string;
  updatedAt: string;
  organization: ResultFile['organization'];
  period: string;
  model: { id: string; version: string; sha256: string };
  /** Re-scored here from the answers, with the model. */
  report: ScoreReport;
  /** The key that signed the file (the signature was verified); absent when the file is unsigned. */
  signature?: { fingerprint: string; publicKey: PublicJwk };
  /** The file came sealed and was opened with this device's key. */
  sealed?: boolean;
}

export type ImportOutcome =
  | {
      file: string;
      status: Exclude<ImportStatus, 'rejected'>;
      result: ImportedResult;
      model: MaturityModel;
      /** The model's JSON as the file embeds it, when it does: kept with the model so its SHA-256 stays reproducible. */
      published?: unknown;
    }
  | { file: string; status: 'rejected'; reason: string };

export type { JsonCheck } from './json-limits.ts';

/** JSON.parse, after refusing what is too large or too deeply nested to be a result file. */
export function parseJsonWithLimits(text: string, maxBytes = RESULT_FILE_MAX_BYTES, maxDepth = JSON_MAX_DEPTH): JsonCheck {
  return parseJsonWithin(text, maxBytes, maxDepth);
}

/** Models this device knows, by id and version (shipped ones and ones loaded or imported before), with their SHA-256 as published. */
export type ModelLookup = ModelCatalogue;

/** What is already imported, by assessment id. */
export type KnownResults = ReadonlyMap<string, { hash: string; updatedAt: string }>;

/**
 * Imports one file. `verified` carries the embedded models already checked
 * from one file to the next of the same import (see VerifiedModels).
 */
export async function importResultFile(
  file: string,
  text: string,
  models: ModelLookup,
  known: KnownResults,
  verified: VerifiedModels = new Map(),
  /** The coordinator's key that opens sealed files, when this device or CLI has one. */
  sealingKey?: SealingKey,
): Promise<ImportOutcome> {
  const reject = (reason: string): ImportOutcome => ({ file, status: 'rejected', reason });
  let json = parseJsonWithLimits(text);
  if (!json.ok) return reject(json.reason);
  const sealed = isSealed(json.value);
  if (sealed) {
    const opened = await openSealed(json.value, sealingKey);
    if (!opened.ok) return reject(openProblemText(opened.problem));
    json = parseJsonWithLimits(opened.text);
    if (!json.ok) return reject(`inside the sealed file: ${json.reason}`);
  }
  const checked = await checkResultFile(json.value, verified);
  if (!checked.ok) return reject(checked.problems.map((p) => `${p.path}: ${p.message}`).join('; '));
  const result = checked.file;

  const signature = checked.signature && (await verifyDetached(utf8(checked.content), checked.signature));
  if (signature && !signature.ok) {
    return reject('$.signature: the signature does not match: the file was changed after it was signed, or the signature is not of this file');
  }

  // The model: the one this device knows under the file's id and version, which must be the very model the file names.
  const { id, version, sha256 } = result.model;
  const knownModel = models(id, version);
  const same = knownModel && (checked.formatVersion === 1 ? await isV1HashOf(knownModel, sha256) : knownModel.sha256 === sha256);
  if (knownModel && !same) return reject(`$.model.sha256: ${differentModelMessage(id, version)}`);
  const model = knownModel?.model ?? checked.embedded?.model;
  if (!model) {
    return reject(`unknown model "${id}" version ${version} (SHA-256 ${sha256.slice(0, 12)}…): the file refers to it without embedding it; load that model file on this device first`);
  }
  const questionIds = new Set(model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id))));
  const strangers = result.answers.filter((a) => !questionIds.has(a.questionId)).map((a) => a.questionId);
  if (strangers.length) {
    return reject(`answers to questions the model "${model.id}" ${model.version} does not have: ${strangers.slice(0, 3).join(', ')}${strangers.length > 3 ? '…' : ''}`);
  }
  // Levels and targets are the model's own: a level its scale does not have is no answer.
  const levels = scaleLevels(model);
  const offScale = result.answers.findIndex((a) => typeof a.value === 'number' && !isScaleLevel(model, a.value));
  if (offScale >= 0) {
    return reject(`$.answers[${offScale}].value: level ${result.answers[offScale]!.value} is not on the scale of "${model.id}" (${levels[0]} to ${levels.at(-1)})`);
  }
  const offScaleTarget = Object.entries(result.targets).find(([, level]) => !isScaleLevel(model, level));
  if (offScaleTarget) return reject(`$.targets["${offScaleTarget[0]}"]: level ${offScaleTarget[1]} is not on the scale of "${model.id}" (${levels[0]} to ${levels.at(-1)})`);
  const seen = new Set<string>();
  for (const answer of result.answers) {
    if (seen.has(answer.questionId)) return reject(`two answers to question "${answer.questionId}"`);
    seen.add(answer.questionId);
  }

  const imported: ImportedResult = {
    assessmentId: result.assessment.id,
    hash: result.integrity.hash,
    updatedAt: result.assessment.updatedAt,
    organization: result.organization,
    period: result.assessment.period,
    model: { id: result.model.id, version: result.model.version, sha256: result.model.sha256 },
    report: scoreAssessment(model, answerLookup(model, result.answers)),
    ...(signature?.ok ? { signature: { fingerprint: signature.fingerprint, publicKey: checked.signature!.publicKey } } : {}),
    ...(sealed ? { sealed: true } : {}),
  };
  const published = !knownModel && checked.embedded ? { published: checked.embedded.published } : {};
  const before = known.get(imported.assessmentId);
  if (!before) return { file, status: 'accepted', result: imported, model, ...published };
  // The same file, or the same assessment exported again unchanged.
  if (before.hash === imported.hash || before.updatedAt === imported.updatedAt) return { file, status: 'duplicate', result: imported, model, ...published };
  if (imported.updatedAt > before.updatedAt) return { file, status: 'updated', result: imported, model, ...published };
  return reject(`a newer version of this assessment (changed ${before.updatedAt}) is already imported`);
}
