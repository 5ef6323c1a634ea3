import { readFileSync } from 'node:fs';
import { problemText } from '../i18n/problem-text.ts';
import { describe, expect, it } from 'vitest';
import type { Answer, Assessment } from '../assessment/schema.ts';
import { applyMigration, compareVersions, planMigration, type MigrationPlan } from './migration.ts';
import { MaturityModelSchema, type MaturityModel, type MaturityModelInput } from './schema.ts';
import { smallModel } from './small-model.fixture.ts';

type QuestionInput = MaturityModelInput['domains'][number]['elements'][number]['questions'][number];

function question(model: MaturityModelInput, id: string): QuestionInput {
  const found = model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions)).find((q) => q.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}

function version1(): MaturityModelInput {
  const model = smallModel();
  question(model, 'risk.register.exists').levels['3'] = { en: 'A register kept up to date', fr: 'Un registre tenu à jour' };
  return model;
}

/**
 * 1.1.0: the element "strategy.people" (and its question) is gone, a question
 * is added to "strategy.plan", one question is reworded, one level
 * descriptor reads differently in French, "risk.register.used" no longer
 * allows N/A, and "strategy.plan.exists" only gains a French translation.
 */
function version2(): MaturityModelInput {
  const model = version1();
  model.version = '1.1.0';
  const strategy = model.domains[0]!;
  strategy.elements = strategy.elements.filter((e) => e.id !== 'strategy.people');
  strategy.elements[0]!.questions.push({ id: 'strategy.plan.funded', text: 'Is the plan funded?', guidance: 'Look at the budget.', levels: { ...question(model, 'strategy.plan.exists').levels } });
  question(model, 'strategy.plan.reviewed').text = 'Is it reviewed every year?';
  question(model, 'risk.register.exists').levels['3'] = { en: 'A register kept up to date', fr: 'Un registre mis à jour chaque trimestre' };
  question(model, 'risk.register.used').allowNotApplicable = false;
  question(model, 'strategy.plan.exists').text = { en: 'Is there a plan?', fr: 'Y a-t-il un plan ?' };
  return model;
}

const parse = (input: MaturityModelInput): MaturityModel => MaturityModelSchema.parse(input);
const from = parse(version1());
const to = parse(version2());

const assessment: Assessment = {
  id: 'a-1',
  model: { id: 'small', version: '1.0.0' },
  organization: { name: 'Health Organization', unit: '' },
  period: '2025',
  status: 'in-progress',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-02-01T00:00:00.000Z',
  lastElementId: 'strategy.people',
  targets: { 'strategy.plan': 4, 'strategy.people': 2 },
  actions: {
    'strategy.people': { owner: 'HR', due: '2025-06-30', status: 'in-progress' },
    'risk.register': { owner: 'CIO', due: '', status: 'not-started' },
  },
};

const answer = (questionId: string, value: Answer['value'], comment = ''): Answer => ({
  assessmentId: 'a-1',
  questionId,
  value,
  comment,
  answeredAt: '2025-01-10T00:00:00.000Z',
});

const answers: Answer[] = [
  answer('strategy.plan.exists', 3),
  answer('strategy.plan.reviewed', 2, 'Reviewed in 2023'),
  answer('strategy.people.trained', 4, 'Training records'),
  answer('risk.register.exists', 1),
  answer('risk.register.used', 'na', 'No register yet'),
];

function plan(): MigrationPlan {
  const check = planMigration(from, to, answers, assessment);
  if (!check.ok) throw new Error(check.problem.code);
  return check.plan;
}

