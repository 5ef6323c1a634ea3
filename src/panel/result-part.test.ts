/**
 * A panel assessment's result file holds who said what: written by
 * panelPartOf + createResultFile, read back by checkResultFile and
 * importResultFile (round trip), with a "not applicable" consensus whose
 * rationale is its reason, and a question the lead has not settled.
 */
import { describe, expect, it } from 'vitest';
import type { Answer, Panel, PanelRespondent } from '../assessment/schema.ts';
import { importResultFile } from '../exchange/import.ts';
import { publishedModelHash } from '../exchange/model-identity.ts';
import { checkResultFile, createResultFile } from '../exchange/result-file.ts';
import { hashOf } from '../exchange/canonical.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { storedContributionOf, type ContributionFile } from './contribution-file.ts';
import { panelPartOf } from './result-part.ts';

const model = MaturityModelSchema.parse(smallModel());
const sha256 = await publishedModelHash(smallModel());
const models = (id: string, version: string) => (id === model.id && version === model.version ? { model, sha256 } : undefined);
const LEAD = 'lead-1';
const alice: PanelRespondent = { id: 'r1', name: 'Alice', role: 'ict' };
const bob: PanelRespondent = { id: 'r2', name: 'Bob', role: 'business' };
const carol: PanelRespondent = { id: 'r3', name: 'Carol', role: 'finance' };

function contribution(respondent: PanelRespondent, answers: [string, number | 'na' | null, string, string][]) {
  const file = {
    format: 'ict-governance-contribution',
    formatVersion: 1,
    packageId: `p-${respondent.id}`,
    exportedAt: '2026-03-01T00:00:00.000Z',
    assessmentId: LEAD,
    model: { id: model.id, version: model.version, sha256 },
    respondent,
    domains: ['strategy'],
    answers: answers.map(([questionId, value, comment, answeredAt]) => ({ questionId, value, comment, answeredAt })),
    integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: '0'.repeat(64) },
  } as ContributionFile;
  return storedContributionOf(file, '2026-03-02T00:00:00.000Z');
}

const contributions = [
  contribution(bob, [['strategy.plan.exists', 1, 'never seen it', '2026-02-03T00:00:00.000Z']]),
  contribution(alice, [
    ['strategy.plan.exists', 3, 'we have one', '2026-02-01T00:00:00.000Z'],
    ['strategy.people.trained', 'na', 'no ICT staff here', '2026-02-01T00:00:00.000Z'],
  ]),
  // Carol removed from the panel since, but her contribution is kept: she is still named.
  contribution(carol, [['strategy.plan.reviewed', 2, '', '2026-02-05T00:00:00.000Z']]),
];
const panel: Panel = { respondents: [alice, bob], lead: { name: 'Lena', role: 'CIO' } };
const at = '2026-02-10T00:00:00.000Z';
const leadAnswers: Answer[] = [
  { assessmentId: LEAD, questionId: 'strategy.plan.exists', value: 2, comment: '', answeredAt: at, consensus: { rationale: 'ICT runs it; business has not seen it', at } },
  { assessmentId: LEAD, questionId: 'strategy.people.trained', value: 'na', comment: '', answeredAt: at, consensus: { rationale: 'The unit has no ICT staff', at } },
  { assessmentId: LEAD, questionId: 'risk.register.exists', value: 4, comment: 'own answer', answeredAt: at },
];
const assessment = {
  id: LEAD,
  organization: { name: 'Org', unit: '' },
  period: '2026',
  status: 'in-progress' as const,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: at,
  targets: {},
  panel,
};

async function exported() {
  const part = panelPartOf(model, leadAnswers, panel, contributions);
  const file = await createResultFile({
    assessment,
    model,
    modelIdentity: { sha256 },
    answers: part.answers,
    report: scoreAssessment(model, answerLookup(model, part.answers)),
    appVersion: 'test',
    respondents: part.respondents,
  });
  return { part, file };
}

