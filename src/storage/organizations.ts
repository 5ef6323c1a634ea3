/**
 * What the organization view keeps: the unit results imported for an
 * organization (a comparison set of kind `organization`, which the Compare
 * page does not list) and the domains a unit is not concerned by (on the
 * unit's own assessment). Its own module, so that the questionnaire's first
 * visit never loads it.
 */
import { AssessmentSchema, type Assessment } from '../assessment/schema.ts';
import { announceChange, queue, trackWrite } from './changes.ts';
import { allOrNothing, openGovernanceDB, type ComparisonSet, type StoredResult } from './db.ts';
import { writeUnlocked } from './review.ts';

/**
 * The set that keeps the unit results imported for one organization
 * (`nameKey` from `organizationNameKey`), made the first time it is asked
 * for; with `create: false`, undefined when there is none.
 */
export async function organizationSet(nameKey: string, name: string, create = true): Promise<ComparisonSet | undefined> {
  const db = await openGovernanceDB();
  const find = (sets: ComparisonSet[]) => sets.find((set) => set.kind === 'organization' && set.organization === nameKey);
  const existing = find(await db.getAll('comparisonSets'));
  if (existing || !create) return existing;
  const made = await trackWrite(async () => {
    const tx = db.transaction('comparisonSets', 'readwrite');
    return allOrNothing(tx, async () => {
      // Another tab may have made it meanwhile: one set per organization.
      const again = find(await tx.store.getAll());
      if (again) return again;
      const timestamp = new Date().toISOString();
      const set: ComparisonSet = { id: crypto.randomUUID(), name: name.trim(), createdAt: timestamp, updatedAt: timestamp, kind: 'organization', organization: nameKey };
      queue(tx.store.put(set));
      return set;
    });
  });
  announceChange({ type: 'comparisons' });
  return made;
}

/** Every unit result imported for organizations. */
export async function listOrganizationResults(): Promise<StoredResult[]> {
  const db = await openGovernanceDB();
  const sets = (await db.getAll('comparisonSets')).filter((set) => set.kind === 'organization');
  return (await Promise.all(sets.map((set) => db.getAllFromIndex('importedResults', 'by-set', set.id)))).flat();
}

/** Marks the unit not applicable to these domains (and applicable to all others), in its own transaction, for the organization's roll-up. */
export async function saveNotApplicableDomains(assessmentId: string, domainIds: readonly string[]): Promise<Assessment> {
  const updated = await writeUnlocked(assessmentId, ['assessments'], (tx, stored) => {
    const { notApplicableDomains: _, ...rest } = stored;
    const next = AssessmentSchema.parse({
      ...rest,
      ...(domainIds.length ? { notApplicableDomains: [...new Set(domainIds)].sort() } : {}),
      updatedAt: new Date().toISOString(),
    });
    queue(tx.objectStore('assessments').put(next));
    return next;
  });
  announceChange({ type: 'assessments' });
  return updated;
}