describe('compareVersions', () => {
  it('orders by major, minor and patch as numbers', () => {
    expect(compareVersions('1.2.0', '1.10.0')).toBeLessThan(0);
    expect(compareVersions('2.0.0', '1.99.99')).toBeGreaterThan(0);
    expect(compareVersions('1.0.1', '1.0.1')).toBe(0);
  });

  it('puts pre-releases before their release, as semver.org does', () => {
    const sorted = ['1.0.0', '1.0.0-rc.10', '1.0.0-alpha', '1.0.0-rc.2', '1.0.0-alpha.1', '1.0.0-beta', '0.9.0'].sort(compareVersions);
    expect(sorted).toEqual(['0.9.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta', '1.0.0-rc.2', '1.0.0-rc.10', '1.0.0']);
  });

  it('ranks text that is not a version below every version', () => {
    expect(compareVersions('draft', '0.0.1')).toBeLessThan(0);
    expect(compareVersions('1.0.0', 'draft')).toBeGreaterThan(0);
  });
});

describe('planMigration', () => {
  it('lists added questions, with where they are asked', () => {
    expect(plan().added).toEqual([{ questionId: 'strategy.plan.funded', elementId: 'strategy.plan', domainId: 'strategy' }]);
  });

  it('lists removed questions with the answers that will not carry over', () => {
    expect(plan().removed).toEqual([{ questionId: 'strategy.people.trained', answer: answers[2], carriedTo: [] }]);
    expect(plan().carried.map((a) => a.questionId)).not.toContain('strategy.people.trained');
  });

  it('flags a reworded question and a level descriptor changed in one language', () => {
    const { changed, review } = plan();
    expect(changed).toEqual([
      { questionId: 'strategy.plan.reviewed', textChanged: true, changedLevels: [], answer: answers[1] },
      { questionId: 'risk.register.exists', textChanged: false, changedLevels: [3], answer: answers[3] },
    ]);
    expect(review).toContain('strategy.plan.reviewed');
    expect(review).toContain('risk.register.exists');
  });

  it('does not count a translation added as a change', () => {
    expect(plan().unchanged).toContain('strategy.plan.exists');
    expect(plan().review).not.toContain('strategy.plan.exists');
  });

  it('clears "not applicable" where the new version forbids it, keeps the comment and flags it', () => {
    const { carried, notApplicableRefused, review } = plan();
    expect(notApplicableRefused).toEqual([answers[4]]);
    expect(carried.find((a) => a.questionId === 'risk.register.used')).toEqual({ ...answers[4], value: null, comment: 'No register yet' });
    expect(review).toContain('risk.register.used');
  });

  it('lists review ids in the new model order, once each', () => {
    expect(plan().review).toEqual(['strategy.plan.reviewed', 'risk.register.exists', 'risk.register.used']);
  });

  it('carries targets and actions of elements that remain, and drops those of removed elements', () => {
    const { targets, actions } = plan();
    expect(targets).toEqual({ carried: { 'strategy.plan': 4 }, dropped: [{ elementId: 'strategy.people', target: 2, reason: 'element-removed' }] });
    expect(actions.carried).toEqual({ 'risk.register': assessment.actions['risk.register'] });
    expect(actions.dropped).toEqual([{ elementId: 'strategy.people', action: assessment.actions['strategy.people'] }]);
  });

  it('refuses another model, with a reason to show', () => {
    const other = parse({ ...version2(), id: 'other' });
    const check = planMigration(from, other, answers, assessment);
    expect(check).toEqual({ ok: false, problem: { code: 'migration.other-model', params: { from: 'small', to: 'other' } } });
  });

  it('refuses an older or the same version', () => {
    const older = parse({ ...version1(), version: '0.9.0' });
    const check = planMigration(from, older, answers, assessment);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problem).toEqual({ code: 'migration.older', params: { id: 'small', version: '0.9.0', current: '1.0.0' } });
    const same = planMigration(from, from, answers, assessment);
    expect(!same.ok && same.problem).toEqual({ code: 'migration.same-version', params: { id: 'small', version: '1.0.0' } });
  });

  it('refuses when the assessment is not on the version migrated from', () => {
    const check = planMigration(from, to, answers, { ...assessment, model: { id: 'small', version: '0.5.0' } });
    expect(!check.ok && check.problem).toMatchObject({ code: 'migration.not-from', params: { id: 'small', version: '0.5.0' } });
    expect(!check.ok && problemText(check.problem)).toMatch(/uses “small” 0\.5\.0/);
  });
});

