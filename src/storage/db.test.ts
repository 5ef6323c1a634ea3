import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStorage, DB_VERSION, MIGRATIONS, closeGovernanceDB, openGovernanceDB, type GovernanceDB } from './db.ts';
import { applyRestore } from './backup.ts';
import { ReviewRefusedError, reviewAssessment, saveEvidence } from './review.ts';
import {
  AssessmentLockedError,
  AssessmentMissingError,
  ModelInUseError,
  moveAssessment,
  countAnswered,
  createAssessment,
  deleteAssessment,
  deleteModel,
  getAssessment,
  listAnswers,
  listAssessments,
  listModels,
  saveAnswer,
  saveAction,
  saveLastElement,
  saveModel,
  saveProfileValue,
  saveTargets,
  saveAnswerBeforeUnload,
} from './index.ts';

const newAssessment = (name = 'UNDP') => ({
  modelId: 'ict-governance',
  modelVersion: '1.0.0',
  organization: { name, unit: 'Headquarters' },
  period: '2026',
});

const AT = '2026-05-01T10:00:00.000Z';
async function approve(id: string) {
  await reviewAssessment(id, { state: 'in-review', by: 'Lead', role: 'CIO', at: AT, note: '' });
  await reviewAssessment(id, { state: 'approved', by: 'Chair', role: 'Audit committee', at: AT, note: 'Approved' });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

describe('migrations', () => {
  it('upgrades a version 1 database full of data, keeping every record', async () => {
    // A database as version 1 of the app left it: no status, no settings store.
    const v1 = await openDB<GovernanceDB>('old', 1, {
      upgrade: (db, _old, _new, tx) => MIGRATIONS[0]!(db, tx as never),
    });
    const assessments = Array.from({ length: 3 }, (_, i) => ({
      id: `a${i}`,
      model: { id: 'ict-governance', version: '1.0.0' },
      organization: { name: `Org ${i}`, unit: '' },
      period: '2025',
      createdAt: `2025-0${i + 1}-01T00:00:00.000Z`,
      updatedAt: `2025-0${i + 1}-02T00:00:00.000Z`,
    }));
    for (const a of assessments) await v1.put('assessments', a as never);
    for (let q = 0; q < 40; q += 1) {
      await v1.put('answers', {
        assessmentId: `a${q % 3}`,
        questionId: `q${q}`,
        value: (q % 6) as 0,
        comment: `comment ${q}`,
        answeredAt: '2025-03-01T00:00:00.000Z',
      });
    }
    v1.close();

    const db = await openGovernanceDB('old');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(['answers', 'assessments', 'comparisonSets', 'contributions', 'importedResults', 'models', 'ownKeys', 'settings', 'trustedKeys']);
    const upgraded = await db.getAll('assessments');
    expect(upgraded).toEqual(assessments.map((a) => ({ ...a, status: 'in-progress', targets: {}, actions: {} })));
    expect(await db.count('answers')).toBe(40);
    expect((await db.getAllFromIndex('answers', 'by-assessment', 'a1')).map((a) => a.questionId)).toEqual(
      ['q1', 'q4', 'q7', 'q10', 'q13', 'q16', 'q19', 'q22', 'q25', 'q28', 'q31', 'q34', 'q37'].sort(),
    );
    expect((await db.getAllFromIndex('assessments', 'by-updated')).map((a) => a.id)).toEqual(['a0', 'a1', 'a2']);
    db.close();
  });

  it('creates the current schema from nothing', async () => {
    const db = await openGovernanceDB('fresh');
    expect(db.version).toBe(MIGRATIONS.length);
    expect(db.transaction('assessments').store.indexNames.contains('by-updated')).toBe(true);
    db.close();
  });
});

describe('assessments and answers', () => {
  it('creates, lists most recently changed first, and reads back', async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 3));
    const first = await createAssessment(newAssessment('First'));
    await tick();
    const second = await createAssessment(newAssessment('Second'));
    await tick();
    expect(first.status).toBe('in-progress');
    await saveAnswer({ assessmentId: first.id, questionId: 'strategy.a.b', value: 3, comment: '' });
    const listed = await listAssessments();
    expect(listed.map((a) => a.organization.name)).toEqual(['First', 'Second']);
    expect(await getAssessment(second.id)).toEqual(second);
  });

  it('rejects an assessment without an organization name', async () => {
    await expect(createAssessment({ ...newAssessment(), organization: { name: '  ', unit: '' } })).rejects.toThrow();
    expect(await listAssessments()).toEqual([]);
  });

  it('saves each answer with its comment, and replaces it when changed', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.b', value: null, comment: 'board minutes' });
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.b', value: 2, comment: 'board minutes' });
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.c', value: 'na', comment: '' });
    const answers = await listAnswers(id);
    expect(answers.map(({ questionId, value, comment }) => ({ questionId, value, comment }))).toEqual([
      { questionId: 'strategy.a.b', value: 2, comment: 'board minutes' },
      { questionId: 'strategy.a.c', value: 'na', comment: '' },
    ]);
    expect(await countAnswered(id)).toBe(2);
    const assessment = await getAssessment(id);
    expect(assessment!.updatedAt).toBe(answers.map((a) => a.answeredAt).sort().at(-1));
  });

  it('refuses an answer for an assessment that is gone and writes nothing', async () => {
    await expect(saveAnswer({ assessmentId: 'missing', questionId: 'a.b', value: 1, comment: '' })).rejects.toThrow(AssessmentMissingError);
    const db = await openGovernanceDB();
    expect(await db.count('answers')).toBe(0);
  });

  it('keeps the evidence register when a level or a comment is saved again (read in the same transaction as the write)', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: id, questionId: 'a.q', value: 1, comment: '' });
    const evidence = [{ title: 'Charter', reference: 'DOC-1', verified: true }];
    await saveEvidence(id, 'a.q', evidence);
    await saveAnswer({ assessmentId: id, questionId: 'a.q', value: 3, comment: 'raised' });
    const [answer] = await listAnswers(id);
    expect(answer).toMatchObject({ value: 3, comment: 'raised', evidence });
    await saveAnswer({ assessmentId: id, questionId: 'a.r', value: 2, comment: '' });
    expect((await listAnswers(id)).find((a) => a.questionId === 'a.r')).not.toHaveProperty('evidence');
  });

  it('refuses an invalid value and writes nothing', async () => {
    const { id } = await createAssessment(newAssessment());
    await expect(saveAnswer({ assessmentId: id, questionId: 'a.b', value: 11 as never, comment: '' })).rejects.toThrow();
    expect(await listAnswers(id)).toEqual([]);
  });

  it('remembers the element the person was on', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveLastElement(id, 'risk.security');
    expect((await getAssessment(id))!.lastElementId).toBe('risk.security');
  });

  it('deletes an assessment with its answers only', async () => {
    const kept = await createAssessment(newAssessment('Kept'));
    const gone = await createAssessment(newAssessment('Gone'));
    for (const assessment of [kept, gone]) {
      await saveAnswer({ assessmentId: assessment.id, questionId: 'a.b', value: 1, comment: '' });
      await saveAnswer({ assessmentId: assessment.id, questionId: 'a.c', value: 2, comment: '' });
    }
    await deleteAssessment(gone.id);
    expect((await listAssessments()).map((a) => a.id)).toEqual([kept.id]);
    expect(await listAnswers(gone.id)).toEqual([]);
    expect(await listAnswers(kept.id)).toHaveLength(2);
  });
});

