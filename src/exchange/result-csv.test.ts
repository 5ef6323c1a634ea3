import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../assessment/schema.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { parseCsv } from './csv-parse.ts';
import { ELEMENT_COLUMNS, QUESTION_COLUMNS, elementsCsv, questionsCsv } from './result-csv.ts';
import { smallProfile } from '../model/profile.fixture.ts';

const model = MaturityModelSchema.parse(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')));
const [first, second] = model.domains[0]!.elements;
const assessment = AssessmentSchema.parse({
  id: 'a1',
  model: { id: model.id, version: model.version },
  organization: { name: 'UNICEF', unit: '' },
  period: '2026',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  actions: {
    [first!.id]: { action: 'Adopt an ICT strategy, approved by the board', owner: 'CIO office', due: '2027-03-31', status: 'in-progress' },
    // A row kept before the plan had an action field.
    [second!.id]: { owner: 'Deputy', due: '', status: 'not-started' },
  },
});

describe('the elements spreadsheet', () => {
  const rows = parseCsv(elementsCsv({ model, assessment, language: 'en' }, scoreAssessment(model, new Map()), new Map(), []));
  const column = (name: string) => rows[0]!.indexOf(name);

  it('adds the action after every earlier column, so readers of those keep working', () => {
    expect(rows[0]).toEqual([...ELEMENT_COLUMNS]);
    expect(rows[0]!.slice(-7)).toEqual(['action_owner', 'action_due', 'action_status', 'holding_question_id', 'action', 'confidence', 'low_confidence']);
  });

  it('writes the action itself, and nothing where a row has none', () => {
    const byElement = new Map(rows.slice(1).map((r) => [r[column('element_id')], r]));
    expect(byElement.get(first!.id)![column('action')]).toBe('Adopt an ICT strategy, approved by the board');
    expect(byElement.get(first!.id)![column('action_owner')]).toBe('CIO office');
    expect(byElement.get(second!.id)![column('action')]).toBe('');
    expect(byElement.get(second!.id)![column('action_owner')]).toBe('Deputy');
  });
});

describe('confidence in the result spreadsheets', () => {
  // The first element's questions: all at level 4, one of them with verified evidence, one with evidence nobody checked.
  const questions = first!.questions;
  const verified = { title: 'Board minutes', reference: 'DMS/1', verified: true };
  const answers = questions.map((q, i) => ({
    assessmentId: 'a1',
    questionId: q.id,
    value: 4 as const,
    comment: '',
    answeredAt: '2026-01-02T00:00:00.000Z',
    ...(i === 0 ? { evidence: [verified] } : i === 1 ? { evidence: [{ ...verified, verified: false }] } : {}),
  }));
  const report = scoreAssessment(model, answerLookup(model, answers));
  const rows = parseCsv(elementsCsv({ model, assessment, language: 'en' }, report, new Map(), [], answers));
  const column = (name: string) => rows[0]!.indexOf(name);
  const row = (id: string) => rows.find((r) => r[column('element_id')] === id)!;

  it('writes each element’s confidence beside its level, flagged when a level of 3 or above rests on less than half', () => {
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(row(first!.id)[column('achieved_level')]).toBe('4');
    expect(row(first!.id)[column('confidence')]).toBe(String(Math.round((1 / questions.length) * 1000) / 1000));
    expect(row(first!.id)[column('low_confidence')]).toBe(1 / questions.length < 0.5 ? 'true' : 'false');
    // Nothing claimed: no figure, and no flag.
    expect(row(second!.id)[column('confidence')]).toBe('');
    expect(row(second!.id)[column('low_confidence')]).toBe('false');
  });

  it('says per question whether it has verified evidence', () => {
    const q = parseCsv(questionsCsv({ model, assessment, language: 'en' }, answers));
    const at = (name: string) => q[0]!.indexOf(name);
    expect(q[0]!.at(-1)).toBe('verified_evidence');
    const byId = new Map(q.slice(1).map((r) => [r[at('question_id')], r[at('verified_evidence')]]));
    expect(byId.get(questions[0]!.id)).toBe('true');
    expect(byId.get(questions[1]!.id)).toBe('false');
  });
});

describe('the governance profile in the result spreadsheets', () => {
  const profile = smallProfile();
  const withProfile = AssessmentSchema.parse({
    ...assessment,
    profile: {
      'organization-kind': 'fund-programme',
      'operating-regions': ['africa', 'europe'],
      staff: 7200,
      'ict-spending': { amount: 41_500_000, currency: 'USD' },
      'cio-title': 'Chief, "Digital" Services; =HYPERLINK',
    },
  });
  const profileHeaders = [
    'profile.organization-kind',
    'profile.operating-regions',
    'profile.staff',
    'profile.figures-year',
    'profile.ict-spending',
    'profile.ict-spending.currency',
    'profile.ict-share-of-expenditure',
    'profile.cio-title',
  ];

  it('ends every row of both files with the same profile columns, after every earlier column, empty where nothing is given', () => {
    const elements = parseCsv(elementsCsv({ model, assessment: withProfile, language: 'fr', profile }, scoreAssessment(model, new Map()), new Map(), []));
    const questions = parseCsv(questionsCsv({ model, assessment: withProfile, language: 'fr', profile }, []));
    for (const rows of [elements, questions]) {
      expect(rows[0]!.slice(-profileHeaders.length)).toEqual(profileHeaders);
      const cells = rows.slice(1).map((row) => row.slice(-profileHeaders.length));
      expect(new Set(cells.map((c) => JSON.stringify(c))).size).toBe(1);
      expect(cells[0]).toEqual(['fund-programme', 'africa; europe', '7200', '', '41500000', 'USD', '', 'Chief, "Digital" Services; =HYPERLINK']);
    }
    expect(elements[0]!.slice(0, ELEMENT_COLUMNS.length)).toEqual([...ELEMENT_COLUMNS]);
    expect(questions[0]!.slice(0, QUESTION_COLUMNS.length)).toEqual([...QUESTION_COLUMNS]);
  });

  it('adds no columns when the model asks for no profile', () => {
    const rows = parseCsv(questionsCsv({ model, assessment: withProfile, language: 'en' }, []));
    expect(rows[0]).toEqual([...QUESTION_COLUMNS]);
  });
});
