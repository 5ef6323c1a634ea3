/**
 * The result file, format v1: one assessment as a self-describing JSON
 * file that a network coordinator can import. It names the model (id,
 * version, SHA-256) and embeds it by default, holds the organization, the
 * assessment, targets, every answer and a snapshot of the scores, and ends
 * with an integrity hash: SHA-256 over the RFC 8785 canonical JSON of
 * everything else. Scores in a file are never trusted: import re-scores.
 */
import * as z from 'zod/mini';
import { AnswerValueSchema, AssessmentStatusSchema, COMMENT_MAX_LENGTH, type Answer, type Assessment } from '../assessment/schema.ts';
import { IdSchema, LevelSchema, MaturityModelSchema, type MaturityModel } from '../model/schema.ts';
import { checkModel, formatPath } from '../model/validate.ts';
import type { ScoreReport } from '../scoring/score.ts';
import { canonicalJson, canonicalJsonWithPart, hashOf, sha256Hex } from './canonical.ts';

export const RESULT_FORMAT = 'ict-governance-result';
export const RESULT_FORMAT_VERSION = 1;

const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex'));
/** The index on the model's scale (levels 0–10). */
const NullableScore = z.nullable(z.number().check(z.gte(0), z.lte(10)));
const FiguresSchema = z.strictObject({
  score: NullableScore,
  achievedLevel: z.nullable(LevelSchema),
  coverage: z.number().check(z.gte(0), z.lte(1)),
});

export const ResultFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(RESULT_FORMAT_VERSION),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  exportedAt: z.iso.datetime(),
  model: z.strictObject({
    id: IdSchema,
    version: z.string(),
    sha256: Sha256Schema,
    /** The model itself, so a custom model's results can be read anywhere. */
    definition: z.optional(MaturityModelSchema),
  }),
  organization: z.strictObject({
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    unit: z.string().check(z.maxLength(200)),
    country: z.optional(z.string().check(z.maxLength(100))),
    type: z.optional(z.string().check(z.maxLength(100))),
  }),
  assessment: z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    period: z.string().check(z.minLength(1), z.maxLength(50)),
    status: AssessmentStatusSchema,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    respondents: z.optional(z.array(z.string().check(z.maxLength(200)))),
  }),
  targets: z.record(IdSchema, LevelSchema),
  answers: z.array(
    z.strictObject({
      questionId: IdSchema,
      value: z.nullable(AnswerValueSchema),
      comment: z.string().check(z.maxLength(COMMENT_MAX_LENGTH)),
      answeredAt: z.iso.datetime(),
    }),
  ),
  scores: z.strictObject({
    overall: FiguresSchema,
    domains: z.array(z.extend(FiguresSchema, { domainId: IdSchema })),
    elements: z.array(z.extend(FiguresSchema, { elementId: IdSchema })),
  }),
  integrity: z.strictObject({
    algorithm: z.literal('SHA-256'),
    canonicalization: z.literal('RFC 8785'),
    hash: Sha256Schema,
  }),
});
export type ResultFile = z.infer<typeof ResultFileSchema>;

export interface ResultFileInput {
  assessment: Assessment;
  model: MaturityModel;
  answers: readonly Answer[];
  report: ScoreReport;
  appVersion: string;
  /** Embed the model (the default): a coordinator can then read results of a model they do not have. */
  embedModel?: boolean;
  /** Where the organization is and what kind it is, for a coordinator's filters. */
  organizationDetails?: { country?: string; type?: string };
  /** When the file is made; now unless given (sample data gives it, to be reproducible). */
  exportedAt?: string;
}

/** The model's SHA-256: over the canonical JSON of the model as validated (defaults applied). */
export function modelHash(model: MaturityModel): Promise<string> {
  return hashOf(model);
}

