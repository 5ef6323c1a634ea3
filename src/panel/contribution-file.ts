/**
 * The contribution file: what a respondent sends back to the lead of the
 * panel. Their answers (level, comment, evidence) to the questions of the
 * domains they were asked, who they are, and the lead's assessment and
 * model it answers; an integrity hash over the RFC 8785 form of the file
 * without its `integrity` member, as result files have, so a file changed
 * after export is refused. Checked against the lead's own assessment and
 * model before anything is kept.
 */
import * as z from 'zod/mini';
import { IdSchema, LevelSchema, isScaleLevel, type MaturityModel } from '../model/schema.ts';
import {
  COMMENT_MAX_LENGTH,
  EVIDENCE_MAX_ITEMS,
  EvidenceSchema,
  PanelRespondentSchema,
  type Answer,
  type Assessment,
  type ContributionSource,
  type PanelRespondent,
} from '../assessment/schema.ts';
import { canonicalJson, sha256Hex } from '../exchange/canonical.ts';
import { parseJsonWithin } from '../exchange/json-limits.ts';
import { ModelReferenceSchema, Sha256Schema, type ModelReference } from './package.ts';
import { invalidProblem, type PanelProblem } from './problems.ts';

export const CONTRIBUTION_FORMAT = 'ict-governance-contribution';
export const CONTRIBUTION_FORMAT_VERSION = 1;
/** As a result file: answers, comments and evidence references of a whole model at most. */
export const CONTRIBUTION_MAX_BYTES = 5 * 1024 * 1024;
const CONTRIBUTION_MAX_DEPTH = 10;

export const ContributionAnswerSchema = z.strictObject({
  questionId: IdSchema,
  value: z.nullable(z.union([LevelSchema, z.literal('na')])),
  comment: z.string().check(z.maxLength(COMMENT_MAX_LENGTH)),
  answeredAt: z.iso.datetime(),
  /** The reason for "not applicable", where given apart from the comment. */
  reason: z.optional(z.string().check(z.maxLength(COMMENT_MAX_LENGTH))),
  evidence: z.optional(z.array(EvidenceSchema).check(z.maxLength(EVIDENCE_MAX_ITEMS))),
});
export type ContributionAnswer = z.infer<typeof ContributionAnswerSchema>;

export const ContributionFileSchema = z.strictObject({
  format: z.literal(CONTRIBUTION_FORMAT),
  formatVersion: z.literal(CONTRIBUTION_FORMAT_VERSION),
  packageId: z.string().check(z.minLength(1), z.maxLength(100)),
  exportedAt: z.iso.datetime(),
  /** The LEAD's assessment, as the package named it. */
  assessmentId: z.string().check(z.minLength(1), z.maxLength(100)),
  model: ModelReferenceSchema,
  respondent: PanelRespondentSchema,
  domains: z.array(IdSchema).check(z.minLength(1), z.maxLength(100)),
  answers: z.array(ContributionAnswerSchema).check(z.maxLength(5000)),
  integrity: z.strictObject({ algorithm: z.literal('SHA-256'), canonicalization: z.literal('RFC 8785'), hash: Sha256Schema }),
});
export type ContributionFile = z.infer<typeof ContributionFileSchema>;
export type ContributionContent = Omit<ContributionFile, 'integrity'>;
const ContributionContentSchema = z.omit(ContributionFileSchema, { integrity: true });

/** One respondent's contribution as the lead's device keeps it (store `contributions`, keyed by assessment and respondent; in backups). */
export const StoredContributionSchema = z.strictObject({
  assessmentId: z.string().check(z.minLength(1), z.maxLength(100)),
  respondentId: z.string().check(z.minLength(1), z.maxLength(100)),
  packageId: z.string().check(z.minLength(1), z.maxLength(100)),
  respondent: PanelRespondentSchema,
  importedAt: z.iso.datetime(),
  file: ContributionFileSchema,
});
export interface StoredContribution {
  assessmentId: string;
  respondentId: string;
  packageId: string;
  respondent: PanelRespondent;
  importedAt: string;
  file: ContributionFile;
}

/** What the lead's device keeps of a checked contribution file. */
export function storedContributionOf(file: ContributionFile, importedAt = new Date().toISOString()): StoredContribution {
  return { assessmentId: file.assessmentId, respondentId: file.respondent.id, packageId: file.packageId, respondent: file.respondent, importedAt, file };
}

function integrityOf(content: unknown): Promise<string> {
  return sha256Hex(canonicalJson(content));
}

export interface ContributionFileInput {
  /** The respondent's own assessment, made from the package (`contribution` set). */
  assessment: Pick<Assessment, 'id'> & { contribution: ContributionSource };
  /** Its answers: only those to questions of the asked domains are written. */
  answers: readonly Answer[];
  model: MaturityModel;
  /** The SHA-256 of the model as published (the package named the same). */
  sha256: string;
  exportedAt?: string;
}

/** The questions of `domains`, by id. */
export function questionIdsOf(model: MaturityModel, domains: readonly string[]): Set<string> {
  const asked = new Set(domains);
  return new Set(model.domains.filter((d) => asked.has(d.id)).flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id))));
}

