import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, checkBackupModels, createBackup, KeyPassphraseError, parseBackup, planRestore, type Backup } from './backup.ts';
import { closeGovernanceDB, openGovernanceDB } from './db.ts';
import { createAssessment, getAssessment, listAnswers, listAssessments, saveAnswer, saveProfileValue } from './index.ts';
import { createOwnKey, getOwnKey, listTrustedKeys, trustKey } from './keys.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { catalogueOf, publishedModelHash } from '../exchange/model-identity.ts';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await closeGovernanceDB();
});

async function seed() {
  const a = await createAssessment({ modelId: 'm', modelVersion: '1.0.0', organization: { name: 'A', unit: '' }, period: '2026' });
  const b = await createAssessment({ modelId: 'm', modelVersion: '1.0.0', organization: { name: 'B', unit: 'HQ' }, period: '2025' });
  await saveAnswer({ assessmentId: a.id, questionId: 'x.y.z', value: 3, comment: 'ça, "quoted"\nnew line — 中文' });
  await saveAnswer({ assessmentId: b.id, questionId: 'x.y.z', value: 'na', comment: '' });
  return { a, b };
}

describe('backup and restore', () => {
  it('round-trips every record into an empty database', async () => {
    await seed();
    const backup = await createBackup('1.2.3');
    const text = JSON.stringify(backup);
    globalThis.indexedDB = new IDBFactory();
    await closeGovernanceDB();
    const checked = parseBackup(text);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(await planRestore(checked.backup)).toEqual({
      assessmentsAdded: 2,
      assessmentsReplaced: 0,
      answersAdded: 2,
      answersReplaced: 0,
      keys: 0,
    });
    await applyRestore(checked.backup);
    const again = await createBackup('1.2.3');
    expect({ ...again, createdAt: '' }).toEqual({ ...backup, createdAt: '' });
  });

  it('carries the governance profile through a backup and restore', async () => {
    const { a } = await seed();
    await saveProfileValue(a.id, 'organization-kind', 'specialized-agency');
    await saveProfileValue(a.id, 'operating-regions', ['africa', 'asia-pacific']);
    await saveProfileValue(a.id, 'ict-spending', { amount: 12_345_678.9, currency: 'CHF' });
    await saveProfileValue(a.id, 'ict-share-of-expenditure', 4.5);
    const profile = (await getAssessment(a.id))!.profile;
    const text = JSON.stringify(await createBackup('1'));
    globalThis.indexedDB = new IDBFactory();
    await closeGovernanceDB();
    const checked = parseBackup(text);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    await applyRestore(checked.backup);
    expect((await getAssessment(a.id))!.profile).toEqual(profile);
    expect(Object.keys(profile!)).toHaveLength(4);
  });

  it('refuses a backup whose profile holds a value of no known shape', async () => {
    const { a } = await seed();
    await saveProfileValue(a.id, 'staff', 10);
    const backup = JSON.parse(JSON.stringify(await createBackup('1'))) as Backup;
    const stored = backup.assessments.find((x) => x.id === a.id)!;
    (stored.profile as Record<string, unknown>).staff = { amount: 1 };
    const checked = parseBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.path).join(' ')).toMatch(/profile/);
  });

  it('says what it will replace', async () => {
    const { a } = await seed();
    const backup = await createBackup('1');
    backup.assessments.push({ ...backup.assessments[0]!, id: 'new-one' });
    expect(await planRestore(backup)).toMatchObject({ assessmentsAdded: 1, assessmentsReplaced: 2, answersReplaced: 2 });
    await applyRestore(backup);
    expect((await listAssessments()).map((x) => x.id)).toContain('new-one');
    expect(await listAnswers(a.id)).toHaveLength(1);
  });

  it('applies all of a backup or nothing', async () => {
    await seed();
    const backup = await createBackup('1');
    // A record the database refuses (no key) after valid ones: the whole restore must roll back.
    const broken = { ...backup, assessments: [{ ...backup.assessments[0]!, id: 'added' }, { ...backup.assessments[1]!, id: undefined }] } as unknown as Backup;
    await expect(applyRestore(broken)).rejects.toThrow();
    expect((await listAssessments()).map((x) => x.id)).not.toContain('added');
    const db = await openGovernanceDB();
    expect(await db.count('assessments')).toBe(2);
  });

  it('refuses files that are not backups, naming the field', () => {
    expect(parseBackup('{"format": "ict-gov')).toMatchObject({ ok: false, problems: [{ path: '$' }] });
    const wrong = parseBackup(JSON.stringify({ format: 'something', formatVersion: 1 }));
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.problems.map((p) => p.path)).toContain('$.format');
  });

  it('refuses answers that belong to no assessment in the file', async () => {
    await seed();
    const backup = await createBackup('1');
    backup.assessments = backup.assessments.slice(1);
    const checked = parseBackup(JSON.stringify(backup));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]).toMatchObject({ code: 'backup.no-assessment', params: { id: expect.any(String) } });
  });
});

describe('keys in backups', () => {
  it('carries a signing key only when it was made to be backed up, and restores it only with its passphrase', async () => {
    const made = await createOwnKey('sign', 'Health Organization', 'a long passphrase');
    await trustKey({ fingerprint: 'a'.repeat(64), organization: 'Other', publicKey: made.publicKey, via: 'key-file', addedAt: '2026-01-01' });
    const backup = await createBackup('1');
    expect(backup.keys).toHaveLength(1);
    expect(JSON.stringify(backup)).not.toMatch(/"d":/);
    const text = JSON.stringify(backup);

    globalThis.indexedDB = new IDBFactory();
    await closeGovernanceDB();
    const checked = parseBackup(text);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect((await planRestore(checked.backup)).keys).toBe(1);
    await expect(applyRestore(checked.backup, 'wrong')).rejects.toBeInstanceOf(KeyPassphraseError);
    expect(await listAssessments()).toEqual([]);
    await applyRestore(checked.backup, 'a long passphrase');
    const restored = (await getOwnKey('sign'))!;
    expect(restored.fingerprint).toBe(made.fingerprint);
    expect(restored.privateKey.extractable).toBe(false);
    expect(await listTrustedKeys()).toHaveLength(1);
    // Four PBKDF2 derivations of 600,000 iterations: seconds on a busy machine.
  }, 30_000);

  it('never puts a key made without a passphrase into a backup', async () => {
    await createOwnKey('sign', 'Health Organization');
    expect((await createBackup('1')).keys).toEqual([]);
  });
});

describe('models in backups', () => {
  it('refuses a different model under the name of one this device knows', async () => {
    const published = smallModel();
    const catalogue = catalogueOf([{ model: MaturityModelSchema.parse(published), sha256: await publishedModelHash(published) }]);
    const backup = await createBackup('1');
    backup.models = [{ id: 'small', version: '1.0.0', json: published, fileName: 'small.json', addedAt: '' }];
    expect(await checkBackupModels(backup, catalogue)).toEqual([]);
    backup.models = [{ id: 'small', version: '1.0.0', json: { ...published, title: 'Lookalike' }, fileName: 'small.json', addedAt: '' }];
    expect(await checkBackupModels(backup, catalogue)).toEqual([{ code: 'model.different', path: '$.models[0]', params: { id: 'small', version: '1.0.0' } }]);
  });
});
