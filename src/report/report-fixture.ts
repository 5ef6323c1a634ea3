/** A complete assessment of a frozen shipped model, with comments, evidence, an action and a review: for the report's tests. */
import { readFileSync } from 'node:fs';
import { MaturityModelSchema } from '../model/schema.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import type { ReportAnswer, ReportAssessment, ReportInput, ReportModel } from './report-document.ts';
import { questionsOf } from '../model/walk.ts';

export function reportFixture(): ReportInput {
  const parsed = MaturityModelSchema.parse(JSON.parse(readFileSync('assessments/ict-governance-1.0.0.json', 'utf8')));
  const model: ReportModel = {
    ...parsed,
    profile: {
      sections: [
        {
          id: 'organization',
          title: { en: 'The organization', fr: 'L’organisation', ar: 'المنظمة' },
          items: [
            { id: 'decision-rights', type: 'choice', label: 'Decision rights', options: [{ id: 'federated', label: { en: 'Federated', ar: 'اتحادي' } }] },
            { id: 'ict-share-of-expenditure', type: 'percentage', label: 'ICT share of expenditure' },
            { id: 'ict-spending', type: 'amount', label: 'ICT spending' },
            { id: 'staff', type: 'integer', label: 'Staff' },
            { id: 'unanswered', type: 'text', label: 'Never answered' },
          ],
        },
      ],
    },
  };
  const questions = questionsOf(model).map(({ question }) => question);
  const at = '2026-03-01T10:00:00.000Z';
  const answers: ReportAnswer[] = questions.map((q, i) => ({
    assessmentId: 'a1',
    questionId: q.id,
    value: i % 4,
    comment: i === 0 ? 'Policy approved by the board in 2025.' : '',
    answeredAt: at,
    ...(i === 0
      ? {
          evidence: [
            { title: 'ICT policy', reference: 'DMS-1234', date: '2025-11-30', custodian: 'CIO office', verified: true },
            { title: 'Board minutes', reference: 'https://intranet.example/minutes', verified: false },
          ],
        }
      : {}),
  }));
  const firstElement = model.domains[0]!.elements[0]!;
  const assessment: ReportAssessment = {
    id: 'a1',
    model: { id: model.id, version: model.version },
    organization: { name: 'World Example Organization', unit: 'Field operations' },
    period: '2026',
    status: 'final',
    createdAt: at,
    updatedAt: at,
    targets: {},
    actions: { [firstElement.id]: { action: 'Write the ICT strategy', owner: 'CIO', due: '2026-12-31', status: 'in-progress' } },
    profile: { 'decision-rights': 'federated', 'ict-share-of-expenditure': 4.5, 'ict-spending': { amount: 1200000, currency: 'USD' }, staff: 3100 },
    respondents: [
      { id: 'r1', name: 'Ana Lead', role: 'ICT' },
      { id: 'r2', name: 'Chen Finance', role: 'Finance' },
    ],
    review: {
      state: 'approved',
      history: [
        { state: 'in-review', by: 'Ana Lead', role: 'CIO', at: '2026-03-02T09:00:00.000Z', note: 'Ready for review' },
        { state: 'approved', by: 'Bo Chair', role: 'Audit committee', at: '2026-03-05T15:30:00.000Z', note: 'Approved as presented' },
      ],
    },
  };
  const report = scoreAssessment(model, answerLookup(model, answers));
  return { model, assessment, answers, report, now: '2026-03-06T08:00:00.000Z' };
}
