/**
 * Importing result files from many hands: each file is parsed with limits,
 * validated, its hash checked, its model resolved and its answers
 * re-scored; scores written in a file are never used. Each file gets a
 * status and, when refused, the problems a person can act on (as codes). Pure: the same
 * code runs in the browser's worker and in the coordinators' CLI.
 */
import { isScaleLevel, scaleLevels, type MaturityModel } from '../model/schema.ts';
import { formatPath } from '../model/validate.ts';
import { answerLookup, scoreAssessment, type ScoreReport } from '../scoring/score.ts';
import { confidenceSummary, type ConfidenceSummary } from '../scoring/confidence.ts';
import { utf8 } from './bytes.ts';
import type { Problem } from '../model/problem.ts';
import { parseJsonWithin, type JsonCheck, type JsonProblem } from './json-limits.ts';
import type { PublicJwk } from './keys.ts';
import { isV1HashOf, type ModelCatalogue } from './model-identity.ts';
import {
  checkResultFile,
  profileOfOrganization,
  type Evidence,
  type FileAnswer,
  type Respondent,
  type ResultFile,
  type ResultFileProblem,
  type VerifiedModels,
} from './result-file.ts';
import { isSealed, openSealed, type OpenProblem, type SealingKey } from './seal.ts';
import { verifyDetached } from './signature.ts';
import { questionsOf } from '../model/walk.ts';

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
  /** Its review and sign-off as the file states them (absent: the file says none; results imported before v3 lack it). */
  review?: NonNullable<ResultFile['assessment']['review']>;
  /** Domains the unit is not concerned by: the organization's roll-up leaves it out of them. */
  notApplicableDomains?: string[];
  /** The evidence register's references by question id, where an answer has any. */
  evidence?: Record<string, Evidence[]>;
  /** Recomputed here from the answers' evidence, never read from the file; absent in results imported before v3. */
  confidence?: ConfidenceSummary;
  /** A panel's record, where the file has one: its respondents, and who said what by question id (never scored). */
  panel?: { respondents: Respondent[]; contributions: Record<string, NonNullable<FileAnswer['contributions']>> };
}

/** What import itself refuses, once the file is a valid result file. */
export type ImportProblemCode =
  | 'import.failed'
  | 'import.unreadable'
  | 'import.lost'
  | 'import.figures'
  | 'import.signature-mismatch'
  | 'import.model-different'
  | 'import.model-unknown'
  | 'import.unknown-questions'
  | 'import.answer-off-scale'
  | 'import.target-off-scale'
  | 'import.answer-twice'
  | 'import.older'
  | 'import.domain-unknown';

/**
 * Why a file was refused, as a value the page words in its reader's
 * language (`problem.<code>` in the catalogs) and the CLI in English
 * (`problemText`): the JSON, the seal, the file's shape and hashes, or
 * what import itself checks.
 */
export type ImportProblem = JsonProblem | OpenProblem | ResultFileProblem | Problem<ImportProblemCode>;

export type ImportOutcome =
  | {
      file: string;
      status: Exclude<ImportStatus, 'rejected'>;
      result: ImportedResult;
      model: MaturityModel;
      /** The model's JSON as the file embeds it, when it does: kept with the model so its SHA-256 stays reproducible. */
      published?: unknown;
    }
  | { file: string; status: 'rejected'; problems: readonly ImportProblem[] };

export type { JsonCheck } from './json-limits.ts';

/** Strict JSON.parse of a file's bytes or text, after refusing what is too large or too deeply nested to be a result file. */
export function parseJsonWithLimits(content: string | Uint8Array, maxBytes = RESULT_FILE_MAX_BYTES, maxDepth = JSON_MAX_DEPTH): JsonCheck {
  return parseJsonWithin(content, maxBytes, maxDepth);
}

/** Models this device knows, by id and version (shipped ones and ones loaded or imported before), with their SHA-256 as published. */
export type ModelLookup = ModelCatalogue;

/** What is already imported, by assessment id. */
export type KnownResults = ReadonlyMap<string, { hash: string; updatedAt: string }>;

/**
 * Imports one file, its bytes or its text. `verified` carries the embedded
 * models already checked from one file to the next of the same import (see
 * VerifiedModels). Never throws: whatever a file holds, it is judged alone
 * and anything unforeseen becomes its refusal.
 */