/** The contribution file of a respondent's assessment, sealed with its integrity hash. */
export async function createContributionFile(input: ContributionFileInput): Promise<ContributionFile> {
  const { contribution } = input.assessment;
  const asked = questionIdsOf(input.model, contribution.domains);
  const order = new Map([...asked].map((id, i) => [id, i]));
  const answers = input.answers
    .filter((a) => asked.has(a.questionId) && (a.value !== null || a.comment.trim() !== '' || (a.evidence?.length ?? 0) > 0))
    .sort((a, b) => order.get(a.questionId)! - order.get(b.questionId)!)
    .map(
      (a): ContributionAnswer => ({
        questionId: a.questionId,
        value: a.value,
        comment: a.comment,
        answeredAt: a.answeredAt,
        ...(a.evidence?.length ? { evidence: a.evidence.map((e) => ({ ...e })) } : {}),
      }),
    );
  const content: ContributionContent = ContributionContentSchema.parse({
    format: CONTRIBUTION_FORMAT,
    formatVersion: CONTRIBUTION_FORMAT_VERSION,
    packageId: contribution.packageId,
    exportedAt: input.exportedAt ?? new Date().toISOString(),
    assessmentId: contribution.leadAssessmentId,
    model: { id: input.model.id, version: input.model.version, sha256: input.sha256 },
    respondent: { ...contribution.respondent },
    domains: [...contribution.domains],
    answers,
  });
  return ContributionFileSchema.parse({ ...content, integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: await integrityOf(content) } });
}

/** The file name of a contribution: `contribution-<org>-<respondent>-<date>.json`. */
export function contributionFileName(organization: string, respondent: string, date: string): string {
  const part = (text: string) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'x';
  return `contribution-${part(organization)}-${part(respondent)}-${date.slice(0, 10)}.json`;
}

export type ContributionCheck = { ok: true; contribution: ContributionFile } | { ok: false; problems: PanelProblem[] };

/**
 * Reads an untrusted contribution file for the lead's assessment: strict
 * JSON within limits (or an already parsed value), its format and schema,
 * its integrity hash, then that it answers this assessment with this model
 * (id, version and SHA-256), from a respondent of its panel (when it has
 * one), and only questions of the model within the domains asked, with
 * levels on the model's scale.
 */
export async function checkContributionFile(
  json: unknown,
  leadAssessment: Pick<Assessment, 'id' | 'model' | 'panel'>,
  model: { model: MaturityModel; sha256: string },
): Promise<ContributionCheck> {
  let value = json;
  if (typeof json === 'string' || json instanceof Uint8Array) {
    const read = parseJsonWithin(json, CONTRIBUTION_MAX_BYTES, CONTRIBUTION_MAX_DEPTH);
    if (!read.ok) return { ok: false, problems: [read.problem] };
    value = read.value;
  }
  const record = value as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || Array.isArray(record) || record.format !== CONTRIBUTION_FORMAT) {
    return { ok: false, problems: [{ code: 'contribution.not-contribution', path: '$.format', params: {} }] };
  }
  if (record.formatVersion !== CONTRIBUTION_FORMAT_VERSION) {
    return { ok: false, problems: [{ code: 'contribution.version', path: '$.formatVersion', params: { version: String(record.formatVersion) } }] };
  }
  const parsed = ContributionFileSchema.safeParse(record);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, 20).map((issue) => invalidProblem('contribution', issue)) };
  // The hash over the file as written (before the schema trims any text).
  const { integrity: _integrity, ...content } = record;
  if ((await integrityOf(content)) !== parsed.data.integrity.hash) {
    return { ok: false, problems: [{ code: 'contribution.tampered', path: '$.integrity.hash', params: {} }] };
  }
  const file = parsed.data;
  if (file.assessmentId !== leadAssessment.id) {
    return { ok: false, problems: [{ code: 'contribution.other-assessment', path: '$.assessmentId', params: { assessment: file.assessmentId } }] };
  }
  if (!sameModel(file.model, leadAssessment.model, model)) {
    return { ok: false, problems: [{ code: 'contribution.other-model', path: '$.model', params: { model: file.model.id, version: file.model.version } }] };
  }
  if (leadAssessment.panel && !leadAssessment.panel.respondents.some((r) => r.id === file.respondent.id)) {
    return { ok: false, problems: [{ code: 'contribution.unknown-respondent', path: '$.respondent.id', params: { name: file.respondent.name } }] };
  }
  const problems: PanelProblem[] = [];
  const domainIds = new Set(model.model.domains.map((d) => d.id));
  file.domains.forEach((domain, i) => {
    if (!domainIds.has(domain)) problems.push({ code: 'contribution.unknown-domain', path: `$.domains[${i}]`, params: { domain } });
  });
  const questions = new Map(model.model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => [q.id, { question: q, domain: d.id }] as const))));
  const asked = new Set(file.domains);
  const seen = new Set<string>();
  file.answers.forEach((answer, i) => {
    const path = `$.answers[${i}]`;
    const found = questions.get(answer.questionId);
    const params = { question: answer.questionId };
    if (!found) problems.push({ code: 'contribution.unknown-question', path: `${path}.questionId`, params });
    else if (!asked.has(found.domain)) problems.push({ code: 'contribution.outside-domains', path: `${path}.questionId`, params });
    else if (seen.has(answer.questionId)) problems.push({ code: 'contribution.duplicate-question', path: `${path}.questionId`, params });
    else if (answer.value === 'na' && !found.question.allowNotApplicable) problems.push({ code: 'contribution.not-applicable-refused', path: `${path}.value`, params });
    else if (typeof answer.value === 'number' && !isScaleLevel(model.model, answer.value)) {
      problems.push({ code: 'contribution.level-out-of-scale', path: `${path}.value`, params: { level: answer.value } });
    }
    seen.add(answer.questionId);
  });
  return problems.length ? { ok: false, problems: problems.slice(0, 20) } : { ok: true, contribution: file };
}

function sameModel(named: ModelReference, assessmentModel: { id: string; version: string }, known: { model: MaturityModel; sha256: string }): boolean {
  return (
    named.id === assessmentModel.id &&
    named.version === assessmentModel.version &&
    named.id === known.model.id &&
    named.version === known.model.version &&
    named.sha256 === known.sha256
  );
}