describe('a panel in the result file', () => {
  it('puts who said what on every question the panel answered, settled or not, and names every respondent', () => {
    const { answers, respondents } = panelPartOf(model, leadAnswers, panel, contributions);
    expect(respondents).toEqual([
      { id: 'r1', name: 'Alice', role: 'ict' },
      { id: 'r2', name: 'Bob', role: 'business' },
      { id: 'r3', name: 'Carol', role: 'finance' },
    ]);
    const of = (id: string) => answers.find((a) => a.questionId === id)!;
    expect(of('strategy.plan.exists').contributions).toEqual([
      { respondentId: 'r1', value: 3, comment: 'we have one' },
      { respondentId: 'r2', value: 1, comment: 'never seen it' },
    ]);
    // The "not applicable" consensus: its rationale is its reason.
    expect(of('strategy.people.trained')).toMatchObject({ value: 'na', reason: 'The unit has no ICT staff', contributions: [{ respondentId: 'r1', value: 'na' }] });
    // Not settled by the lead: no level, at the latest respondent's time, with who said what.
    expect(of('strategy.plan.reviewed')).toEqual({ questionId: 'strategy.plan.reviewed', value: null, comment: '', answeredAt: '2026-02-05T00:00:00.000Z', contributions: [{ respondentId: 'r3', value: 2, comment: '' }] });
    // A question nobody on the panel answered is as the lead left it.
    expect(of('risk.register.exists')).toEqual(leadAnswers[2]);
    // On this device too, the rationale is the reason: the N/A counts, though its comment is empty.
    expect(answerLookup(model, leadAnswers).get('strategy.people.trained')).toBe('na');
    const blank: Answer = { ...leadAnswers[1]!, consensus: { rationale: ' ', at } };
    expect(answerLookup(model, [blank]).has('strategy.people.trained')).toBe(false);
    // Without contributions: the answers as they are, the N/A consensus with its reason.
    expect(panelPartOf(model, leadAnswers, undefined, [])).toEqual({
      answers: leadAnswers.map((a) => (a.value === 'na' ? { ...a, reason: 'The unit has no ICT staff' } : a)),
      respondents: [],
    });
  });

  it('is read back by import: the respondents and who said what; the N/A consensus counts, the unsettled question does not', async () => {
    const { file } = await exported();
    const checked = await checkResultFile(JSON.parse(JSON.stringify(file)));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.file.assessment.respondents).toHaveLength(3);
    const outcome = await importResultFile('panel.json', JSON.stringify(file), models, new Map());
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.panel).toEqual({
      respondents: [
        { id: 'r1', name: 'Alice', role: 'ict' },
        { id: 'r2', name: 'Bob', role: 'business' },
        { id: 'r3', name: 'Carol', role: 'finance' },
      ],
      contributions: {
        'strategy.plan.exists': [
          { respondentId: 'r1', value: 3, comment: 'we have one' },
          { respondentId: 'r2', value: 1, comment: 'never seen it' },
        ],
        'strategy.people.trained': [{ respondentId: 'r1', value: 'na', comment: 'no ICT staff here' }],
        'strategy.plan.reviewed': [{ respondentId: 'r3', value: 2, comment: '' }],
      },
    });
    const people = outcome.result.report.domains.flatMap((d) => d.elements).find((e) => e.elementId === 'strategy.people')!;
    const plan = outcome.result.report.domains.flatMap((d) => d.elements).find((e) => e.elementId === 'strategy.plan')!;
    // strategy.people's only question is N/A with its reason: answered. strategy.plan's second is unsettled: half answered.
    expect(people.coverage).toBe(1);
    expect(plan.coverage).toBe(0.5);
  });

  it('a file without a panel imports with none', async () => {
    const file = await createResultFile({ assessment, model, modelIdentity: { sha256 }, answers: [leadAnswers[2]!], report: scoreAssessment(model, new Map()), appVersion: 'test' });
    const outcome = await importResultFile('plain.json', JSON.stringify(file), models, new Map());
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.panel).toBeUndefined();
  });

  it('refuses a respondent’s level off the model’s scale, naming the field', async () => {
    const { file } = await exported();
    const json = JSON.parse(JSON.stringify(file));
    const i = json.answers.findIndex((a: { questionId: string }) => a.questionId === 'strategy.plan.exists');
    json.answers[i].contributions[1].value = 9;
    const { integrity, ...content } = json;
    json.integrity = { ...integrity, hash: await hashOf(content) };
    const outcome = await importResultFile('off.json', JSON.stringify(json), models, new Map());
    expect(outcome).toMatchObject({ status: 'rejected', problems: [{ code: 'import.answer-off-scale', path: `$.answers[${i}].contributions[1].value` }] });
  });
});
