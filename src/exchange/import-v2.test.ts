/**
 * Format v2 against real models: files by reference, the v1 fixtures read
 * forever, a model's identity (the claim-one-carry-another attacks), signed
 * and sealed files through the import, and the size goal.
 */
import { problemText } from '../i18n/problem-text.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readKnownModels } from '../../scripts/lib/known-models.ts';
import type { Answer, Assessment } from '../assessment/schema.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { hashOf } from './canonical.ts';
import { importResultFile, type KnownResults } from './import.ts';
import { exportPublicJwk, fingerprint, generateKeyPair } from './keys.ts';
import { catalogueOf, publishedModelHash } from './model-identity.ts';
import { createResultFile, signedContent } from './result-file.ts';
import { seal } from './seal.ts';
import { signatureStatus, type TrustedKey } from './trust.ts';

// Each test hashes and validates models of a megabyte: more than the default five seconds on a busy machine.
vi.setConfig({ testTimeout: 30_000 });
const known = await readKnownModels('assessments');
const catalogue = catalogueOf(known);
/** The version of `id` that `assessments/<id>.json` holds (older versions ship beside it, under their version). */
const current = (id: string) => {
  const { version } = JSON.parse(readFileSync(`assessments/${id}.json`, 'utf8')) as { version: string };
  return known.find((k) => k.model.id === id && k.model.version === version)!;
};
const full = current('ict-governance');
const quick = current('ict-governance-quick');
const none: KnownResults = new Map();

function answersFor(entry: typeof full): Answer[] {
  const questions = entry.model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));
  return questions.map((q, i) => ({
    assessmentId: 'a-1',
    questionId: q.id,
    value: q.allowNotApplicable && i % 9 === 0 ? 'na' : ((i % 6) as 0),
    comment: i % 5 === 0 ? 'Evidence in the annual ICT report, approved by the board.' : '',
    answeredAt: '2026-03-01T10:00:00.000Z',
  }));
}
const assessment: Assessment = {
  id: 'a-1',
  model: { id: full.model.id, version: full.model.version },
  organization: { name: 'Health Organization', unit: 'HQ' },
  period: '2026',
  status: 'final',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  targets: {},
  actions: {},
};

async function make(entry = full, options: { embed?: boolean; signer?: { privateKey: CryptoKey; publicKey: Awaited<ReturnType<typeof exportPublicJwk>> } } = {}) {
  const answers = answersFor(entry);
  const published = JSON.parse(readFileSync(`assessments/${entry.model.id}.json`, 'utf8'));
  return createResultFile({
    assessment: {
      ...assessment,
      review: { state: 'approved', history: [{ state: 'approved', by: 'A. Person', role: 'CIO', at: '2026-03-02T09:00:00.000Z', note: 'Reviewed by the ICT governance committee.' }] },
    },
    model: entry.model,
    modelIdentity: { sha256: entry.sha256, ...(options.embed ? { published } : {}) },
    answers,
    report: scoreAssessment(entry.model, answerLookup(entry.model, answers)),
    appVersion: 'test',
    organizationDetails: { country: 'Africa', profile: { 'ict.budget': { amount: 1_200_000, currency: 'USD' }, 'ict.staff': 14, sourcing: ['cloud', 'shared-services'] } },
    respondents: [{ id: 'r1', name: 'B. Person', role: 'ICT manager' }],
    ...(options.signer ? { signer: options.signer } : {}),
  });
}
const rehash = async (file: Record<string, unknown>) => {
  const { integrity, signature: _signature, ...content } = file as { integrity: { hash: string } } & Record<string, unknown>;
  return { ...file, integrity: { ...integrity, hash: await hashOf(content) } };
};
const reason = (outcome: Awaited<ReturnType<typeof importResultFile>>) => (outcome.status === 'rejected' ? outcome.problems.map(problemText).join(' ') : `not rejected: ${outcome.status}`);
const codes = (outcome: Awaited<ReturnType<typeof importResultFile>>) => (outcome.status === 'rejected' ? outcome.problems.map((p) => p.code) : []);

