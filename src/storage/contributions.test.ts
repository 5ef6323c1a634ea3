import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DB_VERSION, MIGRATIONS, closeGovernanceDB, openGovernanceDB, type GovernanceDB } from './db.ts';
import { reviewAssessment } from './review.ts';
import {
  AssessmentLockedError,
  AssessmentMissingError,
  StorageError,
  createAssessment,
  createAssessmentFromPackage,
  deleteAssessment,
  getAssessment,
  listAnswers,
  listContributions,
  removeContribution,
  saveAnswer,
  saveConsensus,
  saveContribution,
  saveEvidence,
  setPanelLead,
  setPanelRespondents,
} from './index.ts';
import { notApplicableReason } from '../assessment/schema.ts';
import type { ContributionFile, StoredContribution } from '../panel/contribution-file.ts';
import { createPackage } from '../panel/package.ts';
import type { PanelRespondent } from '../assessment/schema.ts';

const AT = '2026-05-01T10:00:00.000Z';
const SHA = 'a'.repeat(64);
const alice: PanelRespondent = { id: 'r1', name: 'Alice', role: 'ict' };
const bob: PanelRespondent = { id: 'r2', name: 'Bob', role: 'business' };

const newAssessment = () => ({ modelId: 'ict-governance', modelVersion: '1.0.0', organization: { name: 'UNDP', unit: 'HQ' }, period: '2026' });

function contribution(assessmentId: string, respondent: PanelRespondent, value: number, packageId = `p-${respondent.id}`): StoredContribution {
  const file: ContributionFile = {
    format: 'ict-governance-contribution',
    formatVersion: 1,
    packageId,
    exportedAt: AT,
    assessmentId,
    model: { id: 'ict-governance', version: '1.0.0', sha256: SHA },
    respondent,
    domains: ['strategy'],
    answers: [{ questionId: 'strategy.a.q', value, comment: `${respondent.name} says ${value}`, answeredAt: AT }],
    integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: SHA },
  };
  return { assessmentId, respondentId: respondent.id, packageId, respondent, importedAt: AT, file };
}

