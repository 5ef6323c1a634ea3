/**
 * The result file: one assessment as a self-describing JSON file that a
 * network coordinator can import. Export writes format v3; import reads v3
 * and every earlier version (v1, v2) forever, upgraded to the v3 shape.
 *
 * Format v2 names the model by id, version and the SHA-256 of the model
 * file as published (see model-identity.ts) and embeds the model (the JSON
 * exactly as published) only when the receiver cannot know it (a custom
 * model). It holds the organization and its governance profile, the
 * assessment (with its review and sign-off, respondents and the domains the
 * unit is not concerned by), targets, every answer (with the reason for
 * "not applicable", the evidence register's references and whether each was
 * verified, who answered, and a panel's consensus), a snapshot of the
 * scores, an integrity hash and, when the
 * organization signs, a signature. The integrity hash and the signature
 * are both over the same bytes: the RFC 8785 canonical JSON of the file
 * without its `integrity` and `signature` members, so the review is under
 * the signature. Scores in a file are never trusted: import re-scores, and
 * confidence is recomputed from the answers' evidence.
 *
 * v3 over v2: `assessment.review` replaces `assessment.signOff` (a v2
 * sign-off reads as an approved review with one entry); evidence says who
 * keeps it and whether it was verified (v2 evidence reads as not verified);
 * `assessment.notApplicableDomains`; `answers[].consensus` and
 * `answers[].contributions` (who said what, when a panel answered).
 */
import * as z from 'zod/mini';
import type { Problem } from '../model/problem.ts';
import { schemaProblemOf, type SchemaProblem } from '../model/schema-issues.ts';
import { AssessmentStatusSchema, COMMENT_MAX_LENGTH, ReviewStateSchema, type Answer, type Assessment, type Review } from '../assessment/schema.ts';
import { IdSchema, type MaturityModel } from '../model/schema.ts';
import { formatPath, parseModel, type ModelProblem } from '../model/validate.ts';
import type { ScoreReport } from '../scoring/score.ts';
import { utf8 } from './bytes.ts';
import { canonicalJson, canonicalJsonWithPart, sha256Hex } from './canonical.ts';
import { legacyModelHash, publishedModelHash } from './model-identity.ts';
import { SignatureSchema, signDetached, type Signature } from './signature.ts';
import type { PublicJwk } from './keys.ts';

export const RESULT_FORMAT = 'ict-governance-result';
/** The version export writes. */
export const RESULT_FORMAT_VERSION = 3;

const Sha256Schema = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 in lower-case hex'));
/** A level: an integer 0–10 (a model declares its own scale; import checks a level against it). */
const LevelV2 = z.number().check(z.int(), z.gte(0), z.lte(10));
const LevelV1 = z.literal([0, 1, 2, 3, 4, 5]);
const Text = (max: number) => z.string().check(z.maxLength(max));

const figures = (level: z.ZodMiniType<number>, max: number) =>
  z.strictObject({ score: z.nullable(z.number().check(z.gte(0), z.lte(max))), achievedLevel: z.nullable(level), coverage: z.number().check(z.gte(0), z.lte(1)) });
const scoresOf = (level: z.ZodMiniType<number>, max: number) => {
  const f = figures(level, max);
  return z.strictObject({
    overall: f,
    domains: z.array(z.extend(f, { domainId: IdSchema })),
    elements: z.array(z.extend(f, { elementId: IdSchema })),
  });
};
const IntegritySchema = z.strictObject({ algorithm: z.literal('SHA-256'), canonicalization: z.literal('RFC 8785'), hash: Sha256Schema });
const ModelReferenceSchema = z.strictObject({
  id: IdSchema,
  version: z.string().check(z.minLength(1), z.maxLength(50)),
  sha256: Sha256Schema,
  /** The model file as published, only when the receiver cannot know the model; checked on its own (see checkResultFile). */
  definition: z.optional(z.unknown()),
});
const BaseOrganization = {
  name: z.string().check(z.minLength(1), z.maxLength(200)),
  unit: Text(200),
  country: z.optional(Text(100)),
  type: z.optional(Text(100)),
};