describe('applyMigration', () => {
  it('gives the answers, the new model reference and the ids to review', () => {
    const migrated = applyMigration(plan());
    expect(migrated.assessment.model).toEqual({ id: 'small', version: '1.1.0' });
    expect(migrated.answers.map((a) => [a.questionId, a.value])).toEqual([
      ['strategy.plan.exists', 3],
      ['strategy.plan.reviewed', 2],
      ['risk.register.exists', 1],
      ['risk.register.used', null],
    ]);
    expect(migrated.review).toEqual(['strategy.plan.reviewed', 'risk.register.exists', 'risk.register.used']);
  });

  it('moves targets and actions, and forgets the element the questionnaire was on when it is gone', () => {
    const migrated = applyMigration(plan());
    expect(migrated.assessment.targets).toEqual({ 'strategy.plan': 4 });
    expect(Object.keys(migrated.assessment.actions)).toEqual(['risk.register']);
    expect(migrated.assessment).not.toHaveProperty('lastElementId');
    expect(migrated.assessment.updatedAt).toBe(assessment.updatedAt);
    const kept = planMigration(from, to, answers, { ...assessment, lastElementId: 'risk.register' });
    expect(kept.ok && applyMigration(kept.plan).assessment.lastElementId).toBe('risk.register');
  });

  it('leaves the plan it was given unchanged', () => {
    const given = plan();
    const before = structuredClone(given);
    applyMigration(given).answers[0]!.value = 5;
    expect(given).toEqual(before);
  });
});

/** `model` on a scale of four levels, 0 to 3: descriptors and recommendations above 3 gone, targets at most 3. */
function onFourLevels(model: MaturityModelInput, version: string): MaturityModelInput {
  model.version = version;
  model.scale = model.scale.filter((s) => s.level <= 3);
  for (const element of model.domains.flatMap((d) => d.elements)) {
    element.defaultTarget = 2;
    element.recommendations = Object.fromEntries(Object.entries(element.recommendations).filter(([level]) => Number(level) < 3));
    for (const q of element.questions) q.levels = Object.fromEntries(Object.entries(q.levels).filter(([level]) => Number(level) <= 3));
  }
  return model;
}

describe('planMigration across scales', () => {
  const sixLevels = parse(version1());
  const fourLevels = parse(onFourLevels(version1(), '2.0.0'));
  const scaleAnswers: Answer[] = [
    answer('strategy.plan.exists', 5, 'Fully optimised, we think'),
    answer('strategy.plan.reviewed', 3),
    answer('risk.register.exists', 4),
    answer('risk.register.used', 'na', 'No register yet'),
  ];
  const scalePlan = (fromModel: MaturityModel, toModel: MaturityModel, given: readonly Answer[], on: Assessment) => {
    const check = planMigration(fromModel, toModel, given, on);
    if (!check.ok) throw new Error(check.problem.code);
    return check.plan;
  };
  const onSix = { ...assessment, targets: { 'strategy.plan': 4, 'risk.register': 3 } };

  it('clears a level the new scale does not have, keeps the comment and flags it for review', () => {
    const plan = scalePlan(sixLevels, fourLevels, scaleAnswers, onSix);
    expect(plan.levelOffScale).toEqual([scaleAnswers[0], scaleAnswers[2]]);
    expect(plan.carried).toEqual([
      { ...scaleAnswers[0], value: null, comment: 'Fully optimised, we think' },
      scaleAnswers[1],
      { ...scaleAnswers[2], value: null },
      scaleAnswers[3],
    ]);
    expect(plan.review).toEqual(['strategy.plan.exists', 'strategy.plan.reviewed', 'risk.register.exists', 'risk.register.used']);
    expect(plan.notApplicableRefused).toEqual([]);
    expect(applyMigration(plan).answers.map((a) => a.value)).toEqual([null, 3, null, 'na']);
  });

  it('compares descriptors over both scales: a level only one version has is a changed descriptor', () => {
    const down = scalePlan(sixLevels, fourLevels, scaleAnswers, onSix);
    expect(down.changed.map((c) => [c.questionId, c.changedLevels])).toEqual(
      ['strategy.plan.exists', 'strategy.plan.reviewed', 'strategy.people.trained', 'risk.register.exists', 'risk.register.used'].map((id) => [id, [4, 5]]),
    );
    const grown = parse({ ...version1(), version: '3.0.0' });
    const up = scalePlan(fourLevels, grown, scaleAnswers.slice(1, 2), { ...assessment, model: { id: 'small', version: '2.0.0' }, targets: {} });
    expect(up.changed.every((c) => c.changedLevels.join() === '4,5' && !c.textChanged)).toBe(true);
    expect(up.carried).toEqual([scaleAnswers[1]]);
    expect(up.levelOffScale).toEqual([]);
  });

  it('drops a target that is not on the new scale, and says so', () => {
    const plan = scalePlan(sixLevels, fourLevels, scaleAnswers, onSix);
    expect(plan.targets).toEqual({
      carried: { 'risk.register': 3 },
      dropped: [{ elementId: 'strategy.plan', target: 4, reason: 'off-scale' }],
    });
    expect(applyMigration(plan).assessment.targets).toEqual({ 'risk.register': 3 });
  });
});