async function approve(id: string) {
  await reviewAssessment(id, { state: 'in-review', by: 'Lead', role: 'CIO', at: AT, note: '' });
  await reviewAssessment(id, { state: 'approved', by: 'Chair', role: 'Audit', at: AT, note: 'ok' });
}
async function reopen(id: string) {
  await reviewAssessment(id, { state: 'reopened', by: 'Chair', role: 'Audit', at: AT, note: 'one more respondent' });
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

describe('migration 6: contributions', () => {
  it('upgrades a version 5 database full of data, keeping every record, and then keeps contributions', async () => {
    const v5 = await openDB<GovernanceDB>('v5', 5, {
      upgrade: async (db, oldVersion, _new, tx) => {
        for (let v = oldVersion + 1; v <= 5; v += 1) await MIGRATIONS[v - 1]!(db, tx as never);
      },
    });
    const assessments = Array.from({ length: 3 }, (_, i) => ({
      id: `a${i}`,
      model: { id: 'ict-governance', version: '1.0.0' },
      organization: { name: `Org ${i}`, unit: '' },
      period: '2025',
      status: 'in-progress' as const,
      createdAt: AT,
      updatedAt: AT,
      targets: { 'strategy.a': 4 },
      actions: {},
    }));
    for (const a of assessments) await v5.put('assessments', a);
    for (let q = 0; q < 30; q += 1) {
      await v5.put('answers', { assessmentId: `a${q % 3}`, questionId: `d.e.q${q}`, value: q % 6, comment: `comment ${q}`, answeredAt: AT });
    }
    await v5.put('settings', { key: 'language', value: 'fr' });
    await v5.put('models', { id: 'm', version: '1', json: { any: 'thing' }, fileName: 'm.json', addedAt: AT });
    await v5.put('comparisonSets', { id: 's', name: 'Set', createdAt: AT, updatedAt: AT });
    await v5.put('trustedKeys', { fingerprint: 'f'.repeat(64) } as never);
    const before = {
      assessments: await v5.getAll('assessments'),
      answers: await v5.getAll('answers'),
      settings: await v5.getAll('settings'),
      models: await v5.getAll('models'),
      comparisonSets: await v5.getAll('comparisonSets'),
      trustedKeys: await v5.getAll('trustedKeys'),
    };
    v5.close();

    const db = await openGovernanceDB('v5');
    expect(db.version).toBe(DB_VERSION);
    expect(DB_VERSION).toBe(6);
    expect(db.objectStoreNames.contains('contributions')).toBe(true);
    for (const [store, records] of Object.entries(before)) expect(await db.getAll(store as never)).toEqual(records);
    await db.put('contributions', contribution('a1', alice, 3));
    await db.put('contributions', contribution('a2', bob, 1));
    expect((await db.getAllFromIndex('contributions', 'by-assessment', 'a1')).map((c) => c.respondentId)).toEqual(['r1']);
    db.close();
  });
});

describe('contributions', () => {
  it('are kept per respondent; a later one of the same respondent replaces the earlier', async () => {
    const { id } = await createAssessment(newAssessment());
    expect(await saveContribution(contribution(id, bob, 1))).toEqual({ replaced: false });
    expect(await saveContribution(contribution(id, alice, 3))).toEqual({ replaced: false });
    expect(await saveContribution(contribution(id, alice, 4, 'p-later'))).toEqual({ replaced: true });
    const listed = await listContributions(id);
    expect(listed.map((c) => [c.respondentId, c.packageId, c.file.answers[0]!.value])).toEqual([
      ['r1', 'p-later', 4],
      ['r2', 'p-r2', 1],
    ]);
    expect(await listContributions('another')).toEqual([]);
    await removeContribution(id, 'r2');
    expect((await listContributions(id)).map((c) => c.respondentId)).toEqual(['r1']);
  });

  it('refuses one that names another assessment or respondent than its record, or an assessment that is gone, keeping nothing', async () => {
    const { id } = await createAssessment(newAssessment());
    const other = contribution('someone-else', alice, 3);
    await expect(saveContribution({ ...other, assessmentId: id })).rejects.toMatchObject({ problem: { code: 'storage.contribution_mismatch' } });
    await expect(saveContribution({ ...contribution(id, alice, 3), respondentId: 'r2' })).rejects.toBeInstanceOf(StorageError);
    await expect(saveContribution(contribution('gone', alice, 3))).rejects.toBeInstanceOf(AssessmentMissingError);
    const bad = contribution(id, alice, 3);
    await expect(saveContribution({ ...bad, file: { ...bad.file, answers: [{ ...bad.file.answers[0]!, value: 11 }] } })).rejects.toThrow();
    const db = await openGovernanceDB();
    expect(await db.count('contributions')).toBe(0);
  });

  it('go with their assessment when it is deleted, and only theirs', async () => {
    const first = await createAssessment(newAssessment());
    const second = await createAssessment(newAssessment());
    await saveContribution(contribution(first.id, alice, 3));
    await saveContribution(contribution(second.id, alice, 2));
    await deleteAssessment(first.id);
    expect(await listContributions(first.id)).toEqual([]);
    expect(await listContributions(second.id)).toHaveLength(1);
  });
});

describe('the panel and the consensus', () => {
  it('keeps the respondents, and removes the panel with none', async () => {
    const { id } = await createAssessment(newAssessment());
    const saved = await setPanelRespondents(id, [alice, bob]);
    expect(saved.panel).toEqual({ respondents: [alice, bob] });
    expect((await getAssessment(id))!.panel).toEqual({ respondents: [alice, bob] });
    await expect(setPanelRespondents(id, [alice, { ...bob, id: 'r1' }])).rejects.toMatchObject({ problem: { code: 'storage.respondent_duplicate' } });
    await expect(setPanelRespondents(id, [{ ...alice, role: 'boss' as never }])).rejects.toThrow();
    await expect(setPanelRespondents(id, [{ ...alice, name: '  ' }])).rejects.toThrow();
    expect((await getAssessment(id))!.panel).toEqual({ respondents: [alice, bob] });
    expect((await setPanelRespondents(id, [])).panel).toBeUndefined();
  });

  it('sets the consensus as the answer, with its rationale, keeping comment and evidence', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.q', value: 1, comment: 'the lead’s note' });
    await saveEvidence(id, 'strategy.a.q', [{ title: 'Plan', reference: 'DOC-1', verified: true }]);
    const answer = await saveConsensus(id, 'strategy.a.q', 2, 'ICT and business disagree; minutes show 2');
    expect(answer).toMatchObject({ value: 2, comment: 'the lead’s note', evidence: [{ title: 'Plan' }], consensus: { rationale: 'ICT and business disagree; minutes show 2' } });
    expect(answer.consensus!.at).toBe(answer.answeredAt);
    expect(await listAnswers(id)).toEqual([answer]);
    const fresh = await saveConsensus(id, 'strategy.b.q', 'na', 'no field offices this period');
    expect(fresh).toMatchObject({ value: 'na', comment: '', consensus: { rationale: 'no field offices this period' } });
    await expect(saveConsensus(id, 'strategy.a.q', 12 as never, 'x')).rejects.toThrow();
    expect((await listAnswers(id)).find((a) => a.questionId === 'strategy.a.q')!.value).toBe(2);
  });
});