/** A governance profile item's value: text, a number, a choice of several, or an amount of money. */
export const ProfileValueSchema = z.union([
  Text(2000),
  z.number(),
  z.array(Text(200)).check(z.maxLength(100)),
  z.strictObject({ amount: z.number(), currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 currency code')) }),
]);
export type ProfileValue = z.infer<typeof ProfileValueSchema>;

export const SignOffSchema = z.strictObject({ by: Text(200).check(z.minLength(1)), role: Text(200), at: z.iso.datetime(), statement: Text(2000) });
export type SignOff = z.infer<typeof SignOffSchema>;
export const RespondentSchema = z.strictObject({ id: z.string().check(z.minLength(1), z.maxLength(100)), name: Text(200), role: Text(200) });
export type Respondent = z.infer<typeof RespondentSchema>;
/** Format v2's evidence reference: title, link and date (read as not verified). */
export const EvidenceV2Schema = z.strictObject({ title: Text(200).check(z.minLength(1)), reference: Text(2000), date: z.optional(z.iso.date()) });
/** Format v3's: the evidence register's reference, with who keeps it and whether someone verified it. */
export const EvidenceSchema = z.extend(EvidenceV2Schema, { custodian: z.optional(Text(200)), verified: z.boolean() });
export type Evidence = z.infer<typeof EvidenceSchema>;
const EVIDENCE_MAX = 50;

/** The assessment's review: where it stands and every move, oldest first (format v3). */
export const FileReviewSchema = z.strictObject({
  state: ReviewStateSchema,
  history: z
    .array(z.strictObject({ state: ReviewStateSchema, by: Text(200).check(z.minLength(1)), role: Text(200), at: z.iso.datetime(), note: Text(2000) }))
    .check(z.maxLength(1000)),
});

/** What both formats say of the assessment itself. */
const BaseAssessment = {
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  period: z.string().check(z.minLength(1), z.maxLength(50)),
  status: AssessmentStatusSchema,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
};

/** Format v2, read forever. */
export const ResultFileV2Schema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(2),
  app: z.strictObject({ name: Text(100), version: Text(50) }),
  exportedAt: z.iso.datetime(),
  model: ModelReferenceSchema,
  organization: z.strictObject({
    ...BaseOrganization,
    /** The organization's governance profile: profile item id → value (facts, never scored). */
    profile: z.optional(z.record(IdSchema, ProfileValueSchema)),
  }),
  assessment: z.strictObject({
    ...BaseAssessment,
    signOff: z.optional(SignOffSchema),
    respondents: z.optional(z.array(RespondentSchema).check(z.maxLength(500))),
  }),
  targets: z.record(IdSchema, LevelV2),
  answers: z.array(
    z.strictObject({
      questionId: IdSchema,
      value: z.nullable(z.union([LevelV2, z.literal('na')])),
      comment: Text(COMMENT_MAX_LENGTH),
      answeredAt: z.iso.datetime(),
      /** Why the question does not apply (the app asks for it when the value is "na"). */
      reason: z.optional(Text(COMMENT_MAX_LENGTH)),
      evidence: z.optional(z.array(EvidenceV2Schema).check(z.maxLength(EVIDENCE_MAX))),
      respondentId: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
    }),
  ),
  scores: scoresOf(LevelV2, 10),
  integrity: IntegritySchema,
  /** Present when the organization signed the file (see signature.ts). */
  signature: z.optional(SignatureSchema),
});
export type ResultFileV2 = z.infer<typeof ResultFileV2Schema>;

const RespondentIdSchema = z.string().check(z.minLength(1), z.maxLength(100));
const AnswerValueV3 = z.nullable(z.union([LevelV2, z.literal('na')]));
const v2 = ResultFileV2Schema.shape;

/** Format v3, which export writes, and the shape every version is read as. */
export const ResultFileSchema = z.strictObject({
  ...v2,
  formatVersion: z.literal(3),
  assessment: z.strictObject({
    ...BaseAssessment,
    /** The review and sign-off; under the signature like everything else. */
    review: z.optional(FileReviewSchema),
    respondents: z.optional(z.array(RespondentSchema).check(z.maxLength(500))),
    /** Domains this unit is not concerned by: an organization's roll-up leaves it out of them. */
    notApplicableDomains: z.optional(z.array(IdSchema).check(z.maxLength(500))),
  }),
  answers: z.array(
    z.strictObject({
      questionId: IdSchema,
      value: AnswerValueV3,
      comment: Text(COMMENT_MAX_LENGTH),
      answeredAt: z.iso.datetime(),
      reason: z.optional(Text(COMMENT_MAX_LENGTH)),
      evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(EVIDENCE_MAX))),
      respondentId: z.optional(RespondentIdSchema),
      /** Why a panel's lead set this level, when the respondents disagreed. */
      consensus: z.optional(z.strictObject({ rationale: Text(COMMENT_MAX_LENGTH), at: z.iso.datetime() })),
      /** Who said what, when a panel answered. */
      contributions: z.optional(
        z.array(z.strictObject({ respondentId: RespondentIdSchema, value: AnswerValueV3, comment: Text(COMMENT_MAX_LENGTH) })).check(z.maxLength(500)),
      ),
    }),
  ),
});
export type ResultFile = z.infer<typeof ResultFileSchema>;
export type FileAnswer = ResultFile['answers'][number];