export async function createResultFile({
  assessment,
  model,
  answers,
  report,
  appVersion,
  embedModel = true,
  organizationDetails = {},
  exportedAt = new Date().toISOString(),
}: ResultFileInput): Promise<ResultFile> {
  const figures = (f: { score: number | null; achievedLevel: ResultFile['scores']['overall']['achievedLevel']; coverage: number }) => ({
    score: f.score,
    achievedLevel: f.achievedLevel,
    coverage: f.coverage,
  });
  const content: Omit<ResultFile, 'integrity'> = {
    format: RESULT_FORMAT,
    formatVersion: RESULT_FORMAT_VERSION,
    app: { name: 'ict-governance-self-assessment', version: appVersion },
    exportedAt,
    model: { id: model.id, version: model.version, sha256: await modelHash(model), ...(embedModel ? { definition: model } : {}) },
    organization: { name: assessment.organization.name, unit: assessment.organization.unit, ...organizationDetails },
    assessment: {
      id: assessment.id,
      period: assessment.period,
      status: assessment.status,
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
    },
    targets: { ...assessment.targets },
    answers: [...answers]
      .sort((a, b) => a.questionId.localeCompare(b.questionId))
      .map(({ questionId, value, comment, answeredAt }) => ({ questionId, value, comment, answeredAt })),
    scores: {
      overall: figures(report.overall),
      domains: report.domains.map((d) => ({ domainId: d.domainId, ...figures(d) })),
      elements: report.domains.flatMap((d) => d.elements.map((e) => ({ elementId: e.elementId, ...figures(e) }))),
    },
  };
  return { ...content, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: await hashOf(content) } };
}

export type ResultFileProblem = { path: string; message: string };
export type ResultFileCheck = { ok: true; file: ResultFile } | { ok: false; problems: ResultFileProblem[] };

/**
 * Embedded models already verified in this import, by their SHA-256: a
 * thousand files made with one model carry a thousand copies of it, and
 * each copy need not be validated and hashed again. A model is put here
 * once it passed the schema, the semantic checks and its hash, with the
 * JSON text of the definition as that file had it; a later file whose
 * definition has the very same text reuses the work, any other is checked
 * in full.
 */
export type VerifiedModels = Map<string, { model: MaturityModel; raw: string; canonical: string }>;

// The file without its embedded model validated: that is done once per model (see VerifiedModels).
const ResultEnvelopeSchema = z.extend(ResultFileSchema, {
  model: z.strictObject({ ...ResultFileSchema.shape.model.shape, definition: z.optional(z.unknown()) }),
});

/**
 * Checks untrusted JSON as a result file: the schema, then the integrity
 * hash over the file's own content as written (not as parsed), then the
 * embedded model: its schema, its semantic checks and the hash the file
 * gives for it (once per model with `verified`).
 */
export async function checkResultFile(json: unknown, verified: VerifiedModels = new Map()): Promise<ResultFileCheck> {
  const problemsOf = (issues: readonly { path: PropertyKey[]; message: string }[], prefix: PropertyKey[] = []) =>
    issues.slice(0, 20).map((i) => ({ path: formatPath([...prefix, ...i.path]), message: i.message }));
  const parsed = ResultEnvelopeSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
  const { definition, ...reference } = parsed.data.model;

  // The integrity hash, with the embedded model's canonical text reused when it is the one already verified.
  const { integrity: _integrity, ...content } = json as Record<string, unknown>;
  const raw = definition === undefined ? undefined : JSON.stringify(definition);
  const known = verified.get(reference.sha256);
  const same = known !== undefined && known.raw === raw;
  const definitionCanonical = definition === undefined ? undefined : same ? known.canonical : canonicalJson(definition);
  const canonical = definitionCanonical === undefined ? canonicalJson(content) : canonicalJsonWithPart(content, 'model', 'definition', definitionCanonical);
  if ((await sha256Hex(canonical)) !== parsed.data.integrity.hash) {
    return { ok: false, problems: [{ path: '$.integrity.hash', message: 'the content does not match its integrity hash: the file was changed after export' }] };
  }
  if (definition === undefined) return { ok: true, file: { ...parsed.data, model: reference } };
  if (same) return { ok: true, file: { ...parsed.data, model: { ...reference, definition: known.model } } };

  const checked = MaturityModelSchema.safeParse(definition);
  if (!checked.success) return { ok: false, problems: problemsOf(checked.error.issues, ['model', 'definition']) };
  const problems = checkModel(checked.data);
  if (problems.length) {
    return { ok: false, problems: problems.slice(0, 20).map((p) => ({ path: `$.model.definition${p.path.slice(1)}`, message: `the embedded model is not valid: ${p.message}` })) };
  }
  if ((await modelHash(checked.data)) !== reference.sha256) {
    return { ok: false, problems: [{ path: '$.model.sha256', message: 'the embedded model does not match its SHA-256' }] };
  }
  if (!known) verified.set(reference.sha256, { model: checked.data, raw: raw!, canonical: definitionCanonical! });
  return { ok: true, file: { ...parsed.data, model: { ...reference, definition: checked.data } } };
}