describe('a "not applicable" consensus', () => {
  it('is refused without its reason (the rationale), nothing written; kept with it, the rationale being the reason', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.q', value: 3, comment: '' });
    const before = await listAnswers(id);
    for (const empty of ['', '   ']) {
      await expect(saveConsensus(id, 'strategy.a.q', 'na', empty)).rejects.toMatchObject({ problem: { code: 'storage.reason_missing', params: { question: 'strategy.a.q' } } });
    }
    expect(await listAnswers(id)).toEqual(before);
    const answer = await saveConsensus(id, 'strategy.a.q', 'na', 'The unit has no ERP of its own');
    expect(answer).toMatchObject({ value: 'na', comment: '', consensus: { rationale: 'The unit has no ERP of its own' } });
    expect(notApplicableReason(answer)).toBe('The unit has no ERP of its own');
    // A level needs no rationale when respondents agree (the page's check knows the spread).
    expect((await saveConsensus(id, 'strategy.a.q', 2, '')).consensus).toEqual({ rationale: '', at: expect.any(String) });
  });
});

describe('the lead of the panel', () => {
  it('names themselves once: kept with the panel, through changes of respondents, refused when empty or locked', async () => {
    const { id } = await createAssessment(newAssessment());
    const lena = { name: 'Lena Ortiz', role: 'Chief information officer' };
    expect((await setPanelLead(id, { name: '  Lena Ortiz ', role: ' Chief information officer ' })).panel).toEqual({ respondents: [], lead: lena });
    expect((await setPanelRespondents(id, [alice])).panel).toEqual({ respondents: [alice], lead: lena });
    // No respondents left: the panel stays, for its lead.
    expect((await setPanelRespondents(id, [])).panel).toEqual({ respondents: [], lead: lena });
    await expect(setPanelLead(id, { name: ' ', role: 'x' })).rejects.toThrow();
    expect((await getAssessment(id))!.panel!.lead).toEqual(lena);
    await approve(id);
    expect(await setPanelLead(id, { name: 'Someone else', role: '' }).catch((e: unknown) => e instanceof AssessmentLockedError)).toBe(true);
    expect((await getAssessment(id))!.panel!.lead).toEqual(lena);
  });
});