describe('format v2 by reference', () => {
  it('a default-model file refers to the model and stays under 60 KB; it imports with the model the device has', async () => {
    const file = await make();
    const text = JSON.stringify(file, null, 1);
    expect(file.model).toEqual({ id: 'ict-governance', version: full.model.version, sha256: full.sha256 });
    expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(60 * 1024);
    const outcome = await importResultFile('a.json', text, catalogue, none);
    expect(outcome.status).toBe('accepted');
    if (outcome.status === 'rejected') return;
    expect(outcome.published).toBeUndefined();
    // The older free-text country is read as the profile item hq-region.
    expect(outcome.result.organization.profile).toEqual({
      'ict.budget': { amount: 1_200_000, currency: 'USD' },
      'ict.staff': 14,
      sourcing: ['cloud', 'shared-services'],
      'hq-region': 'Africa',
    });
  });

  it('writes the assessment’s own governance profile as organization.profile, and reads it back unchanged', async () => {
    const answers = answersFor(full);
    const profile = {
      'organization-kind': 'specialized-agency',
      'operating-regions': ['africa', 'europe'],
      staff: 1800,
      'ict-spending': { amount: 23_400_000, currency: 'CHF' },
      'ict-share-of-expenditure': 6.5,
      'cio-title': 'Director, Information Management',
    };
    const make = (withProfile: Assessment['profile']) =>
      createResultFile({
        assessment: { ...assessment, ...(withProfile ? { profile: withProfile } : {}) },
        model: full.model,
        modelIdentity: { sha256: full.sha256 },
        answers,
        report: scoreAssessment(full.model, answerLookup(full.model, answers)),
        appVersion: 'test',
      });
    const file = await make(profile);
    expect(file.organization.profile).toEqual(profile);
    const outcome = await importResultFile('p.json', JSON.stringify(file), catalogue, none);
    if (outcome.status === 'rejected') throw new Error(reason(outcome));
    expect(outcome.result.organization.profile).toEqual(profile);
    // An assessment with no profile (or an empty one) writes none, and comes in with an empty one.
    for (const empty of [undefined, {}]) {
      const bare = await make(empty);
      expect('profile' in bare.organization).toBe(false);
      const again = await importResultFile('e.json', JSON.stringify(bare), catalogue, none);
      expect(again.status !== 'rejected' && again.result.organization.profile).toEqual({});
    }
  });

  it('the model SHA-256 is over the published file: canonical JSON of the file as distributed, before validation adds defaults', async () => {
    const text = readFileSync('assessments/ict-governance.json', 'utf8');
    expect(full.sha256).toBe(await publishedModelHash(JSON.parse(text)));
    const { createHash } = await import('node:crypto');
    const canonicalize = (await import('canonicalize')).default;
    expect(full.sha256).toBe(createHash('sha256').update(canonicalize(JSON.parse(text))!).digest('hex'));
  });

  it('says which model to load when the receiver does not have it', async () => {
    const text = JSON.stringify(await make());
    const outcome = await importResultFile('a.json', text, () => undefined, none);
    expect(outcome).toMatchObject({ status: 'rejected', problems: [{ code: 'import.model-unknown', path: '$.model', params: { id: 'ict-governance' } }] });
    expect(reason(outcome)).toMatch(/^At \$\.model: The file uses the model “ict-governance” version .* without embedding it, and this device does not have it: load that model file first\.$/);
  });
});

describe('model identity', () => {
  it('refuses a file that names the full model and embeds the quick check', async () => {
    const file = JSON.parse(JSON.stringify(await make(quick, { embed: true })));
    file.model.id = 'ict-governance';
    const text = JSON.stringify(await rehash(file));
    expect(reason(await importResultFile('a.json', text, catalogue, none))).toMatch(/names the model “ict-governance” .* but embeds “ict-governance-quick”/);
  });

  it('refuses a different model under the shipped model’s id and version, however consistent the file is', async () => {
    const file = JSON.parse(JSON.stringify(await make(full, { embed: true })));
    file.model.definition.title = 'A lookalike';
    file.model.sha256 = await publishedModelHash(file.model.definition);
    const text = JSON.stringify(await rehash(file));
    expect(reason(await importResultFile('a.json', text, catalogue, none))).toMatch(/^At \$\.model\.sha256: A different model under the same name/);
    // By reference too: the shipped id and version with another hash.
    const plain = JSON.parse(JSON.stringify(await make()));
    plain.model.sha256 = 'f'.repeat(64);
    expect(reason(await importResultFile('b.json', JSON.stringify(await rehash(plain)), catalogue, none))).toMatch(/A different model under the same name/);
  });

  it('accepts a custom model embedded as published, and hands back its JSON to keep', async () => {
    const file = await make(quick, { embed: true });
    const outcome = await importResultFile('a.json', JSON.stringify(file), () => undefined, none);
    expect(outcome.status).toBe('accepted');
    if (outcome.status !== 'rejected') expect(await publishedModelHash(outcome.published)).toBe(quick.sha256);
  });
});

