// The one skeleton of a write to an assessment (writeUnlocked, in review.ts): read it, refuse when it is gone or approved, write all or nothing.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeUnlocked } from './review.ts';
import { closeGovernanceDB, now } from './db.ts';
import { queue } from './changes.ts';
import { reviewAssessment } from './review.ts';
import { AssessmentLockedError, AssessmentMissingError, createAssessment, getAssessment, listAnswers } from './index.ts';

const AT = '2026-05-01T10:00:00.000Z';
const newAssessment = () => ({ modelId: 'ict-governance', modelVersion: '1.0.0', organization: { name: 'UNDP', unit: 'HQ' }, period: '2026' });

async function approve(id: string) {
  await reviewAssessment(id, { state: 'in-review', by: 'Lead', role: 'CIO', at: AT, note: '' });
  await reviewAssessment(id, { state: 'approved', by: 'Chair', role: 'Audit', at: AT, note: 'ok' });
}

/** Writes an answer and a new period through writeUnlocked, counting the calls of `write`. */
function touch(id: string, calls: { count: number }, options?: { review?: boolean }) {
  return writeUnlocked(
    id,
    ['assessments', 'answers'],
    (tx, assessment) => {
      calls.count += 1;
      queue(tx.objectStore('answers').put({ assessmentId: id, questionId: 'q', value: 2, comment: '', answeredAt: now() }));
      queue(tx.objectStore('assessments').put({ ...assessment, period: 'changed' }));
      return assessment.id;
    },
    options,
  );
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

describe('writeUnlocked', () => {
  it('hands the stored assessment and the transaction to the write, and commits it', async () => {
    const { id } = await createAssessment(newAssessment());
    const calls = { count: 0 };
    await expect(touch(id, calls)).resolves.toBe(id);
    expect(calls.count).toBe(1);
    expect((await getAssessment(id))!.period).toBe('changed');
    expect(await listAnswers(id)).toHaveLength(1);
  });

  it('refuses an assessment that is not there, calling nothing', async () => {
    const calls = { count: 0 };
    await expect(touch('nowhere', calls)).rejects.toBeInstanceOf(AssessmentMissingError);
    expect(calls.count).toBe(0);
  });

  it('refuses an approved assessment, calling nothing and writing nothing; a review move may pass', async () => {
    const { id } = await createAssessment(newAssessment());
    await approve(id);
    const calls = { count: 0 };
    await expect(touch(id, calls)).rejects.toBeInstanceOf(AssessmentLockedError);
    expect(calls.count).toBe(0);
    expect((await getAssessment(id))!.period).toBe('2026');
    expect(await listAnswers(id)).toEqual([]);
    await touch(id, calls, { review: true });
    expect(calls.count).toBe(1);
  });

  it('writes nothing when the write throws half way', async () => {
    const { id } = await createAssessment(newAssessment());
    const failing = writeUnlocked(id, ['assessments', 'answers'], (tx, assessment) => {
      queue(tx.objectStore('assessments').put({ ...assessment, period: 'half' }));
      throw new Error('refused');
    });
    await expect(failing).rejects.toThrow('refused');
    expect((await getAssessment(id))!.period).toBe('2026');
  });
});