describe('removing one contribution', () => {
  it('removes that respondent’s only, in its own transaction', async () => {
    const { id } = await createAssessment(newAssessment());
    const other = await createAssessment(newAssessment());
    await saveContribution(contribution(id, alice, 3));
    await saveContribution(contribution(id, bob, 1));
    await saveContribution(contribution(other.id, alice, 2));
    await removeContribution(id, 'r1');
    expect((await listContributions(id)).map((c) => c.respondentId)).toEqual(['r2']);
    expect((await listContributions(other.id)).map((c) => c.respondentId)).toEqual(['r1']);
    await expect(removeContribution('gone', 'r2')).rejects.toBeInstanceOf(AssessmentMissingError);
  });
});

describe('the consensus stays with its level', () => {
  it('through a new comment and new evidence; another level is no longer the consensus', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveConsensus(id, 'strategy.a.q', 2, 'minutes show 2');
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.q', value: 2, comment: 'noted' });
    await saveEvidence(id, 'strategy.a.q', [{ title: 'Minutes', reference: 'M-1', verified: false }]);
    expect((await listAnswers(id))[0]).toMatchObject({ value: 2, comment: 'noted', evidence: [{ title: 'Minutes' }], consensus: { rationale: 'minutes show 2' } });
    await saveAnswer({ assessmentId: id, questionId: 'strategy.a.q', value: 3, comment: 'noted' });
    expect((await listAnswers(id))[0]!.consensus).toBeUndefined();
  });
});

describe('an approved assessment refuses the panel’s writes in storage', () => {
  const locked = (error: unknown) => error instanceof AssessmentLockedError;

  async function approvedPanel() {
    const { id } = await createAssessment(newAssessment());
    await setPanelRespondents(id, [alice]);
    await saveContribution(contribution(id, alice, 3));
    await saveConsensus(id, 'strategy.a.q', 3, '');
    await approve(id);
    const db = await openGovernanceDB();
    return { id, before: { assessment: await getAssessment(id), answers: await listAnswers(id), contributions: await db.getAll('contributions') } };
  }
  async function unchanged(id: string, before: Awaited<ReturnType<typeof approvedPanel>>['before']) {
    const db = await openGovernanceDB();
    expect(await getAssessment(id)).toEqual(before.assessment);
    expect(await listAnswers(id)).toEqual(before.answers);
    expect(await db.getAll('contributions')).toEqual(before.contributions);
  }

  it('refuses a contribution, new or replacing', async () => {
    const { id, before } = await approvedPanel();
    expect(await saveContribution(contribution(id, bob, 1)).catch(locked)).toBe(true);
    expect(await saveContribution(contribution(id, alice, 0)).catch(locked)).toBe(true);
    expect(await removeContribution(id, 'r1').catch(locked)).toBe(true);
    await unchanged(id, before);
  });

  it('refuses a change of respondents', async () => {
    const { id, before } = await approvedPanel();
    expect(await setPanelRespondents(id, [alice, bob]).catch(locked)).toBe(true);
    expect(await setPanelRespondents(id, []).catch(locked)).toBe(true);
    await unchanged(id, before);
  });

  it('refuses a consensus', async () => {
    const { id, before } = await approvedPanel();
    expect(await saveConsensus(id, 'strategy.a.q', 1, 'changed my mind').catch(locked)).toBe(true);
    await unchanged(id, before);
  });

  it('accepts them again once reopened', async () => {
    const { id } = await approvedPanel();
    await reopen(id);
    expect(await saveContribution(contribution(id, bob, 1))).toEqual({ replaced: false });
    expect((await setPanelRespondents(id, [alice, bob])).panel!.respondents).toHaveLength(2);
    expect((await saveConsensus(id, 'strategy.a.q', 2, 'after review')).value).toBe(2);
  });
});

