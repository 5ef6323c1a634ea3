/**
 * What a person set on this device and expects to find again after a
 * reload: the action plan's own words, and whether a comparison set is
 * shown anonymised. Both are optional fields of records that existed before
 * them, read without a migration.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeGovernanceDB, openGovernanceDB } from './db.ts';
import {
  createAssessment,
  createComparisonSet,
  getAssessment,
  listComparisonSets,
  renameComparisonSet,
  saveAction,
  saveSetAnonymised,
} from './index.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(() => closeGovernanceDB());

const newAssessment = { modelId: 'ict-governance', modelVersion: '1.0.0', organization: { name: 'UNICEF', unit: '' }, period: '2026' };

describe('the action plan', () => {
  it('keeps the action itself with owner, due date and status', async () => {
    const { id } = await createAssessment(newAssessment);
    const action = { action: 'Adopt an ICT strategy approved by the board', owner: 'CIO office', due: '2027-03-31', status: 'in-progress' as const };
    await saveAction(id, 'strategy.plan', action);
    expect((await getAssessment(id))!.actions['strategy.plan']).toEqual(action);
  });

  it('reads a row saved before the plan had an action field', async () => {
    const { id } = await createAssessment(newAssessment);
    const db = await openGovernanceDB();
    const stored = (await db.get('assessments', id))!;
    await db.put('assessments', { ...stored, actions: { 'strategy.plan': { owner: 'CIO office', due: '', status: 'done' } } });
    expect((await getAssessment(id))!.actions['strategy.plan']).toEqual({ owner: 'CIO office', due: '', status: 'done' });
  });

  it('refuses an action longer than the limit and keeps what was there', async () => {
    const { id } = await createAssessment(newAssessment);
    await expect(saveAction(id, 'strategy.plan', { action: 'x'.repeat(2001), owner: '', due: '', status: 'not-started' })).rejects.toThrow();
    expect((await getAssessment(id))!.actions).toEqual({});
  });
});

describe('a comparison set', () => {
  it('is named until anonymised, then stays anonymised through a rename and a reopened database', async () => {
    const set = await createComparisonSet('Network 2026');
    expect((await listComparisonSets())[0]!.anonymised).toBeUndefined();
    await saveSetAnonymised(set.id, true);
    await renameComparisonSet(set.id, 'Network 2026 (committee)');
    await closeGovernanceDB();
    expect(await listComparisonSets()).toEqual([expect.objectContaining({ id: set.id, name: 'Network 2026 (committee)', anonymised: true })]);
    await saveSetAnonymised(set.id, false);
    expect((await listComparisonSets())[0]!.anonymised).toBe(false);
  });
});
