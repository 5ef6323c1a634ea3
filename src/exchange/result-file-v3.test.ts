/**
 * Format v3: the review under the signature, the evidence register with its
 * check, the domains a unit is not concerned by, a panel's consensus; v1 and
 * v2 files (real fixtures) read as v3; malformed reviews and evidence refused
 * with their path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readKnownModels } from '../../scripts/lib/known-models.ts';
import type { Answer, Assessment, Review } from '../assessment/schema.ts';
import { hashOf } from './canonical.ts';
import { importResultFile, type KnownResults } from './import.ts';
import { exportPublicJwk, generateKeyPair } from './keys.ts';
import { catalogueOf } from './model-identity.ts';
import { finalAssessment, model, models, resultFileOf, sha256 } from './result-file.fixture.ts';
import { checkResultFile, RESULT_FORMAT_VERSION } from './result-file.ts';
import { rollUpOrganization } from '../rollup/rollup.ts';

vi.setConfig({ testTimeout: 30_000 });
const none: KnownResults = new Map();

const review: Review = {
  state: 'approved',
  history: [
    { state: 'in-review', by: 'B. Manager', role: 'ICT manager', at: '2026-02-01T09:00:00.000Z', note: '' },
    { state: 'approved', by: 'A. Director', role: 'Director', at: '2026-02-02T09:00:00.000Z', note: 'Seen by the committee.' },
  ],
};
const assessment: Assessment = finalAssessment({
  id: 'a-3',
  organization: { name: 'Org', unit: 'Field office' },
  updatedAt: '2026-02-02T09:00:00.000Z',
  review,
  notApplicableDomains: ['risk'],
});
const verified = { title: 'ICT plan', reference: 'DMS/1', date: '2026-01-10', custodian: 'CIO office', verified: true };
const answers: (Answer & { consensus?: { rationale: string; at: string }; contributions?: { respondentId: string; value: number | 'na' | null; comment: string }[] })[] = [
  {
    assessmentId: 'a-3',
    questionId: 'strategy.plan.exists',
    value: 4,
    comment: '',
    answeredAt: '2026-01-02T00:00:00.000Z',
    evidence: [verified],
    consensus: { rationale: 'The plan exists; the field office had not seen it.', at: '2026-01-05T00:00:00.000Z' },
    contributions: [
      { respondentId: 'r1', value: 4, comment: '' },
      { respondentId: 'r2', value: 2, comment: 'Never seen it' },
    ],
  },
  { assessmentId: 'a-3', questionId: 'strategy.plan.reviewed', value: 4, comment: '', answeredAt: '2026-01-02T00:00:00.000Z', evidence: [{ title: 'Minutes', reference: '', verified: false }] },
  { assessmentId: 'a-3', questionId: 'risk.register.exists', value: 1, comment: '', answeredAt: '2026-01-02T00:00:00.000Z' },
];
const make = async (signer?: { privateKey: CryptoKey; publicKey: Awaited<ReturnType<typeof exportPublicJwk>> }) =>
  resultFileOf({
    assessment,
    answers,
    embedModel: false,
    respondents: [
      { id: 'r1', name: 'C. One', role: 'ict' },
      { id: 'r2', name: 'D. Two', role: 'field' },
    ],
    ...(signer ? { signer } : {}),
  });
const rehash = async (file: Record<string, unknown>) => {
  const { integrity, signature: _signature, ...content } = file as { integrity: { hash: string } } & Record<string, unknown>;
  return { ...file, integrity: { ...integrity, hash: await hashOf(content) } };
};
const paths = async (json: unknown) => {
  const checked = await checkResultFile(json);
  return checked.ok ? [] : checked.problems.map((p) => p.path);
};

describe('format v3', () => {
  it('export writes v3 with the review, verified evidence, not-applicable domains and a panel’s consensus, and reads them back', async () => {
    expect(RESULT_FORMAT_VERSION).toBe(3);
    const file = await make();
    expect(file.formatVersion).toBe(3);
    expect(file.assessment.review).toEqual(review);
    expect(file.assessment.notApplicableDomains).toEqual(['risk']);
    expect('signOff' in file.assessment).toBe(false);
    const checked = await checkResultFile(JSON.parse(JSON.stringify(file)));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.formatVersion).toBe(3);
    const plan = checked.file.answers.find((a) => a.questionId === 'strategy.plan.exists')!;
    expect(plan.evidence).toEqual([verified]);
    expect(plan.consensus?.rationale).toMatch(/field office/);
    expect(plan.contributions).toEqual(answers[0]!.contributions);
    expect(checked.file.answers.find((a) => a.questionId === 'strategy.plan.reviewed')!.evidence).toEqual([{ title: 'Minutes', reference: '', verified: false }]);

    const outcome = await importResultFile('v3.json', JSON.stringify(file), models, none);
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.review).toEqual(review);
    expect(outcome.result.notApplicableDomains).toEqual(['risk']);
    expect(outcome.result.evidence?.['strategy.plan.exists']).toEqual([verified]);
    // Confidence is recomputed from the answers: two claims at level 2 or above in strategy, one verified.
    expect(outcome.result.confidence?.domains['strategy']).toEqual({ claims: 2, supported: 1, share: 0.5 });
    expect(outcome.result.confidence?.elements['strategy.plan']).toEqual({ claims: 2, supported: 1, share: 0.5 });
    expect(outcome.result.confidence?.domains['risk']).toEqual({ claims: 0, supported: 0, share: null });
  });

  it('an imported unit’s not-applicable domains leave it out of the organization’s roll-up for them', async () => {
    const outcome = await importResultFile('v3.json', JSON.stringify(await make()), models, none);
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    const rollup = rollUpOrganization([outcome.result], { organization: 'Org', period: '2026', model, models: (id, version) => models(id, version)?.model });
    const unitIn = (domainId: string) => rollup.domains.find((d) => d.id === domainId)!.units[0]!;
    expect(unitIn('risk').excluded).toBe('markedNotApplicable');
    expect(unitIn('strategy').excluded).toBeUndefined();
  });

  it('never trusts a confidence written in the file: there is none to write, and an unknown member is refused', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.scores.overall.confidence = 1;
    expect(await paths(await rehash(file))).toEqual(['$.scores.overall']);
  });

  it('signs the review: changing who approved it breaks the signature, even with the hash made again', async () => {
    const pair = await generateKeyPair('sign');
    const publicKey = await exportPublicJwk(pair.publicKey);
    const file = await make({ privateKey: pair.privateKey, publicKey });
    const signed = await importResultFile('s.json', JSON.stringify(file), models, none);
    if (signed.status === 'rejected') throw new Error(JSON.stringify(signed.problems));
    expect(signed.result.signature?.publicKey).toEqual(publicKey);
    const forged = JSON.parse(JSON.stringify(file));
    forged.assessment.review.history[1].by = 'Someone else';
    const outcome = await importResultFile('f.json', JSON.stringify(await rehash(forged)), models, none);
    expect(outcome.status).toBe('rejected');
    expect(outcome.status === 'rejected' && outcome.problems[0]!.path).toBe('$.signature');
  });

  it('refuses a malformed review or evidence, naming the field', async () => {
    const base = JSON.parse(JSON.stringify(await make()));
    const changed = async (change: (f: any) => void) => {
      const f = structuredClone(base);
      change(f);
      return paths(await rehash(f));
    };
    expect(await changed((f) => (f.assessment.review.state = 'done'))).toEqual(['$.assessment.review.state']);
    expect(await changed((f) => (f.assessment.review.history[0].by = ''))).toEqual(['$.assessment.review.history[0].by']);
    expect(await changed((f) => delete f.assessment.review.history[1].at)).toEqual(['$.assessment.review.history[1].at']);
    expect(await changed((f) => (f.assessment.signOff = { by: 'X', role: '', at: '2026-01-01T00:00:00.000Z', statement: '' }))).toEqual(['$.assessment']);
    const plan = (f: any) => f.answers.findIndex((a: any) => a.questionId === 'strategy.plan.exists');
    const i = plan(base);
    expect(await changed((f) => delete f.answers[i].evidence[0].verified)).toEqual([`$.answers[${i}].evidence[0].verified`]);
    expect(await changed((f) => (f.answers[i].evidence[0].verified = 'yes'))).toEqual([`$.answers[${i}].evidence[0].verified`]);
    expect(await changed((f) => (f.answers[i].evidence[0].custodian = 'x'.repeat(201)))).toEqual([`$.answers[${i}].evidence[0].custodian`]);
    expect(await changed((f) => (f.assessment.notApplicableDomains = ['Not an id!']))).toEqual(['$.assessment.notApplicableDomains[0]']);
    expect(await changed((f) => (f.answers[i].contributions[0].value = 'high'))).toEqual([`$.answers[${i}].contributions[0].value`]);
    // A domain the model does not have is refused by the import, which knows the model.
    const strange = structuredClone(base);
    strange.assessment.notApplicableDomains = ['finance'];
    const refused = await importResultFile('strange.json', JSON.stringify(await rehash(strange)), models, none);
    expect(refused.status === 'rejected' && refused.problems[0]).toMatchObject({ code: 'import.domain-unknown', path: '$.assessment.notApplicableDomains[0]' });
    // And the import refuses it whole, changing nothing.
    const bad = structuredClone(base);
    bad.assessment.review.state = 'done';
    expect((await importResultFile('bad.json', JSON.stringify(await rehash(bad)), models, none)).status).toBe('rejected');
  });
});

const catalogue = catalogueOf(await readKnownModels('assessments'));

describe('earlier versions read as v3, forever', () => {
  it('reads the real v2 fixture: its sign-off as an approved review with one entry, its evidence as not verified', async () => {
    const text = readFileSync('src/exchange/fixtures/v2-quick-signoff.json', 'utf8');
    const checked = await checkResultFile(JSON.parse(text));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.formatVersion).toBe(2);
    expect(checked.file.formatVersion).toBe(3);
    expect(checked.file.assessment.review).toEqual({
      state: 'approved',
      history: [{ state: 'approved', by: 'A. Director', role: 'Director of ICT', at: '2025-05-02T08:00:00.000Z', note: 'Approved by the ICT governance committee.' }],
    });
    expect('signOff' in checked.file.assessment).toBe(false);
    const evidence = checked.file.answers.flatMap((a) => a.evidence ?? []);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.every((e) => e.verified === false && !('custodian' in e))).toBe(true);
    const outcome = await importResultFile('v2.json', text, catalogue, none);
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.review?.state).toBe('approved');
    // Nothing in a v2 file was verified: every claim is unsupported.
    expect(outcome.result.confidence?.overall.supported).toBe(0);
    expect(outcome.result.confidence?.overall.claims).toBeGreaterThan(0);
  });

  it('reads the v1 fixtures as v3, without a review', async () => {
    for (const name of ['v1-quick-embedded.json', 'v1-default-reference.json']) {
      const checked = await checkResultFile(JSON.parse(readFileSync(`src/exchange/fixtures/${name}`, 'utf8')));
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      expect(checked.formatVersion).toBe(1);
      expect(checked.file.formatVersion).toBe(3);
      expect(checked.file.assessment.review).toBeUndefined();
    }
  });

  it('reads the v3 fixture, signed, with its review and verified evidence', async () => {
    const text = readFileSync('src/exchange/fixtures/v3-quick-review.json', 'utf8');
    const outcome = await importResultFile('v3.json', text, catalogue, none);
    if (outcome.status === 'rejected') throw new Error(JSON.stringify(outcome.problems));
    expect(outcome.result.signature).toBeDefined();
    expect(outcome.result.review?.state).toBe('approved');
    expect(outcome.result.notApplicableDomains).toEqual(['sourcing']);
    expect(outcome.result.confidence?.overall.supported).toBeGreaterThan(0);
  });
});