/** Format v1, read forever: the model embedded by default (validated form), respondents as names. */
export const ResultFileV1Schema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(RESULT_FORMAT),
  formatVersion: z.literal(1),
  app: z.strictObject({ name: z.string(), version: z.string() }),
  exportedAt: z.iso.datetime(),
  model: ModelReferenceSchema,
  organization: z.strictObject(BaseOrganization),
  assessment: z.strictObject({
    ...BaseAssessment,
    respondents: z.optional(z.array(Text(200))),
  }),
  targets: z.record(IdSchema, LevelV1),
  answers: z.array(
    z.strictObject({
      questionId: IdSchema,
      value: z.nullable(z.union([LevelV1, z.literal('na')])),
      comment: Text(COMMENT_MAX_LENGTH),
      answeredAt: z.iso.datetime(),
    }),
  ),
  scores: scoresOf(LevelV1, 5),
  integrity: IntegritySchema,
});
export type ResultFileV1 = z.infer<typeof ResultFileV1Schema>;

/** An answer as the app keeps it, with what later versions of the app may add to it. */
type AnswerInput = Pick<Answer, 'questionId' | 'value' | 'comment' | 'answeredAt'> & {
  reason?: string;
  evidence?: readonly Evidence[];
  respondentId?: string;
  consensus?: FileAnswer['consensus'];
  contributions?: FileAnswer['contributions'];
};

export interface ResultFileInput {
  /** With its governance profile, written as `organization.profile` (left out when empty). */
  assessment: Pick<Assessment, 'id' | 'organization' | 'period' | 'status' | 'createdAt' | 'updatedAt' | 'targets'> &
    Partial<Pick<Assessment, 'profile' | 'review' | 'notApplicableDomains'>>;
  model: MaturityModel;
  /** The model's SHA-256 as published and, to embed it (a custom model), its JSON as published. */
  modelIdentity: { sha256: string; published?: unknown };
  answers: readonly AnswerInput[];
  report: ScoreReport;
  appVersion: string;
  /** Where the organization is and what kind it is, for a coordinator's filters; its governance profile. */
  organizationDetails?: { country?: string; type?: string; profile?: Record<string, ProfileValue> };
  respondents?: Respondent[];
  /** When the file is made; now unless given (sample data gives it, to be reproducible). */
  exportedAt?: string;
  /** Signs the file with this key (ECDSA P-256) when given. */
  signer?: { privateKey: CryptoKey; publicKey: PublicJwk };
}

/** The bytes the integrity hash and the signature are over: the canonical JSON of the file without `integrity` and `signature`. */
export function signedContent(file: Record<string, unknown>): string {
  const { integrity: _integrity, signature: _signature, ...content } = file;
  return canonicalJson(content);
}

export async function createResultFile(input: ResultFileInput): Promise<ResultFile> {
  const { assessment, model, modelIdentity, answers, report, appVersion, organizationDetails = {}, exportedAt = new Date().toISOString() } = input;
  const figures = (f: { score: number | null; achievedLevel: number | null; coverage: number }) => ({ score: f.score, achievedLevel: f.achievedLevel, coverage: f.coverage });
  const content: Omit<ResultFile, 'integrity' | 'signature'> = {
    format: RESULT_FORMAT,
    formatVersion: 3,
    app: { name: 'ict-governance-self-assessment', version: appVersion },
    exportedAt,
    model: {
      id: model.id,
      version: model.version,
      sha256: modelIdentity.sha256,
      ...(modelIdentity.published !== undefined ? { definition: modelIdentity.published } : {}),
    },
    organization: {
      name: assessment.organization.name,
      unit: assessment.organization.unit,
      ...(assessment.profile && Object.keys(assessment.profile).length > 0 ? { profile: structuredClone(assessment.profile) } : {}),
      ...organizationDetails,
    },
    assessment: {
      id: assessment.id,
      period: assessment.period,
      status: assessment.status,
      createdAt: assessment.createdAt,
      updatedAt: assessment.updatedAt,
      ...(assessment.review ? { review: reviewForFile(assessment.review) } : {}),
      ...(input.respondents?.length ? { respondents: input.respondents } : {}),
      ...(assessment.notApplicableDomains?.length ? { notApplicableDomains: [...assessment.notApplicableDomains] } : {}),
    },
    targets: { ...assessment.targets },
    answers: [...answers]
      .sort((a, b) => (a.questionId < b.questionId ? -1 : a.questionId > b.questionId ? 1 : 0))
      .map(({ questionId, value, comment, answeredAt, reason, evidence, respondentId, consensus, contributions }) => ({
        questionId,
        value,
        comment,
        answeredAt,
        ...(reason ? { reason } : {}),
        ...(evidence?.length
          ? {
              evidence: evidence.map(({ title, reference, date, custodian, verified }) => ({
                title,
                reference,
                ...(date ? { date } : {}),
                ...(custodian ? { custodian } : {}),
                verified,
              })),
            }
          : {}),
        ...(respondentId ? { respondentId } : {}),
        ...(consensus ? { consensus: { rationale: consensus.rationale, at: consensus.at } } : {}),
        ...(contributions?.length ? { contributions: contributions.map(({ respondentId, value, comment }) => ({ respondentId, value, comment })) } : {}),
      })),
    scores: {
      overall: figures(report.overall),
      domains: report.domains.map((d) => ({ domainId: d.domainId, ...figures(d) })),
      elements: report.domains.flatMap((d) => d.elements.map((e) => ({ elementId: e.elementId, ...figures(e) }))),
    },
  };
  const canonical = canonicalJson(content);
  const file: ResultFile = { ...content, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: await sha256Hex(canonical) } };
  if (!input.signer) return file;
  return { ...file, signature: await signDetached(utf8(canonical), input.signer.privateKey, input.signer.publicKey) };
}