describe('targets, actions and status', () => {
  it('keeps targets per element, and returns one to the default with null', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveTargets(id, { 'strategy.plan': 4, 'risk.register': 2 });
    await saveTargets(id, { 'risk.register': null, 'people.skills': 5 });
    expect((await getAssessment(id))!.targets).toEqual({ 'strategy.plan': 4, 'people.skills': 5 });
  });

  it('refuses a target that is no level (0–10) and changes nothing', async () => {
    const { id } = await createAssessment(newAssessment());
    await expect(saveTargets(id, { 'strategy.plan': 11 as never })).rejects.toThrow();
    expect((await getAssessment(id))!.targets).toEqual({});
  });

  it('keeps an action per element', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveAction(id, 'strategy.plan', { owner: 'CIO office', due: '2027-03-31', status: 'in-progress' });
    expect((await getAssessment(id))!.actions).toEqual({ 'strategy.plan': { owner: 'CIO office', due: '2027-03-31', status: 'in-progress' } });
    await expect(saveAction(id, 'strategy.plan', { owner: '', due: '31/03/2027', status: 'done' })).rejects.toThrow();
  });

  it('approves an assessment (final) and reopens it with a reason', async () => {
    const { id } = await createAssessment(newAssessment());
    await approve(id);
    expect((await getAssessment(id))!.status).toBe('final');
    await expect(reviewAssessment(id, { state: 'reopened', by: 'Ana', role: 'CIO', at: AT, note: '' })).rejects.toBeInstanceOf(ReviewRefusedError);
    expect((await getAssessment(id))!.review!.state).toBe('approved');
    const reopened = await reviewAssessment(id, { state: 'reopened', by: 'Ana', role: 'CIO', at: AT, note: 'Audit found a gap' });
    expect(reopened.status).toBe('in-progress');
    expect(reopened.review!.history.map((h) => h.state)).toEqual(['in-review', 'approved', 'reopened']);
  });
});

