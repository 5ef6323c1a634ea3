import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeGovernanceDB } from './db.ts';
import { createAssessment, createComparisonSet, getAssessment, listComparisonSets } from './index.ts';
import { listOrganizationResults, organizationSet, saveNotApplicableDomains } from './organizations.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

describe('the units of an organization in storage', () => {
  it('keeps one set per organization, apart from the coordinators’ sets', async () => {
    await createComparisonSet('Network 2026');
    expect(await organizationSet('health org', 'Health Org', false)).toBeUndefined();
    const made = await organizationSet('health org', 'Health Org');
    const again = await organizationSet('health org', 'HEALTH ORG');
    expect(again?.id).toBe(made?.id);
    expect((await listComparisonSets()).map((s) => s.name)).toEqual(['Network 2026']);
    expect(await listOrganizationResults()).toEqual([]);
  });

  it('saves the domains a unit is not concerned by, and clears them', async () => {
    const assessment = await createAssessment({ modelId: 'm', modelVersion: '1.0.0', organization: { name: 'Org', unit: 'Office' }, period: '2026' });
    await saveNotApplicableDomains(assessment.id, ['risk', 'assets', 'risk']);
    expect((await getAssessment(assessment.id))?.notApplicableDomains).toEqual(['assets', 'risk']);
    await saveNotApplicableDomains(assessment.id, []);
    expect((await getAssessment(assessment.id))?.notApplicableDomains).toBeUndefined();
  });
});
