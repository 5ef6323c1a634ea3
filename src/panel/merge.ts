/**
 * The respondents' answers side by side, question by question: every
 * respondent's level, comment and evidence, and the spread of their levels
 * (what the lead looks at to set the consensus). Pure and order-free: the
 * same contributions in any order merge to the same result.
 */
import { scaleLevels, type Level, type MaturityModel } from '../model/schema.ts';
import type { AnswerValue, Evidence, PanelRespondent } from '../assessment/schema.ts';
import type { StoredContribution } from './contribution-file.ts';

export interface MergedEntry {
  respondent: PanelRespondent;
  value: AnswerValue | null;
  comment: string;
  evidence: Evidence[];
}

export interface Spread {
  min: Level;
  max: Level;
  /** `max - min`: two or more, and the consensus needs a rationale. */
  range: number;
}

export interface MergedQuestion {
  questionId: string;
  elementId: string;
  domainId: string;
  /** One per respondent who answered it (a level, "not applicable", a comment or evidence), by respondent id. */
  entries: MergedEntry[];
  /** Of the levels given ("not applicable" and no level left out); null when none was. */
  spread: Spread | null;
  needsRationale: boolean;
  /** The model's scale, and whether "not applicable" may be the consensus: what checkConsensus needs. */
  levels: Level[];
  allowNotApplicable: boolean;
}

/** The spread of some levels; null when there are none. */
export function spreadOf(levels: readonly number[]): Spread | null {
  if (levels.length === 0) return null;
  let min = levels[0]!;
  let max = min;
  for (const level of levels) {
    if (level < min) min = level;
    if (level > max) max = level;
  }
  return { min, max, range: max - min };
}

/** Respondents apart by this many levels or more: the consensus needs a rationale. */
export const RATIONALE_RANGE = 2;

function byRespondent(a: StoredContribution, b: StoredContribution): number {
  return a.respondentId < b.respondentId ? -1 : a.respondentId > b.respondentId ? 1 : 0;
}

/** Every question of the model, in the model's order, with the contributions' answers to it. */
export function mergeContributions(model: MaturityModel, contributions: readonly StoredContribution[]): MergedQuestion[] {
  const sorted = [...contributions].sort(byRespondent);
  const byQuestion = new Map<string, MergedEntry[]>();
  for (const contribution of sorted) {
    for (const answer of contribution.file.answers) {
      let entries = byQuestion.get(answer.questionId);
      if (!entries) byQuestion.set(answer.questionId, (entries = []));
      entries.push({ respondent: contribution.respondent, value: answer.value, comment: answer.comment, evidence: answer.evidence ?? [] });
    }
  }
  const levels = scaleLevels(model);
  const merged: MergedQuestion[] = [];
  for (const domain of model.domains) {
    for (const element of domain.elements) {
      for (const question of element.questions) {
        const entries = byQuestion.get(question.id) ?? [];
        const spread = spreadOf(entries.flatMap((e) => (typeof e.value === 'number' ? [e.value] : [])));
        merged.push({
          questionId: question.id,
          elementId: element.id,
          domainId: domain.id,
          entries,
          spread,
          needsRationale: spread !== null && spread.range >= RATIONALE_RANGE,
          levels,
          allowNotApplicable: question.allowNotApplicable,
        });
      }
    }
  }
  return merged;
}

/** Who said what, per question id: what a result file (v3 `answers[].contributions`) keeps of a panel. */
export interface ContributionForExport {
  respondentId: string;
  value: AnswerValue | null;
  comment: string;
}

export function contributionsForExport(model: MaturityModel, contributions: readonly StoredContribution[]): Map<string, ContributionForExport[]> {
  const out = new Map<string, ContributionForExport[]>();
  for (const question of mergeContributions(model, contributions)) {
    if (question.entries.length) {
      out.set(
        question.questionId,
        question.entries.map((e) => ({ respondentId: e.respondent.id, value: e.value, comment: e.comment })),
      );
    }
  }
  return out;
}