describe('moving a complete assessment of the shipped default model to its second edition', () => {
  const read = (file: string): MaturityModel => MaturityModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  // 2.0.0 as published (frozen beside 2.1.0, which is moved to in the next block).
  const v2 = read('assessments/ict-governance-2.0.0.json');
  const ids = (model: MaturityModel) => model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id)));

  for (const version of ['1.0.0', '1.1.0']) {
    it(`moves every answer of ${version}: carried, changed and flagged, carried to the parts of a split question, added, removed`, () => {
      const old = read(`assessments/ict-governance-${version}.json`);
      const onOld: Assessment = { ...assessment, model: { id: old.id, version: old.version }, lastElementId: 'strategy.ict-strategy', targets: {}, actions: {} };
      // A complete assessment: every question answered, with levels that differ so that a wrong carry shows.
      const all = ids(old).map((id, i) => answer(id, (i % 6) as Answer['value'], `evidence ${i}`));
      const check = planMigration(old, v2, all, onOld);
      if (!check.ok) throw new Error(check.problem.code);
      const { plan: p } = check;
      const newIds = ids(v2);
      const valueOf = new Map(all.map((a) => [a.questionId, a.value]));

      // Added: the new questions, exactly the ids 2.0.0 has and the old version had not.
      expect(p.added.map((a) => a.questionId).sort()).toEqual(newIds.filter((id) => !ids(old).includes(id)).sort());
      expect(p.added.map((a) => a.questionId)).toEqual(expect.arrayContaining(['risk.ict-risk.ai', 'sourcing.strategy.cloud', 'performance.assurance.oversight-committee', 'investment.portfolio.funding']));

      // Removed: the duplicates and the double-barrelled questions; the split ones name where their answer went.
      const removed = Object.fromEntries(p.removed.map((r) => [r.questionId, r.carriedTo]));
      expect(removed).toEqual({
        'strategy.stakeholder-engagement.consultation': [],
        'knowledge.system-wide.participation': [],
        'enterprise-systems.data.records-decisions': ['enterprise-systems.data.records', 'enterprise-systems.data.evidence-decisions'],
        'knowledge.practices.lessons-communities': ['knowledge.practices.lessons', 'knowledge.practices.communities'],
      });
      for (const r of p.removed) expect(r.answer?.value).toBe(valueOf.get(r.questionId));

      // Carried to the parts of a split question: the old answer, flagged for review.
      for (const [from, parts] of Object.entries(removed)) {
        for (const part of parts) {
          const carried = p.carried.find((a) => a.questionId === part)!;
          expect(carried.value, part).toBe(valueOf.get(from));
          expect(carried.comment).toBe(all.find((a) => a.questionId === from)!.comment);
          expect(p.review).toContain(part);
          expect(p.added.find((a) => a.questionId === part)!.carriedFrom).toBe(from);
        }
      }

      // Changed: every question both versions have whose wording moved (the level 4 and 5 descriptors did in all), carried and flagged.
      expect(p.changed.length).toBeGreaterThan(50);
      for (const c of p.changed) {
        expect(p.carried.find((a) => a.questionId === c.questionId)?.value, c.questionId).toBe(valueOf.get(c.questionId));
        expect(p.review).toContain(c.questionId);
      }
      // Every question both versions have is either changed or unchanged, and every old answer is carried, or removed and listed.
      expect([...p.changed.map((c) => c.questionId), ...p.unchanged].sort()).toEqual(newIds.filter((id) => ids(old).includes(id)).sort());
      const accounted = new Set([...p.carried.map((a) => a.questionId), ...p.removed.map((r) => r.questionId)]);
      for (const a of all) expect(accounted.has(a.questionId), a.questionId).toBe(true);
      // Nothing carries to a question that is not in 2.0.0, and nothing is carried twice.
      expect(p.carried.every((a) => newIds.includes(a.questionId))).toBe(true);
      expect(new Set(p.carried.map((a) => a.questionId)).size).toBe(p.carried.length);

      const moved = applyMigration(p);
      expect(moved.assessment.model).toEqual({ id: 'ict-governance', version: '2.0.0' });
      expect(moved.answers).toHaveLength(p.carried.length);
    });
  }
});