describe('the governance profile', () => {
  it('saves each value as given, in its own write, and removes one with null or an empty value', async () => {
    const { id } = await createAssessment(newAssessment());
    expect((await getAssessment(id))!.profile).toBeUndefined();
    await saveProfileValue(id, 'decision-rights', 'federated');
    await saveProfileValue(id, 'operating-regions', ['africa', 'europe']);
    await saveProfileValue(id, 'staff', 7200);
    await saveProfileValue(id, 'ict-spending', { amount: 41_500_000, currency: 'USD' });
    await saveProfileValue(id, 'cio-title', 'Chief Information Technology Officer');
    expect((await getAssessment(id))!.profile).toEqual({
      'decision-rights': 'federated',
      'operating-regions': ['africa', 'europe'],
      staff: 7200,
      'ict-spending': { amount: 41_500_000, currency: 'USD' },
      'cio-title': 'Chief Information Technology Officer',
    });
    await saveProfileValue(id, 'staff', null);
    await saveProfileValue(id, 'operating-regions', []);
    await saveProfileValue(id, 'cio-title', '');
    expect(Object.keys((await getAssessment(id))!.profile!).sort()).toEqual(['decision-rights', 'ict-spending']);
  });

  it('refuses a value of no known shape, and any change to a final assessment, changing nothing', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveProfileValue(id, 'staff', 10);
    await expect(saveProfileValue(id, 'staff', Number.NaN)).rejects.toThrow();
    await expect(saveProfileValue(id, 'ict-spending', { amount: 5, currency: 'dollars' })).rejects.toThrow();
    await expect(saveProfileValue(id, 'Not An Id', 'x')).rejects.toThrow();
    await approve(id);
    await expect(saveProfileValue(id, 'staff', 11)).rejects.toBeInstanceOf(AssessmentLockedError);
    expect((await getAssessment(id))!.profile).toEqual({ staff: 10 });
  });

  it('is carried into the next period’s assessment as a copy', async () => {
    const earlier = await createAssessment(newAssessment());
    await saveProfileValue(earlier.id, 'operating-regions', ['africa']);
    const next = await createAssessment({ ...newAssessment(), period: '2027' }, undefined, earlier.id);
    expect(next.profile).toEqual({ 'operating-regions': ['africa'] });
    await saveProfileValue(next.id, 'operating-regions', ['africa', 'europe']);
    expect((await getAssessment(earlier.id))!.profile).toEqual({ 'operating-regions': ['africa'] });
    expect((await createAssessment(newAssessment(), earlier.id)).profile).toBeUndefined();
  });
});