/**
 * The governance profile a file states, whatever its version: its
 * `organization.profile`, with the older free-text `country` and `type`
 * read as the profile items `hq-region` and `organization-kind` where the
 * profile does not give them (kept as given); empty when it states none.
 */
export function profileOfOrganization(organization: ResultFile['organization']): Record<string, ProfileValue> {
  const profile: Record<string, ProfileValue> = { ...organization.profile };
  if (organization.country?.trim() && !Object.hasOwn(profile, 'hq-region')) profile['hq-region'] = organization.country;
  if (organization.type?.trim() && !Object.hasOwn(profile, 'organization-kind')) profile['organization-kind'] = organization.type;
  return profile;
}

/** Why a file is not a result file this app reads: its shape (`schema.*`), its hashes (`result.*`), or its embedded model (`model.*`, `profile.*`, at `$.model.definition…`). */
export type ResultFileProblem = Problem<SchemaProblem['code'] | ModelProblem['code'] | 'result.hash-mismatch' | 'result.model-hash' | 'result.model-mismatch'> & { path: string };

/** A file that passed its checks, as format v3 whatever version it was written in. */
export interface CheckedResultFile {
  file: Omit<ResultFile, 'model'> & { model: { id: string; version: string; sha256: string } };
  formatVersion: 1 | 2 | 3;
  /** The model the file embeds, validated, with its JSON as the file has it. */
  embedded?: { model: MaturityModel; published: unknown };
  /** The canonical content (the integrity hash's input, and the signature's), as texts to be read one after the other. */
  content: readonly string[];
  signature?: Signature;
}
export type ResultFileCheck = ({ ok: true } & CheckedResultFile) | { ok: false; problems: ResultFileProblem[] };

/**
 * Embedded models already verified in this import, by their SHA-256: a
 * thousand files made with one custom model carry a thousand copies of it,
 * and each copy need not be validated and hashed again. A model is put here
 * once it passed the schema, the semantic checks and its hash, with the
 * JSON text of the definition as that file had it; a later file whose
 * definition has the very same text reuses the work, any other is checked
 * in full.
 */
export type VerifiedModels = Map<string, { model: MaturityModel; raw: string; canonical: string }>;

/** The review as a file writes it: only the members the format has (a record may carry more one day). */
function reviewForFile(review: Review): NonNullable<ResultFile['assessment']['review']> {
  return { state: review.state, history: review.history.map(({ state, by, role, at, note }) => ({ state, by, role, at, note })) };
}

function upgradeV1(file: ResultFileV1): ResultFileV2 {
  const { respondents, ...assessment } = file.assessment;
  return {
    ...file,
    formatVersion: 2,
    assessment: { ...assessment, ...(respondents?.length ? { respondents: respondents.map((name, i) => ({ id: `r${i + 1}`, name, role: '' })) } : {}) },
  };
}

