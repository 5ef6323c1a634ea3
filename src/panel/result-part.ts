/**
 * What a result file keeps of a panel (format v3): the respondents (id,
 * name, role) in `assessment.respondents`, and on every question they
 * answered who said what (`answers[].contributions`). A question the panel
 * answered but the lead has not settled is written with no level (`value:
 * null`, so it counts as unanswered), at the time of the latest
 * respondent's answer, so who said what is not lost. A "not applicable"
 * consensus writes its rationale as the answer's reason: it is that reason.
 */
import { notApplicableReason, type Answer, type Panel } from '../assessment/schema.ts';
import type { MaturityModel } from '../model/schema.ts';
import type { StoredContribution } from './contribution-file.ts';
import { contributionsForExport, type ContributionForExport } from './merge.ts';

/** An answer as a result file writes it, with the panel's part. */
export type AnswerWithPanel = Pick<Answer, 'questionId' | 'value' | 'comment' | 'answeredAt' | 'evidence' | 'consensus'> & {
  reason?: string;
  contributions?: ContributionForExport[];
};

export interface PanelPart {
  answers: AnswerWithPanel[];
  /** Everyone who is on the panel or sent a contribution; empty without a panel. */
  respondents: { id: string; name: string; role: string }[];
}

/** The answers and respondents a result file of this assessment holds, with who said what. */
export function panelPartOf(model: MaturityModel, answers: readonly Answer[], panel: Panel | undefined, contributions: readonly StoredContribution[]): PanelPart {
  const said = contributionsForExport(model, contributions);
  const latest = new Map<string, string>();
  for (const contribution of contributions) {
    for (const answer of contribution.file.answers) {
      const before = latest.get(answer.questionId);
      if (before === undefined || answer.answeredAt > before) latest.set(answer.questionId, answer.answeredAt);
    }
  }
  const withPanel = answers.map((answer): AnswerWithPanel => {
    const reason = answer.value === 'na' && answer.consensus ? notApplicableReason(answer) : '';
    const entries = said.get(answer.questionId);
    return { ...answer, ...(reason ? { reason } : {}), ...(entries ? { contributions: entries } : {}) };
  });
  const answered = new Set(answers.map((a) => a.questionId));
  for (const [questionId, entries] of said) {
    if (!answered.has(questionId)) withPanel.push({ questionId, value: null, comment: '', answeredAt: latest.get(questionId)!, contributions: entries });
  }
  const respondents = new Map<string, { id: string; name: string; role: string }>();
  for (const r of panel?.respondents ?? []) respondents.set(r.id, { id: r.id, name: r.name, role: r.role });
  for (const { respondent: r } of contributions) if (!respondents.has(r.id)) respondents.set(r.id, { id: r.id, name: r.name, role: r.role });
  return { answers: withPanel, respondents: [...respondents.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}
