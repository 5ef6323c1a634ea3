/**
 * The results as spreadsheets: one row per question, and one row per key
 * element. Column names are stable (documented in the README); texts are in
 * the language asked for. When the model asks for a governance profile,
 * every row ends with its columns (`profile.<item id>`, see
 * `./profile-csv.ts`), the same on every row, like the identity columns.
 */
import type { Answer, Assessment } from '../assessment/schema.ts';
import type { Level, MaturityModel, Profile } from '../model/schema.ts';
import { localizer } from '../model/text.ts';
import { nextLevelOf, recommendationFor, type Priority } from '../scoring/gaps.ts';
import type { ScoreReport } from '../scoring/score.ts';
import { confidenceByElement, hasVerifiedEvidence, isLowConfidence, type AnswerWithEvidence } from '../scoring/confidence.ts';
import { toCsv, type CsvCell } from './csv.ts';
import { profileColumnsOf } from './profile-csv.ts';
import { answersByQuestion } from '../assessment/answers.ts';

/** The columns every row starts with: whose results, on which model. */
const IDENTITY_COLUMNS = ['organization', 'unit', 'period', 'model_id', 'model_version'] as const;

export const QUESTION_COLUMNS = [
  ...IDENTITY_COLUMNS,
  'domain_id',
  'domain',
  'element_id',
  'element',
  'question_id',
  'question',
  'level',
  'level_name',
  'not_applicable',
  'comment',
  'answered_at',
  // Added after the others, so that readers of the earlier columns keep working.
  'verified_evidence',
] as const;

export const ELEMENT_COLUMNS = [
  ...IDENTITY_COLUMNS,
  'domain_id',
  'domain',
  'element_id',
  'element',
  'weight',
  'score',
  'achieved_level',
  'coverage',
  'target',
  'gap',
  'weighted_gap',
  'recommendation',
  'action_owner',
  'action_due',
  'action_status',
  'holding_question_id',
  // Added after the others, so that readers of the earlier columns keep working.
  'action',
  'confidence',
  'low_confidence',
] as const;

interface Context {
  model: MaturityModel;
  assessment: Assessment;
  language: string;
  /** The governance profile the model asks for, if any: its columns end every row. */
  profile?: Profile | undefined;
}

/** The profile's header and this assessment's cells, appended to every row. */
function withProfile(context: Context, header: readonly string[], rows: CsvCell[][]): CsvCell[][] {
  const columns = profileColumnsOf(context.profile);
  const cells = columns.map((column) => column.cell(context.assessment.profile));
  return [[...header, ...columns.map((column) => column.header)], ...rows.map((row) => [...row, ...cells])];
}

function identity({ model, assessment }: Context) {
  return [assessment.organization.name, assessment.organization.unit, assessment.period, model.id, model.version];
}

export function questionsCsv(context: Context, answers: readonly Answer[]): string {
  const { model, language } = context;
  const text = localizer(model, language);
  const byQuestion = answersByQuestion(answers);
  const levelName = (level: Level) => {
    const scale = model.scale.find((s) => s.level === level);
    return scale ? text(scale.name) : '';
  };
  const rows = model.domains.flatMap((domain) =>
    domain.elements.flatMap((element) =>
      element.questions.map((question) => {
        const answer = byQuestion.get(question.id);
        const value = answer?.value ?? null;
        return [
          ...identity(context),
          domain.id,
          text(domain.title),
          element.id,
          text(element.title),
          question.id,
          text(question.text),
          typeof value === 'number' ? value : '',
          typeof value === 'number' ? levelName(value) : '',
          value === 'na',
          answer?.comment ?? '',
          answer?.answeredAt ?? '',
          hasVerifiedEvidence(answer),
        ];
      }),
    ),
  );
  return toCsv(withProfile(context, QUESTION_COLUMNS, rows));
}

export function elementsCsv(
  context: Context,
  report: ScoreReport,
  targets: ReadonlyMap<string, Level>,
  priorities: readonly Priority[],
  /** The answers with their evidence, for each element's confidence (empty: no confidence figure). */
  answers: readonly AnswerWithEvidence[] = [],
): string {
  const { model, assessment, language } = context;
  const confidence = confidenceByElement(model, answers);
  const text = localizer(model, language);
  const rows = model.domains.flatMap((domain) => {
    const domainScore = report.domains.find((d) => d.domainId === domain.id)!;
    return domain.elements.map((element) => {
      const score = domainScore.elements.find((e) => e.elementId === element.id)!;
      const priority = priorities.find((p) => p.elementId === element.id);
      const target = targets.get(element.id) ?? element.defaultTarget;
      // A priority's recommendation is the one for what holds it down; otherwise the element's for its next level.
      const recommendation =
        priority?.recommendation ??
        (score.achievedLevel !== null && nextLevelOf(model, score.achievedLevel) !== null ? recommendationFor(element, undefined, score.achievedLevel) : null);
      const rated = score.achievedLevel !== null;
      const action = assessment.actions[element.id];
      return [
        ...identity(context),
        domain.id,
        text(domain.title),
        element.id,
        text(element.title),
        element.weight,
        score.score ?? '',
        score.achievedLevel ?? '',
        Math.round(score.coverage * 1000) / 1000,
        target,
        priority?.gap ?? (rated ? 0 : ''),
        priority?.weightedGap ?? (rated ? 0 : ''),
        recommendation ? text(recommendation) : '',
        action?.owner ?? '',
        action?.due ?? '',
        action?.status ?? '',
        priority?.holdingQuestionId ?? '',
        action?.action ?? '',
        // The share of claims at level 2 or above backed by verified evidence, 0–1; empty where nothing is claimed.
        confidenceCell(confidence.get(element.id)?.share ?? null),
        isLowConfidence(score.achievedLevel, confidence.get(element.id)),
      ];
    });
  });
  return toCsv(withProfile(context, ELEMENT_COLUMNS, rows));
}

/** A confidence share as a CSV cell: three decimals, empty where there is none. */
export function confidenceCell(share: number | null | undefined): CsvCell {
  return share === null || share === undefined ? '' : Math.round(share * 1000) / 1000;
}