export async function importResultFile(
  file: string,
  content: string | Uint8Array,
  models: ModelLookup,
  known: KnownResults,
  verified: VerifiedModels = new Map(),
  /** The coordinator's key that opens sealed files, when this device or CLI has one. */
  sealingKey?: SealingKey,
): Promise<ImportOutcome> {
  try {
    return await importOne(file, content, models, known, verified, sealingKey);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { file, status: 'rejected', problems: [{ code: 'import.failed', path: '$', params: { detail } }] };
  }
}

/** Each figure of a report a number where one is due: a score and a coverage finite and in range, a level a whole number. */
export function figuresProblem(report: ScoreReport): string | null {
  type Checked = readonly [path: string, figures: { score: unknown; achievedLevel: unknown; coverage: unknown }];
  const figures: Checked[] = [
    ['overall', report.overall],
    ...report.domains.flatMap((d): Checked[] => [[d.domainId, d], ...d.elements.map((e): Checked => [`${d.domainId}/${e.elementId}`, e])]),
  ];
  for (const [path, { score, achievedLevel, coverage }] of figures) {
    const finite = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
    if (!(score === null || finite(score)) || !(achievedLevel === null || (finite(achievedLevel) && Number.isInteger(achievedLevel))) || !(finite(coverage) && (coverage as number) <= 1)) {
      return path;
    }
  }
  return null;
}