describe('models loaded from files', () => {
  const record = (version: string) => ({ id: 'custom', version, json: { id: 'custom', version }, fileName: `custom-${version}.json`, addedAt: '2026-01-01T00:00:00.000Z' });

  it('keeps them by id and version, and removes one no assessment uses', async () => {
    await saveModel(record('1.0.0'));
    await saveModel(record('1.1.0'));
    expect((await listModels()).map((m) => m.version)).toEqual(['1.0.0', '1.1.0']);
    await deleteModel('custom', '1.0.0');
    expect((await listModels()).map((m) => m.version)).toEqual(['1.1.0']);
  });

  it('refuses to remove a model an assessment uses, and keeps it', async () => {
    await saveModel(record('2.0.0'));
    await createAssessment({ ...newAssessment(), modelId: 'custom', modelVersion: '2.0.0' });
    await expect(deleteModel('custom', '2.0.0')).rejects.toBeInstanceOf(ModelInUseError);
    await expect(deleteModel('custom', '2.0.0')).rejects.toMatchObject({ problem: { code: 'storage.model_in_use', params: { count: 1 } } });
    expect((await listModels()).map((m) => m.version)).toEqual(['2.0.0']);
  });
});

describe('moving an assessment to a new version of its model', () => {
  it('replaces its answers and model in one go, and notes what to review', async () => {
    const assessment = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.kept', value: 2, comment: 'kept' });
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.removed', value: 4, comment: '' });
    const kept = (await listAnswers(assessment.id)).filter((a) => a.questionId === 'a.kept');
    const moved = await moveAssessment({ ...assessment, model: { id: 'ict-governance', version: '1.1.0' } }, kept, ['a.kept'], '1.0.0');
    expect(moved.model.version).toBe('1.1.0');
    expect(moved.migrated).toMatchObject({ from: '1.0.0', review: ['a.kept'] });
    expect((await listAnswers(assessment.id)).map((a) => [a.questionId, a.value])).toEqual([['a.kept', 2]]);
    expect((await getAssessment(assessment.id))!.model.version).toBe('1.1.0');
  });

  it('refuses a final assessment and changes nothing', async () => {
    const assessment = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.kept', value: 2, comment: '' });
    await approve(assessment.id);
    await expect(moveAssessment({ ...assessment, model: { id: 'ict-governance', version: '1.1.0' } }, [], [], '1.0.0')).rejects.toBeInstanceOf(
      AssessmentLockedError,
    );
    expect(await listAnswers(assessment.id)).toHaveLength(1);
    expect((await getAssessment(assessment.id))!.model.version).toBe('1.0.0');
  });
});

describe('migration 5: keys', () => {
  it('upgrades a version 4 database full of data, keeping every record, and then keeps a non-extractable key that still signs', async () => {
    const v4 = await openDB<GovernanceDB>('v4', 4, {
      upgrade: async (db, oldVersion, _new, tx) => {
        for (let v = oldVersion + 1; v <= 4; v += 1) await MIGRATIONS[v - 1]!(db, tx as never);
      },
    });
    await v4.put('assessments', { id: 'a', model: { id: 'm', version: '1' }, organization: { name: 'O', unit: '' }, period: '2025', status: 'final', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z', targets: {}, actions: {} });
    await v4.put('answers', { assessmentId: 'a', questionId: 'q', value: 2, comment: 'kept', answeredAt: '2025-01-01T00:00:00.000Z' });
    await v4.put('comparisonSets', { id: 's', name: 'Set', createdAt: '', updatedAt: '' });
    await v4.put('models', { id: 'm', version: '1', json: { any: 'thing' }, fileName: 'm.json', addedAt: '' });
    v4.close();

    const db = await openGovernanceDB('v4');
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['ownKeys', 'trustedKeys']));
    expect(await db.get('answers', ['a', 'q'])).toMatchObject({ comment: 'kept', value: 2 });
    expect(await db.count('assessments')).toBe(1);
    expect(await db.count('comparisonSets')).toBe(1);
    expect(await db.count('models')).toBe(1);

    const pair = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, false, ['sign', 'verify']);
    const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
    await db.put('ownKeys', { use: 'sign', organization: 'O', privateKey: pair.privateKey, publicKey: { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! }, fingerprint: 'f'.repeat(64), createdAt: '' });
    const stored = (await db.get('ownKeys', 'sign'))!;
    expect(stored.privateKey.extractable).toBe(false);
    const data = new TextEncoder().encode('x');
    const signature = await crypto.subtle.sign({ name: 'ECDSA', hash: 'SHA-256' }, stored.privateKey, data);
    expect(await crypto.subtle.verify({ name: 'ECDSA', hash: 'SHA-256' }, pair.publicKey, signature, data)).toBe(true);
    db.close();
  });
});