describe('format v1, read forever', () => {
  it('imports the v1 fixtures: an embedded quick check and a default-model file by reference', async () => {
    for (const name of ['v1-quick-embedded.json', 'v1-default-reference.json']) {
      const text = readFileSync(`src/exchange/fixtures/${name}`, 'utf8');
      const outcome = await importResultFile(name, text, catalogue, none);
      expect(reason(outcome)).toMatch(/^not rejected: accepted/);
      if (outcome.status !== 'rejected') expect(outcome.result.report.overall.score).not.toBeNull();
      // Version 1 had no profile: its free-text country and type become hq-region and organization-kind, as given, and nothing else.
      if (outcome.status !== 'rejected') {
        expect(outcome.result.organization.profile).toEqual(
          name === 'v1-quick-embedded.json'
            ? { 'hq-region': 'Africa', 'organization-kind': 'Secretariat department' }
            : { 'hq-region': 'Europe and Central Asia', 'organization-kind': 'Specialized agency' },
        );
      }
    }
    // The v1 hash of a shipped model is known from a table too, whatever defaults a later schema adds to the model.
    const published100 = known.find((k) => k.model.id === 'ict-governance' && k.model.version === '1.0.0')!;
    const changed = { ...published100, model: { ...published100.model, title: 'defaults added by a later schema' } };
    const reference = readFileSync('src/exchange/fixtures/v1-default-reference.json', 'utf8');
    expect((await importResultFile('r.json', reference, () => changed, none)).status).toBe('accepted');
    expect((await importResultFile('r.json', reference, () => ({ ...changed, sha256: '0'.repeat(64) }), none)).status).toBe('rejected');
    // Without the quick check on the device, the v1 file still brings its own model.
    const embedded = readFileSync('src/exchange/fixtures/v1-quick-embedded.json', 'utf8');
    expect((await importResultFile('x.json', embedded, () => undefined, none)).status).toBe('accepted');
    // A v1 file that states neither comes in with an empty profile.
    const bare = JSON.parse(embedded) as { organization: Record<string, unknown> };
    delete bare.organization.country;
    delete bare.organization.type;
    const outcome = await importResultFile('bare.json', JSON.stringify(await rehash(bare)), catalogue, none);
    expect(outcome.status !== 'rejected' && outcome.result.organization.profile).toEqual({});
  });
});

describe('signed files through the import', () => {
  it('says trusted, unknown or unsigned, and refuses one changed byte', async () => {
    const pair = await generateKeyPair('sign');
    const publicKey = await exportPublicJwk(pair.publicKey);
    const file = await make(full, { signer: { privateKey: pair.privateKey, publicKey } });
    const text = JSON.stringify(file);
    const outcome = await importResultFile('signed.json', text, catalogue, none);
    if (outcome.status === 'rejected') throw new Error(reason(outcome));
    const print = await fingerprint(publicKey);
    expect(outcome.result.signature?.fingerprint).toBe(print);
    const trusted = new Map<string, TrustedKey>([[print, { fingerprint: print, organization: 'health organization ', publicKey, via: 'key-file', addedAt: '' }]]);
    expect(signatureStatus(outcome.result, trusted)).toBe('trusted');
    expect(signatureStatus(outcome.result, new Map())).toBe('unknown');
    expect(signatureStatus({ ...outcome.result, organization: { name: 'Another' } }, trusted)).toBe('unknown');
    const unsigned = await importResultFile('plain.json', JSON.stringify(await make()), catalogue, none);
    expect(unsigned.status !== 'rejected' && signatureStatus(unsigned.result, trusted)).toBe('unsigned');

    // One changed byte, the hash recomputed as anyone can: the signature still catches it.
    const forged = JSON.parse(text);
    forged.organization.name = 'Health Organizatiom';
    expect(reason(await importResultFile('forged.json', JSON.stringify(await rehash(forged)), catalogue, none))).toMatch(/^At \$\.signature: The signature does not match/);
    expect(signedContent(forged)).not.toBe(signedContent(file));
  });
});

describe('sealed files through the import', () => {
  it('opens with the coordinator’s key, refuses without it or with another', async () => {
    const pair = await generateKeyPair('seal');
    const publicKey = await exportPublicJwk(pair.publicKey);
    const key = { privateKey: pair.privateKey, fingerprint: await fingerprint(publicKey) };
    const sealed = JSON.stringify(await seal(JSON.stringify(await make()), publicKey));
    const outcome = await importResultFile('sealed.json', sealed, catalogue, none, undefined, key);
    expect(outcome.status).toBe('accepted');
    expect(outcome.status !== 'rejected' && outcome.result.sealed).toBe(true);
    expect(codes(await importResultFile('sealed.json', sealed, catalogue, none))).toEqual(['seal.no-key']);
    const other = await generateKeyPair('seal');
    const otherKey = { privateKey: other.privateKey, fingerprint: await fingerprint(await exportPublicJwk(other.publicKey)) };
    expect(codes(await importResultFile('sealed.json', sealed, catalogue, none, undefined, otherKey))).toEqual(['seal.wrong-key']);
    expect(codes(await importResultFile('cut.json', sealed.slice(0, sealed.length - 10), catalogue, none, undefined, key))).toEqual(['json.truncated']);
  });
});