/** A v2 file as v3: its sign-off an approved review with that one entry, its evidence not verified (v2 could not say). */
export function upgradeV2(file: ResultFileV2): ResultFile {
  const { signature, ...rest } = file;
  const { signOff, ...assessment } = file.assessment;
  return {
    ...rest,
    formatVersion: 3,
    assessment: {
      ...assessment,
      ...(signOff ? { review: { state: 'approved', history: [{ state: 'approved', by: signOff.by, role: signOff.role, at: signOff.at, note: signOff.statement }] } } : {}),
    },
    answers: file.answers.map(({ evidence, ...answer }) => ({ ...answer, ...(evidence ? { evidence: evidence.map((e) => ({ ...e, verified: false })) } : {}) })),
    ...(signature ? { signature } : {}),
  };
}

function parseAnyVersion(json: unknown) {
  const version = (json as { formatVersion?: unknown } | null)?.formatVersion;
  if (version === 1) return ResultFileV1Schema.safeParse(json);
  if (version === 2) return ResultFileV2Schema.safeParse(json);
  return ResultFileSchema.safeParse(json);
}

/**
 * Checks untrusted JSON as a result file of any version: the schema, then
 * the integrity hash over the file's own content as written (not as
 * parsed), then the embedded model, if any: that it is the model the file
 * names (id, version, and the SHA-256 of its JSON as embedded), and valid
 * (once per model with `verified`). The signature is only returned here;
 * import verifies it over `content`. Which model a file may use is
 * decided by import, which knows the device's models.
 */
export async function checkResultFile(json: unknown, verified: VerifiedModels = new Map()): Promise<ResultFileCheck> {
  const problemsOf = (issues: readonly z.core.$ZodIssue[], prefix: PropertyKey[] = []) =>
    issues.slice(0, 20).map((i): ResultFileProblem => ({ path: formatPath([...prefix, ...i.path]), ...schemaProblemOf(i) }));
  const parsed = parseAnyVersion(json);
  if (!parsed.success) return { ok: false, problems: problemsOf(parsed.error.issues) };
  const { definition, ...reference } = parsed.data.model;

  // The integrity hash, with the embedded model's canonical text reused when it is the one already verified.
  const { integrity: _integrity, signature: _signature, ...content } = json as Record<string, unknown>;
  const raw = definition === undefined ? undefined : JSON.stringify(definition);
  const known = verified.get(reference.sha256);
  const same = known !== undefined && known.raw === raw;
  const definitionCanonical = definition === undefined ? undefined : same ? known.canonical : canonicalJson(definition);
  const canonical = definitionCanonical === undefined ? [canonicalJson(content)] : canonicalJsonWithPart(content, 'model', 'definition', definitionCanonical);
  if ((await sha256Hex(canonical)) !== parsed.data.integrity.hash) {
    return {
      ok: false,
      problems: [{ code: 'result.hash-mismatch', path: '$.integrity.hash' }],
    };
  }
  const file = parsed.data.formatVersion === 1 ? upgradeV2(upgradeV1(parsed.data)) : parsed.data.formatVersion === 2 ? upgradeV2(parsed.data) : parsed.data;
  const result: CheckedResultFile = {
    file: { ...file, model: reference },
    formatVersion: parsed.data.formatVersion,
    content: canonical,
    ...(parsed.data.formatVersion !== 1 && parsed.data.signature ? { signature: parsed.data.signature } : {}),
  };
  if (definition === undefined) return { ok: true, ...result };
  if (same) return { ok: true, ...result, embedded: { model: known.model, published: definition } };

  // The embedded model is the one the file names: the SHA-256 of its JSON as embedded, then its id and version.
  if ((await sha256Hex(definitionCanonical!)) !== reference.sha256) {
    return { ok: false, problems: [{ code: 'result.model-hash', path: '$.model.sha256' }] };
  }
  const checked = parseModel(definition);
  if (!checked.ok) {
    return {
      ok: false,
      problems: checked.problems.slice(0, 20).map((p) => ({ ...p, path: `$.model.definition${p.path.slice(1)}` })),
    };
  }
  if (checked.model.id !== reference.id || checked.model.version !== reference.version) {
    return {
      ok: false,
      problems: [
        {
          code: 'result.model-mismatch',
          path: '$.model.definition.id',
          params: { id: reference.id, version: reference.version, embeddedId: checked.model.id, embeddedVersion: checked.model.version },
        },
      ],
    };
  }
  if (!known) verified.set(reference.sha256, { model: checked.model, raw: raw!, canonical: definitionCanonical! });
  return { ok: true, ...result, embedded: { model: checked.model, published: definition } };
}

/** The SHA-256 a result file names for `model`: of its published JSON when given (v2), else of the validated model (v1). */
export function modelHash(model: MaturityModel, published?: unknown): Promise<string> {
  return published === undefined ? legacyModelHash(model) : publishedModelHash(published);
}