describe('opening with handlers', () => {
  it('tells the handlers given at open time, and no later caller replaces them', async () => {
    const told: string[] = [];
    await openStorage({ blocking: () => told.push('first: outdated') });
    expect(() => openStorage({ blocking: () => told.push('second: outdated') })).toThrow(/storage.already_open/);
    // A newer version of the app opens the database in another tab: this connection is asked to close.
    const newer = await openDB('ict-governance', DB_VERSION + 1);
    expect(told).toEqual(['first: outdated']);
    newer.close();
    // The next call opens again, with the same handlers.
    await openGovernanceDB().catch(() => undefined);
  });

  it('gives a separate database its own handlers', async () => {
    const told: string[] = [];
    const other = await openGovernanceDB('other', { blocking: () => told.push('other') });
    const newer = await openDB('other', DB_VERSION + 1);
    expect(told).toEqual(['other']);
    other.close();
    newer.close();
  });
});

describe('evidence saved as the page is left', () => {
  it('writes the register over the answer as the page read it, level, comment and consensus kept', async () => {
    const assessment = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 3, comment: 'as read' });
    const [read] = await listAnswers(assessment.id);
    const answer = { ...read!, consensus: { rationale: 'Two levels apart', at: AT } };
    expect(saveAnswerBeforeUnload({ assessmentId: assessment.id, questionId: 'a.q', value: answer.value, comment: answer.comment, consensus: answer.consensus, evidence: [{ title: 'Charter', reference: 'DOC-1', verified: false }] })).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [stored] = await listAnswers(assessment.id);
    expect(stored).toMatchObject({ value: 3, comment: 'as read', consensus: answer.consensus, evidence: [{ title: 'Charter', reference: 'DOC-1', verified: false }] });
  });

  it('refuses when the assessment was approved when last read', async () => {
    const assessment = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 2, comment: '' });
    await approve(assessment.id);
    await getAssessment(assessment.id);
    const before = await listAnswers(assessment.id);
    expect(saveAnswerBeforeUnload({ assessmentId: assessment.id, questionId: 'a.q', value: 2, comment: '', evidence: [{ title: 'Late', reference: '', verified: false }] })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listAnswers(assessment.id)).toEqual(before);
  });
});

