import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../assessment/schema.ts';
import { MaturityModelSchema, scaleLevels, type Level, type MaturityModel } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { seededRandom } from './calibration.ts';
import { achievementOf, holdingIndicators, rateIndicators, shareReaching, type Indicator } from './rating.ts';
import { answerLookup, scoreAssessment, type ScoreReport } from './score.ts';

const BANDS = { partially: 15, largely: 50, fully: 85 };
const SIX = [0, 1, 2, 3, 4, 5];
const ind = (...levels: (Level | null)[]): Indicator[] => levels.map((level) => ({ level, weight: 1 }));

describe('the ISO/IEC 33020 rating rule', () => {
  it('rates shares on the N/P/L/F scale at 15, 50 and 85 %', () => {
    expect([0, 0.15, 0.16, 0.5, 0.51, 0.85, 0.86, 1].map((share) => achievementOf(share, BANDS))).toEqual(['N', 'N', 'P', 'P', 'L', 'L', 'F', 'F']);
  });

  it('reaches a level when it is Largely achieved and every level below Fully', () => {
    // 10 indicators at 3, one of them at 2: 90 % reach 3 (Fully), none reach 4.
    expect(rateIndicators(ind(3, 3, 3, 3, 3, 3, 3, 3, 3, 2), SIX, 'nplf', BANDS)).toBe(3);
    // 6 of 10 at 4, 4 at 3: Largely at 4, Fully at 3 → 4.
    expect(rateIndicators(ind(4, 4, 4, 4, 4, 4, 3, 3, 3, 3), SIX, 'nplf', BANDS)).toBe(4);
    // 6 of 10 at 4, 4 at 2: Largely at 4 but only Largely at 3 → 3.
    expect(rateIndicators(ind(4, 4, 4, 4, 4, 4, 2, 2, 2, 2), SIX, 'nplf', BANDS)).toBe(3);
  });

  it('is the weakest link with two indicators of equal weight, as COBIT\'s focus area with any number', () => {
    expect(rateIndicators(ind(5, 1), SIX, 'nplf', BANDS)).toBe(1);
    expect(rateIndicators(ind(3, 3, 3, 3, 3, 3, 3, 3, 3, 2), SIX, 'all', BANDS)).toBe(2);
  });

  it('starts at the lowest level of the scale, whatever it is', () => {
    expect(rateIndicators(ind(1, 1), [1, 2, 3, 4, 5], 'nplf', BANDS)).toBe(1);
    expect(rateIndicators(ind(0, 0), [0, 1, 2, 3], 'nplf', BANDS)).toBe(0);
    expect(rateIndicators(ind(null, null), SIX, 'nplf', BANDS)).toBeNull();
  });

  it('counts an indicator not rated yet as reaching nothing', () => {
    expect(shareReaching(ind(3, null), 1)).toBe(0.5);
    expect(rateIndicators(ind(3, 3, 3, null), SIX, 'nplf', BANDS)).toBe(1);
  });

  it('gives the README\'s worked example', () => {
    expect(rateIndicators(ind(3, 3, 3, 2), SIX, 'nplf', BANDS)).toBe(3);
    expect(rateIndicators(ind(4, 1), SIX, 'nplf', BANDS)).toBe(1);
    expect(rateIndicators(ind(4, 4, 4, 3), SIX, 'nplf', BANDS)).toBe(4);
    expect(rateIndicators(ind(3, 1, 4), SIX, 'nplf', BANDS)).toBe(2);
    expect(holdingIndicators(ind(3, 1, 4), 2, SIX, 'nplf', BANDS)).toEqual([1]);
    // 32 key elements: 20 at 3, 10 at 2, 2 at 1 → 94 % reach 2 (Fully), 63 % reach 3 (Largely) → 3.
    const organization = ind(...Array<Level>(20).fill(3), ...Array<Level>(10).fill(2), 1, 1);
    expect(rateIndicators(organization, SIX, 'nplf', BANDS)).toBe(3);
  });

  it('names what holds a combination at its level', () => {
    // Below Fully at 3 (those under 3), and below Largely at 4 (those at 3).
    expect(holdingIndicators(ind(3, 3, 3, 3, 3, 3, 3, 2, 2, 4), 3, SIX, 'nplf', BANDS)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    // Fully at 4 already: only the indicators at 4 hold it below 5.
    expect(holdingIndicators(ind(4, 4, 4, 4, 4, 4, 4, 2), 4, SIX, 'nplf', BANDS)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(holdingIndicators(ind(5, 1), 1, SIX, 'nplf', BANDS)).toEqual([1]);
    expect(holdingIndicators(ind(5, 5), 5, SIX, 'nplf', BANDS)).toEqual([]);
  });
});

// ── Properties over random answers ──────────────────────────────────────────

function shippedModel(file: string): MaturityModel {
  return MaturityModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

const models: [string, MaturityModel][] = [
  ['the default model', shippedModel('assessments/ict-governance.json')],
  ['the quick check', shippedModel('assessments/ict-governance-quick.json')],
  ['a small weighted model', MaturityModelSchema.parse(smallModel())],
  ['a model rating domains by "all"', MaturityModelSchema.parse({ ...smallModel(), rating: { domain: 'all' } })],
  ['a four-level model (0–3)', shippedModel('assessments/examples/four-level-model.json')],
];

type Answers = Map<string, AnswerValue>;

function questionsOf(model: MaturityModel) {
  return model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));
}

/** Random answers: most questions answered at a level around a random centre, some unanswered, some "not applicable". */
function randomAnswers(model: MaturityModel, next: () => number): Answers {
  const levels = scaleLevels(model);
  const centre = Math.floor(next() * levels.length);
  const answers: Answers = new Map();
  for (const q of questionsOf(model)) {
    const draw = next();
    if (draw < 0.1) continue;
    if (draw < 0.15 && q.allowNotApplicable) answers.set(q.id, 'na');
    else answers.set(q.id, levels[Math.min(levels.length - 1, Math.max(0, centre + Math.round((next() - 0.5) * 3)))]!);
  }
  return answers;
}

function report(model: MaturityModel, answers: Answers): ScoreReport {
  return scoreAssessment(model, answerLookup(model, [...answers].map(([questionId, value]) => ({ questionId, value, comment: 'because' }))));
}

/** Every level a report states, by where it stands: `null` (not rated) below every level. */
function levelsOf(r: ScoreReport): Map<string, number> {
  const out = new Map<string, number>([['overall', r.overall.achievedLevel ?? -1]]);
  for (const d of r.domains) {
    out.set(d.domainId, d.achievedLevel ?? -1);
    for (const e of d.elements) out.set(e.elementId, e.achievedLevel ?? -1);
  }
  for (const f of r.frameworks) for (const v of f.values) out.set(`${f.frameworkId}/${v.valueId}`, v.achievedLevel ?? -1);
  return out;
}

function indexesOf(r: ScoreReport): Map<string, number | null> {
  const out = new Map<string, number | null>([['overall', r.overall.score]]);
  for (const d of r.domains) {
    out.set(d.domainId, d.score);
    for (const e of d.elements) out.set(e.elementId, e.score);
  }
  return out;
}

const CASES = 120;

describe.each(models)('properties of the method on %s', (_name, model) => {
  const levels = scaleLevels(model);

  it('leaving a question unanswered never raises any level', () => {
    const next = seededRandom(11);
    for (let i = 0; i < CASES; i += 1) {
      const answers = randomAnswers(model, next);
      const answered = [...answers.keys()];
      if (answered.length === 0) continue;
      const dropped = answered[Math.floor(next() * answered.length)]!;
      const fewer = new Map(answers);
      fewer.delete(dropped);
      const before = levelsOf(report(model, answers));
      const after = levelsOf(report(model, fewer));
      for (const [where, level] of after) expect(level, `${where} after leaving ${dropped} unanswered`).toBeLessThanOrEqual(before.get(where)!);
    }
  });

  it('raising one answer never lowers any level or index', () => {
    const next = seededRandom(23);
    for (let i = 0; i < CASES; i += 1) {
      const answers = randomAnswers(model, next);
      const raisable = [...answers].filter(([, v]) => v !== 'na' && v < levels.at(-1)!);
      if (raisable.length === 0) continue;
      const [id, value] = raisable[Math.floor(next() * raisable.length)]!;
      const raised = new Map(answers).set(id, (value as number) + 1);
      const before = report(model, answers);
      const after = report(model, raised);
      const levelsBefore = levelsOf(before);
      for (const [where, level] of levelsOf(after)) expect(level, `${where} after raising ${id}`).toBeGreaterThanOrEqual(levelsBefore.get(where)!);
      const indexBefore = indexesOf(before);
      for (const [where, index] of indexesOf(after)) {
        if (index !== null && indexBefore.get(where) !== null) expect(index, `index of ${where}`).toBeGreaterThanOrEqual(indexBefore.get(where)!);
      }
    }
  });

  it('rates an organization that answers everything at one level at that level, everywhere', () => {
    for (const level of levels) {
      const answers: Answers = new Map(questionsOf(model).map((q) => [q.id, level]));
      for (const [where, rated] of levelsOf(report(model, answers))) expect(rated, where).toBe(level);
    }
  });

  it('never states a level off the scale, nor a figure that is not a number', () => {
    const next = seededRandom(37);
    for (let i = 0; i < CASES; i += 1) {
      const r = report(model, randomAnswers(model, next));
      for (const [, level] of levelsOf(r)) expect(level === -1 || levels.includes(level)).toBe(true);
      for (const [, index] of indexesOf(r)) if (index !== null) expect(Number.isFinite(index)).toBe(true);
    }
  });
});