async function importOne(
  file: string,
  content: string | Uint8Array,
  models: ModelLookup,
  known: KnownResults,
  verified: VerifiedModels,
  sealingKey: SealingKey | undefined,
): Promise<ImportOutcome> {
  const refuse = (...problems: ImportProblem[]): ImportOutcome => ({ file, status: 'rejected', problems });
  const reject = (code: ImportProblemCode, path: string, params: Problem['params'] = {}) => refuse({ code, path, params });
  let json = parseJsonWithLimits(content);
  if (!json.ok) return refuse(json.problem);
  const sealed = isSealed(json.value);
  if (sealed) {
    const opened = await openSealed(json.value, sealingKey);
    if (!opened.ok) return refuse(opened.problem);
    json = parseJsonWithLimits(opened.text);
    if (!json.ok) return refuse(json.problem);
  }
  const checked = await checkResultFile(json.value, verified);
  if (!checked.ok) return refuse(...checked.problems);
  const result = checked.file;

  const signature = checked.signature && (await verifyDetached(utf8(checked.content), checked.signature));
  if (signature && !signature.ok) {
    return reject('import.signature-mismatch', '$.signature');
  }

  // The model: the one this device knows under the file's id and version, which must be the very model the file names.
  const { id, version, sha256 } = result.model;
  const knownModel = models(id, version);
  const same = knownModel && (checked.formatVersion === 1 ? await isV1HashOf(knownModel, sha256) : knownModel.sha256 === sha256);
  if (knownModel && !same) return reject('import.model-different', '$.model.sha256', { id, version });
  const model = knownModel?.model ?? checked.embedded?.model;
  if (!model) {
    return reject('import.model-unknown', '$.model', { id, version, sha256: sha256.slice(0, 12) });
  }
  const questionIds = new Set(questionsOf(model).map(({ question }) => question.id));
  const strangers = result.answers.filter((a) => !questionIds.has(a.questionId)).map((a) => a.questionId);
  if (strangers.length) {
    const questions = `${strangers.slice(0, 3).join(', ')}${strangers.length > 3 ? '…' : ''}`;
    return reject('import.unknown-questions', '$.answers', { model: model.id, version: model.version, questions, count: strangers.length });
  }
  // Levels and targets are the model's own: a level its scale does not have is no answer.
  const levels = scaleLevels(model);
  const offScale = result.answers.findIndex((a) => typeof a.value === 'number' && !isScaleLevel(model, a.value));
  if (offScale >= 0) {
    const level = Number(result.answers[offScale]!.value);
    return reject('import.answer-off-scale', `$.answers[${offScale}].value`, { level, model: model.id, lowest: levels[0]!, highest: levels.at(-1)! });
  }
  // A respondent's level is the model's too, though never scored.
  for (const [i, answer] of result.answers.entries()) {
    const j = (answer.contributions ?? []).findIndex((c) => typeof c.value === 'number' && !isScaleLevel(model, c.value));
    if (j >= 0) {
      const level = Number(answer.contributions![j]!.value);
      return reject('import.answer-off-scale', `$.answers[${i}].contributions[${j}].value`, { level, model: model.id, lowest: levels[0]!, highest: levels.at(-1)! });
    }
  }
  const offScaleTarget = Object.entries(result.targets).find(([, level]) => !isScaleLevel(model, level));
  if (offScaleTarget) {
    const [element, level] = offScaleTarget;
    return reject('import.target-off-scale', formatPath(['targets', element]), { level, model: model.id, lowest: levels[0]!, highest: levels.at(-1)! });
  }
  const seen = new Set<string>();
  for (const [i, answer] of result.answers.entries()) {
    if (seen.has(answer.questionId)) return reject('import.answer-twice', `$.answers[${i}]`, { question: answer.questionId });
    seen.add(answer.questionId);
  }
  const domainIds = new Set(model.domains.map((d) => d.id));
  const strangeDomain = (result.assessment.notApplicableDomains ?? []).findIndex((id) => !domainIds.has(id));
  if (strangeDomain >= 0) {
    return reject('import.domain-unknown', `$.assessment.notApplicableDomains[${strangeDomain}]`, { model: model.id, domain: result.assessment.notApplicableDomains![strangeDomain]! });
  }

  const imported: ImportedResult = {
    assessmentId: result.assessment.id,
    hash: result.integrity.hash,
    updatedAt: result.assessment.updatedAt,
    // Every file, of any version, comes in with a profile (empty when it states none).
    organization: { ...result.organization, profile: profileOfOrganization(result.organization) },
    period: result.assessment.period,
    model: { id: result.model.id, version: result.model.version, sha256: result.model.sha256 },
    report: scoreAssessment(model, answerLookup(model, result.answers)),
    ...(signature?.ok ? { signature: { fingerprint: signature.fingerprint, publicKey: checked.signature!.publicKey } } : {}),
    ...(sealed ? { sealed: true } : {}),
    ...(result.assessment.review ? { review: result.assessment.review } : {}),
    ...(result.assessment.notApplicableDomains?.length ? { notApplicableDomains: result.assessment.notApplicableDomains } : {}),
    ...evidenceOf(result.answers),
    confidence: confidenceSummary(model, result.answers),
    ...panelOf(result),
  };
  const unfit = figuresProblem(imported.report);
  if (unfit !== null) {
    return reject('import.figures', unfit);
  }
  const published = !knownModel && checked.embedded ? { published: checked.embedded.published } : {};
  const before = known.get(imported.assessmentId);
  if (!before) return { file, status: 'accepted', result: imported, model, ...published };
  // The same file, or the same assessment exported again unchanged.
  if (before.hash === imported.hash || before.updatedAt === imported.updatedAt) return { file, status: 'duplicate', result: imported, model, ...published };
  if (imported.updatedAt > before.updatedAt) return { file, status: 'updated', result: imported, model, ...published };
  return reject('import.older', '$.assessment.updatedAt', { updatedAt: before.updatedAt });
}

function evidenceOf(answers: ResultFile['answers']): { evidence?: Record<string, Evidence[]> } {
  const withEvidence = answers.filter((a) => a.evidence?.length);
  return withEvidence.length ? { evidence: Object.fromEntries(withEvidence.map((a) => [a.questionId, a.evidence!])) } : {};
}

/** Who said what, as the file states it: only where some answer has the panel's contributions. */
function panelOf(result: ResultFile): { panel?: NonNullable<ImportedResult['panel']> } {
  const said = result.answers.filter((a) => a.contributions?.length);
  if (!said.length) return {};
  return {
    panel: {
      respondents: (result.assessment.respondents ?? []).map((r) => ({ ...r })),
      contributions: Object.fromEntries(said.map((a) => [a.questionId, a.contributions!.map((c) => ({ ...c }))])),
    },
  };
}

/** An imported result kept in a comparison set, as storage keeps it (store `results`). */
export interface StoredResult {
  setId: string;
  assessmentId: string;
  /** What the import pipeline made of the file: validated, hash checked, scores recomputed from its answers. */
  result: ImportedResult;
  fileName: string;
  importedAt: string;
}
