import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeGovernanceDB } from './db.ts';
import { reviewAssessment } from './review.ts';
import { updateAssessment } from './assessments.ts';
import {
  createAssessment,
  getAssessment,
  saveAction,
  saveActionBeforeUnload,
  saveProfileValue,
  saveProfileValuesBeforeUnload,
  saveTargets,
} from './index.ts';

/**
 * Writes made as the page goes away (pagehide) cannot read first: a read's
 * answer never comes to a page being unloaded (tests/action-plan.spec.ts
 * shows it in Chromium). They start from the record this page last read or
 * wrote, with its own writes in flight applied, and are refused when that
 * copy may be stale or the assessment is locked.
 */
const newAssessment = () => ({ modelId: 'ict-governance', modelVersion: '1.0.0', organization: { name: 'UNDP' }, period: '2026' });
const settled = () => new Promise((resolve) => setTimeout(resolve, 50));
const action = (text: string) => ({ action: text, owner: 'CIO', due: '2026-12-31', status: 'in-progress' as const });

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

describe('an assessment written as the page goes away', () => {
  it('keeps an action typed and not yet saved, without reading first', async () => {
    const { id } = await createAssessment(newAssessment());
    await getAssessment(id);
    expect(saveActionBeforeUnload(id, 'e1', action('Adopt a charter'))).toBe(true);
    await settled();
    expect((await getAssessment(id))!.actions).toEqual({ e1: action('Adopt a charter') });
  });

  it("applies this page's writes still in flight, so it never undoes them", async () => {
    const { id } = await createAssessment(newAssessment());
    await getAssessment(id);
    const targets = saveTargets(id, { e2: 4 });
    const earlier = saveAction(id, 'e3', action('Earlier action'));
    expect(saveActionBeforeUnload(id, 'e1', action('Typed last'))).toBe(true);
    await Promise.all([targets, earlier]);
    await settled();
    const stored = (await getAssessment(id))!;
    expect(stored.targets).toEqual({ e2: 4 });
    expect(stored.actions).toEqual({ e3: action('Earlier action'), e1: action('Typed last') });
  });

  it('applies a write caught between its read and its put (the page goes away in between)', async () => {
    const { id } = await createAssessment(newAssessment());
    await getAssessment(id);
    let issued = false;
    // The page goes away while this write's transaction has read and not yet written: the write made then
    // comes after it, so it must carry its change, or it would undo it.
    await updateAssessment(id, (assessment) => {
      issued = saveActionBeforeUnload(id, 'e1', action('Typed last'));
      return { ...assessment, targets: { e2: 4 } };
    });
    await settled();
    const stored = (await getAssessment(id))!;
    expect(issued).toBe(true);
    expect(stored.targets).toEqual({ e2: 4 });
    expect(stored.actions).toEqual({ e1: action('Typed last') });
  });

  it('keeps profile values typed in fields not left, and removes one emptied', async () => {
    const { id } = await createAssessment(newAssessment());
    await saveProfileValue(id, 'staff', 120);
    expect(saveProfileValuesBeforeUnload(id, { staff: null, mandate: 'Development' })).toBe(true);
    await settled();
    expect((await getAssessment(id))!.profile).toEqual({ mandate: 'Development' });
  });

  it('is refused for an assessment this page never read', async () => {
    await createAssessment(newAssessment());
    expect(saveActionBeforeUnload('not-read-here', 'e1', action('Nowhere'))).toBe(false);
  });

  it('is refused once the assessment is approved, changing nothing', async () => {
    const { id } = await createAssessment(newAssessment());
    await reviewAssessment(id, { state: 'in-review', by: 'Lead', role: 'CIO', at: '2026-05-01T10:00:00.000Z', note: '' });
    await reviewAssessment(id, { state: 'approved', by: 'Chair', role: 'Audit committee', at: '2026-05-01T10:00:00.000Z', note: 'Approved' });
    const before = await getAssessment(id);
    expect(saveActionBeforeUnload(id, 'e1', action('Too late'))).toBe(false);
    expect(saveProfileValuesBeforeUnload(id, { staff: 3 })).toBe(false);
    await settled();
    expect(await getAssessment(id)).toEqual(before);
  });

  it('is refused once another tab says assessments changed: the copy may be stale', async () => {
    const { id } = await createAssessment(newAssessment());
    await getAssessment(id);
    const otherTab = new BroadcastChannel('ict-governance-changes');
    otherTab.postMessage({ from: 'another-tab', change: { type: 'assessments' } });
    otherTab.close();
    await settled();
    expect(saveActionBeforeUnload(id, 'e1', action('Over a newer record'))).toBe(false);
    await getAssessment(id);
    expect(saveActionBeforeUnload(id, 'e1', action('Read again'))).toBe(true);
  });
});