describe('a respondent’s assessment from a package', () => {
  const pkg = createPackage({
    assessment: { id: 'lead-1', organization: { name: 'UNDP', unit: 'HQ' }, period: '2026' },
    model: { id: 'ict-governance', version: '1.0.0', sha256: SHA },
    respondent: alice,
    domains: ['strategy', 'risk'],
    lead: { name: 'Lena', role: 'CIO', organization: 'UNDP (HQ)', fingerprint: 'cd'.repeat(32) },
  });

  it('is made with the contribution set, and found again when the same package is opened again', async () => {
    const { assessment, existing } = await createAssessmentFromPackage(pkg);
    expect(existing).toBe(false);
    expect(assessment).toMatchObject({
      model: { id: 'ict-governance', version: '1.0.0' },
      organization: { name: 'UNDP', unit: 'HQ' },
      period: '2026',
      contribution: { packageId: pkg.packageId, respondent: alice, domains: ['strategy', 'risk'], lead: { name: 'Lena', role: 'CIO', organization: 'UNDP (HQ)', fingerprint: 'cd'.repeat(32) }, leadAssessmentId: 'lead-1' },
    });
    expect(assessment.id).not.toBe('lead-1');
    await saveAnswer({ assessmentId: assessment.id, questionId: 'strategy.a.q', value: 2, comment: '' });
    const again = await createAssessmentFromPackage(pkg);
    expect(again).toEqual({ assessment: (await getAssessment(assessment.id))!, existing: true });
    expect(await listAnswers(assessment.id)).toHaveLength(1);
    const other = await createAssessmentFromPackage({ ...pkg, packageId: crypto.randomUUID() });
    expect(other.existing).toBe(false);
  });
});

describe('contributions in backups', () => {
  it('go into a backup and come back with a restore, who said what and all', async () => {
    const { id } = await createAssessment(newAssessment());
    await setPanelRespondents(id, [alice, bob]);
    await saveContribution(contribution(id, alice, 3));
    await saveContribution(contribution(id, bob, 1));
    await saveConsensus(id, 'strategy.a.q', 2, 'minutes show 2');
    const { createBackup, parseBackup, applyRestore } = await import('./backup.ts');
    const text = JSON.stringify(await createBackup('1'));
    globalThis.indexedDB = new IDBFactory();
    await closeGovernanceDB();
    const checked = parseBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    await applyRestore(checked.backup);
    expect((await listContributions(id)).map((c) => [c.respondent.name, c.file.answers[0]!.comment])).toEqual([
      ['Alice', 'Alice says 3'],
      ['Bob', 'Bob says 1'],
    ]);
    expect((await listAnswers(id))[0]!.consensus!.rationale).toBe('minutes show 2');
    // A backup made before contributions existed reads as none.
    const older = JSON.parse(text);
    delete older.contributions;
    expect(parseBackup(JSON.stringify(older))).toMatchObject({ ok: true, backup: { contributions: [] } });
  });

  it('refuses a contribution for an assessment the backup lacks, and a restore that would change an approved assessment’s contributions', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveContribution(contribution(id, alice, 3));
    const { createBackup, parseBackup, applyRestore } = await import('./backup.ts');
    const backup = JSON.parse(JSON.stringify(await createBackup('1')));
    const orphan = { ...backup, contributions: [contribution('nowhere', alice, 1)] };
    expect(parseBackup(JSON.stringify(orphan))).toMatchObject({ ok: false, problems: [{ path: '$.contributions[0].assessmentId' }] });
    await approve(id);
    const same = parseBackup(JSON.stringify(await createBackup('1')));
    if (!same.ok) throw new Error('own backup refused');
    await applyRestore(same.backup);
    const changed = parseBackup(JSON.stringify({ ...same.backup, contributions: [contribution(id, alice, 0)] }));
    if (!changed.ok) throw new Error('changed backup refused');
    await expect(applyRestore(changed.backup)).rejects.toBeInstanceOf(AssessmentLockedError);
    expect((await listContributions(id))[0]!.file.answers[0]!.value).toBe(3);
  });
});