describe('moving a complete 2.0.0 assessment of the shipped default model to 2.1.0', () => {
  const read = (file: string): MaturityModel => MaturityModelSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const v200 = read('assessments/ict-governance-2.0.0.json');
  const v210 = read('assessments/ict-governance.json');
  const questionsOf = (model: MaturityModel) => model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));
  const ids = (model: MaturityModel) => questionsOf(model).map((q) => q.id);
  const elements = (model: MaturityModel) => model.domains.flatMap((d) => d.elements.map((e) => e.id));
  const SPLIT = 'enterprise-systems.erp-lifecycle.cost-sharing';
  const PARTS = ['enterprise-systems.erp-lifecycle.cost', 'enterprise-systems.erp-lifecycle.sharing'];

  /** Every question answered (levels that differ, so that a wrong carry shows; "not applicable" where allowed, one in three), a target and an action on every element. */
  function complete(splitValue: Answer['value']) {
    const onOld: Assessment = {
      ...assessment,
      model: { id: v200.id, version: v200.version },
      lastElementId: 'enterprise-systems.erp-lifecycle',
      targets: Object.fromEntries(elements(v200).map((id, i) => [id, ((i % 5) + 1) as 1])),
      actions: Object.fromEntries(elements(v200).map((id) => [id, { owner: `owner of ${id}`, due: '2027-06-30', status: 'in-progress' as const }])),
    };
    const all = questionsOf(v200).map((q, i) =>
      answer(q.id, q.id === SPLIT ? splitValue : q.allowNotApplicable && i % 3 === 0 ? 'na' : ((i % 6) as Answer['value']), `evidence ${i}`),
    );
    return { onOld, all };
  }

  /** The questions whose text or a level descriptor reads differently in some language, read from the two files, not from the plan. */
  function reworded(): string[] {
    const old = new Map(questionsOf(v200).map((q) => [q.id, q]));
    return questionsOf(v210)
      .filter((q) => {
        const was = old.get(q.id);
        if (!was) return false;
        const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
        return !same(was.text, q.text) || !same(was.levels, q.levels);
      })
      .map((q) => q.id);
  }

  it('carries every answer: unchanged ones as they were, reworded ones flagged, the split question\'s answer to both parts flagged, nothing lost', () => {
    const { onOld, all } = complete(2);
    const check = planMigration(v200, v210, all, onOld);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    const p = check.plan;
    const valueOf = new Map(all.map((a) => [a.questionId, a]));

    // Added: the two parts of the split question, each taking its answer.
    expect(p.added).toEqual(PARTS.map((questionId) => ({ questionId, elementId: 'enterprise-systems.erp-lifecycle', domainId: 'enterprise-systems', carriedFrom: SPLIT })));
    // Removed: the double-barrelled question, with its answer and where it went.
    expect(p.removed).toEqual([{ questionId: SPLIT, answer: valueOf.get(SPLIT), carriedTo: PARTS }]);
    // The parts start from the old answer and comment, and a person looks at them again.
    for (const part of PARTS) {
      expect(p.carried.find((a) => a.questionId === part), part).toMatchObject({ value: 2, comment: valueOf.get(SPLIT)!.comment });
      expect(p.review, part).toContain(part);
    }

    // Changed: exactly the questions reworded in Chinese, Russian or French (the terms), carried and flagged.
    const changed = reworded();
    expect(changed.length).toBeGreaterThan(20);
    expect(p.changed.map((c) => c.questionId).sort()).toEqual([...changed].sort());
    for (const c of p.changed) {
      expect(p.carried.find((a) => a.questionId === c.questionId)?.value, c.questionId).toBe(valueOf.get(c.questionId)!.value);
      expect(p.review).toContain(c.questionId);
    }
    // Unchanged: every other question both versions have, carried as it was and not flagged.
    expect(p.unchanged.sort()).toEqual(ids(v200).filter((id) => id !== SPLIT && !changed.includes(id)).sort());
    for (const id of p.unchanged) {
      expect(p.carried.find((a) => a.questionId === id), id).toEqual(valueOf.get(id));
      expect(p.review).not.toContain(id);
    }
    expect(p.review.sort()).toEqual([...changed, ...PARTS].sort());
    // "Not applicable" is allowed wherever it was: nothing refused, no level off the scale.
    expect(all.some((a) => a.value === 'na')).toBe(true);
    expect(p.notApplicableRefused).toEqual([]);
    expect(p.levelOffScale).toEqual([]);
    // Every element is still there: every target and action carries, and the questionnaire reopens where it was.
    expect(p.targets).toEqual({ carried: onOld.targets, dropped: [] });
    expect(p.actions).toEqual({ carried: onOld.actions, dropped: [] });
    expect(p.lastElementId).toBe('enterprise-systems.erp-lifecycle');

    const moved = applyMigration(p);
    expect(moved.assessment.model).toEqual({ id: 'ict-governance', version: '2.1.0' });
    expect(moved.answers.map((a) => a.questionId).sort()).toEqual(ids(v210).sort());
  });

  it('carries "not applicable" on the split ERP question to both parts, which allow it', () => {
    const { onOld, all } = complete('na');
    const check = planMigration(v200, v210, all, onOld);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    for (const part of PARTS) expect(check.plan.carried.find((a) => a.questionId === part)?.value, part).toBe('na');
    expect(check.plan.notApplicableRefused).toEqual([]);
  });

  it('leaves the parts unanswered when the split question was not answered, and lists no carry', () => {
    const { onOld, all } = complete(2);
    const check = planMigration(v200, v210, all.filter((a) => a.questionId !== SPLIT), onOld);
    if (!check.ok) throw new Error(JSON.stringify(check.problem));
    expect(check.plan.added.map((a) => a.carriedFrom)).toEqual([undefined, undefined]);
    expect(check.plan.carried.filter((a) => PARTS.includes(a.questionId))).toEqual([]);
    expect(check.plan.removed).toEqual([{ questionId: SPLIT, answer: null, carriedTo: [] }]);
  });
});