describe('an approved assessment is locked in storage', () => {
  async function lockedWithAnswer() {
    const assessment = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 2, comment: 'before' });
    await saveEvidence(assessment.id, 'a.q', [{ title: 'Charter', reference: 'DOC-1', verified: true }]);
    await approve(assessment.id);
    return { assessment, before: await listAnswers(assessment.id), stored: (await getAssessment(assessment.id))! };
  }
  const locked = (error: unknown) => error instanceof AssessmentLockedError && error.code === 'assessment-locked';

  it('refuses an answer', async () => {
    const { assessment, before } = await lockedWithAnswer();
    expect(locked(await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 5, comment: 'after' }).catch((e: unknown) => e))).toBe(true);
    expect(await listAnswers(assessment.id)).toEqual(before);
  });

  it('refuses an answer saved as the page is left', async () => {
    const { assessment, before } = await lockedWithAnswer();
    expect(saveAnswerBeforeUnload({ assessmentId: assessment.id, questionId: 'a.q', value: 5, comment: 'after' })).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await listAnswers(assessment.id)).toEqual(before);
  });

  it('refuses evidence', async () => {
    const { assessment, before } = await lockedWithAnswer();
    expect(locked(await saveEvidence(assessment.id, 'a.q', []).catch((e: unknown) => e))).toBe(true);
    expect(await listAnswers(assessment.id)).toEqual(before);
  });

  it('refuses targets', async () => {
    const { assessment, stored } = await lockedWithAnswer();
    expect(locked(await saveTargets(assessment.id, { 'a.e': 5 }).catch((e: unknown) => e))).toBe(true);
    expect(await getAssessment(assessment.id)).toEqual(stored);
  });

  it('refuses an action', async () => {
    const { assessment, stored } = await lockedWithAnswer();
    expect(locked(await saveAction(assessment.id, 'a.e', { owner: 'x', due: '', status: 'done' }).catch((e: unknown) => e))).toBe(true);
    expect(await getAssessment(assessment.id)).toEqual(stored);
  });

  it('refuses a move to another model version', async () => {
    const { assessment, before } = await lockedWithAnswer();
    expect(locked(await moveAssessment({ ...assessment, model: { id: 'ict-governance', version: '1.1.0' } }, [], [], '1.0.0').catch((e: unknown) => e))).toBe(true);
    expect(await listAnswers(assessment.id)).toEqual(before);
  });

  it('refuses a restore that would change it, and lets the same records through', async () => {
    const { assessment, before, stored } = await lockedWithAnswer();
    const backup = { format: 'ict-governance-backup' as const, formatVersion: 1 as const, createdAt: AT, appVersion: 'test', assessments: [stored], answers: before, settings: [], models: [], keys: [], trustedKeys: [] };
    const changed = { ...backup, answers: before.map((a) => ({ ...a, value: 5 as const })) };
    expect(locked(await applyRestore(changed as never).catch((e: unknown) => e))).toBe(true);
    expect(await listAnswers(assessment.id)).toEqual(before);
    const retargeted = { ...backup, assessments: [{ ...stored, targets: { 'a.e': 5 } }] };
    expect(locked(await applyRestore(retargeted as never).catch((e: unknown) => e))).toBe(true);
    expect(await getAssessment(assessment.id)).toEqual(stored);
    await applyRestore(backup as never);
    expect(await listAnswers(assessment.id)).toEqual(before);
  });

  it('accepts all of these again once reopened', async () => {
    const { assessment } = await lockedWithAnswer();
    await reviewAssessment(assessment.id, { state: 'reopened', by: 'Chair', role: '', at: AT, note: 'New audit' });
    await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 5, comment: 'after' });
    await saveTargets(assessment.id, { 'a.e': 5 });
    const [answer] = await listAnswers(assessment.id);
    expect(answer).toMatchObject({ value: 5, evidence: [{ title: 'Charter', verified: true }] });
  });

  it('reads an old final record, never reviewed, as approved', async () => {
    const assessment = await createAssessment(newAssessment());
    const db = await openGovernanceDB();
    await db.put('assessments', { ...assessment, status: 'final' });
    expect(locked(await saveAnswer({ assessmentId: assessment.id, questionId: 'a.q', value: 1, comment: '' }).catch((e: unknown) => e))).toBe(true);
  });
});

describe('evidence', () => {
  it('is saved apart and kept when the level or comment changes', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveEvidence(id, 'a.q', [{ title: 'Board minutes', reference: 'https://intranet/minutes', date: '2026-03-01', custodian: 'Secretariat', verified: false }]);
    expect((await listAnswers(id))[0]).toMatchObject({ value: null, comment: '' });
    await saveAnswer({ assessmentId: id, questionId: 'a.q', value: 3, comment: 'yes' });
    expect((await listAnswers(id))[0]!.evidence).toEqual([{ title: 'Board minutes', reference: 'https://intranet/minutes', date: '2026-03-01', custodian: 'Secretariat', verified: false }]);
    await expect(saveEvidence(id, 'a.q', [{ title: '', reference: '', verified: true }])).rejects.toThrow();
    expect((await listAnswers(id))[0]!.evidence).toHaveLength(1);
  });
});
