import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { parseModel } from '../model/validate.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import type { MaturityModel } from '../model/schema.ts';
import type { Answer, PanelRespondent, PanelRole } from '../assessment/schema.ts';
import { publishedModelHash } from '../exchange/model-identity.ts';
import { canonicalJson, sha256Hex } from '../exchange/canonical.ts';
import { checkPackage, createPackage, type ContributionPackage } from './package.ts';
import {
  checkContributionFile,
  CONTRIBUTION_MAX_BYTES,
  contributionFileName,
  createContributionFile,
  storedContributionOf,
  type ContributionFile,
  type StoredContribution,
} from './contribution-file.ts';
import { contributionsForExport, mergeContributions, spreadOf } from './merge.ts';
import { checkConsensus } from './consensus.ts';
import { median, perceptionGaps } from './perception.ts';
import { askedCount, askedModel } from './asked.ts';
import { describePanelProblem } from './problems.ts';

function parsed(json: unknown): MaturityModel {
  const checked = parseModel(json);
  if (!checked.ok) throw new Error('invalid model');
  return checked.model;
}

const smallJson = smallModel();
const model = parsed(smallJson);
const sha256 = await publishedModelHash(smallJson);
const known = { model, sha256 };
const catalogue = (id: string, version: string) => (id === model.id && version === model.version ? known : undefined);

const LEAD_ID = 'lead-assessment-1';
const lead = { id: LEAD_ID, model: { id: 'small', version: '1.0.0' } };
const alice: PanelRespondent = { id: 'r1', name: 'Alice', role: 'ict' };
const AT = '2026-05-01T10:00:00.000Z';

function pkg(overrides: Partial<Parameters<typeof createPackage>[0]> = {}): ContributionPackage {
  return createPackage({
    assessment: { id: LEAD_ID, organization: { name: 'UNDP', unit: 'HQ' }, period: '2026' },
    model: { id: model.id, version: model.version, sha256 },
    respondent: alice,
    domains: ['strategy'],
    lead: { name: 'Lena Lead', fingerprint: 'ab'.repeat(32) },
    createdAt: AT,
    ...overrides,
  });
}

function answer(questionId: string, value: Answer['value'], comment = ''): Answer {
  return { assessmentId: 'resp-1', questionId, value, comment, answeredAt: AT };
}

async function contributionOf(respondent: PanelRespondent, answers: Answer[], domains = ['strategy', 'risk']): Promise<ContributionFile> {
  return createContributionFile({
    assessment: {
      id: `own-${respondent.id}`,
      contribution: { packageId: `p-${respondent.id}`, respondent, domains, lead: { name: 'Lena' }, leadAssessmentId: LEAD_ID },
    },
    answers,
    model,
    sha256,
    exportedAt: AT,
  });
}

/** Re-seals edited content, as someone who edits a file and recomputes its hash would. */
async function reseal(file: Record<string, unknown>): Promise<Record<string, unknown>> {
  const { integrity, ...content } = file;
  return { ...content, integrity: { ...(integrity as object), hash: await sha256Hex(canonicalJson(content)) } };
}

/** A small seeded generator (mulberry32), so a failing property run can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const ROLES: PanelRole[] = ['ict', 'business', 'finance', 'oversight', 'field', 'other'];
const QUESTIONS = model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id)));

function randomContribution(rng: ReturnType<typeof random>, index: number): StoredContribution {
  const respondent: PanelRespondent = { id: `r${index}`, name: `Person ${index}`, role: rng.pick(ROLES) };
  const answers = QUESTIONS.filter(() => rng.next() < 0.8).map((questionId) => ({
    questionId,
    value: rng.next() < 0.1 ? null : rng.int(6),
    comment: rng.next() < 0.3 ? `said by ${index}` : '',
    answeredAt: AT,
  }));
  const file = {
    format: 'ict-governance-contribution',
    formatVersion: 1,
    packageId: `p${index}`,
    exportedAt: AT,
    assessmentId: LEAD_ID,
    model: { id: model.id, version: model.version, sha256 },
    respondent,
    domains: ['strategy', 'risk'],
    answers,
    integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: '0'.repeat(64) },
  } as ContributionFile;
  return storedContributionOf(file, AT);
}

function shuffled<T>(xs: readonly T[], rng: ReturnType<typeof random>): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('contribution package', () => {
  it('is read back as written, from text or from parsed JSON', () => {
    const made = pkg();
    expect(checkPackage(JSON.stringify(made), catalogue)).toEqual({ ok: true, package: made });
    expect(checkPackage(made, catalogue)).toEqual({ ok: true, package: made });
    expect(made.lead.fingerprint).toBe('ab'.repeat(32));
  });

  it('refuses malformed JSON, another format, a later version, a bad field (with its path)', () => {
    expect(checkPackage('{"format": ', catalogue)).toMatchObject({ ok: false, problems: [{ code: 'json.truncated' }] });
    expect(checkPackage('{"a":1,"a":2}', catalogue)).toMatchObject({ ok: false, problems: [{ code: 'json.duplicate-key' }] });
    expect(checkPackage({ format: 'ict-governance-result' }, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.not-package', path: '$.format' }] });
    expect(checkPackage({ ...pkg(), formatVersion: 3 }, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.version', params: { version: '3' } }] });
    const bad = { ...pkg(), respondent: { ...alice, role: 'boss' } };
    expect(checkPackage(bad, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.invalid', path: '$.respondent.role' }] });
    expect(checkPackage({ ...pkg(), domains: [] }, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.invalid', path: '$.domains' }] });
    expect(checkPackage({ ...pkg(), extra: 1 }, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.invalid' }] });
  });

  it('names the lead as a person (version 2): name, role and the organization they ask for; version 1 (the organization as lead) is read forever', () => {
    const made = pkg({ lead: { name: 'Lena Ortiz', role: 'CIO', organization: 'UNDP (HQ)', fingerprint: 'ab'.repeat(32) } });
    expect(made.formatVersion).toBe(2);
    expect(made.lead).toEqual({ name: 'Lena Ortiz', role: 'CIO', organization: 'UNDP (HQ)', fingerprint: 'ab'.repeat(32) });
    expect(checkPackage(JSON.stringify(made), catalogue)).toEqual({ ok: true, package: made });
    // Without a role, none is written.
    expect(pkg({ lead: { name: 'Lena Ortiz', role: '', organization: 'UNDP (HQ)' } }).lead).toEqual({ name: 'Lena Ortiz', organization: 'UNDP (HQ)' });
    const v1 = { ...made, formatVersion: 1, lead: { name: 'UNDP (HQ)', fingerprint: 'ab'.repeat(32) } };
    expect(checkPackage(v1, catalogue)).toEqual({ ok: true, package: v1 });
    expect(checkPackage({ ...made, lead: { ...made.lead, title: 'Dr' } }, catalogue)).toMatchObject({ ok: false, problems: [{ code: 'package.invalid', path: '$.lead' }] });
  });

  it('refuses a model this device does not have, or has with other content, and a domain the model lacks', () => {
    expect(checkPackage(pkg({ model: { id: 'small', version: '9.0.0', sha256 } }), catalogue)).toMatchObject({
      ok: false,
      problems: [{ code: 'package.unknown-model', params: { model: 'small', version: '9.0.0' } }],
    });
    expect(checkPackage(pkg({ model: { id: 'small', version: '1.0.0', sha256: 'f'.repeat(64) } }), catalogue)).toMatchObject({
      ok: false,
      problems: [{ code: 'package.other-model' }],
    });
    expect(checkPackage({ ...pkg(), domains: ['strategy', 'nowhere'] }, catalogue)).toMatchObject({
      ok: false,
      problems: [{ code: 'package.unknown-domain', path: '$.domains[1]', params: { domain: 'nowhere' } }],
    });
  });
});

describe('contribution file', () => {
  it('holds the answers of the asked domains only, and passes its own check', async () => {
    const file = await contributionOf(
      alice,
      [answer('risk.register.exists', 4), answer('strategy.plan.exists', 2, 'we have one'), answer('strategy.plan.reviewed', null), answer('strategy.people.trained', 'na', 'no staff')],
      ['strategy'],
    );
    expect(file.assessmentId).toBe(LEAD_ID);
    expect(file.answers.map((a) => a.questionId)).toEqual(['strategy.plan.exists', 'strategy.people.trained']);
    expect(await checkContributionFile(JSON.stringify(file), lead, known)).toEqual({ ok: true, contribution: file });
    expect(contributionFileName('UNDP – Genève', 'Alice Smith', AT)).toBe('contribution-undp-geneve-alice-smith-2026-05-01.json');
  });

  it('refuses hostile files with a code and a place: a huge number, a key named like a prototype, a key twice, too large', async () => {
    const text = JSON.stringify(await contributionOf(alice, [answer('strategy.plan.exists', 2)]));
    const refused = async (input: string | Uint8Array) => {
      const check = await checkContributionFile(input, lead, known);
      if (check.ok) throw new Error('accepted');
      return check.problems[0]!;
    };
    expect(await refused(text.replace('"value":2', '"value":1e400'))).toMatchObject({ code: 'json.not-finite' });
    expect(await refused(text.replace('{"format"', '{"__proto__":{},"format"'))).toMatchObject({ code: 'json.forbidden-key' });
    expect(await refused(text.replace('{"format"', '{"format":"x","format"'))).toMatchObject({ code: 'json.duplicate-key' });
    expect(await refused(text.replace('"strategy.plan.exists"', '"constructor"'))).toMatchObject({ code: 'contribution.invalid', path: '$.answers[0].questionId' });
    expect(await refused(new Uint8Array(CONTRIBUTION_MAX_BYTES + 1).fill(32))).toMatchObject({ code: 'json.too-large' });
    // The good file beside them still reads.
    expect((await checkContributionFile(text, lead, known)).ok).toBe(true);
  });

  it('keeps evidence whole: custodian and verification', async () => {
    const evidence = [{ title: 'Plan 2026', reference: 'DOC-1', custodian: 'Registry', verified: true }];
    const file = await contributionOf(alice, [{ ...answer('strategy.plan.exists', 3), evidence }]);
    expect(file.answers[0]!.evidence).toEqual(evidence);
    expect((await checkContributionFile(file, lead, known)).ok).toBe(true);
  });

  it('refuses a contribution for another assessment, another model, another version', async () => {
    const file = await contributionOf(alice, [answer('strategy.plan.exists', 2)]);
    expect(await checkContributionFile(file, { ...lead, id: 'someone-else' }, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.other-assessment' }] });
    expect(await checkContributionFile(file, { ...lead, model: { id: 'other', version: '1.0.0' } }, known)).toMatchObject({
      ok: false,
      problems: [{ code: 'contribution.other-model' }],
    });
    expect(await checkContributionFile(file, { ...lead, model: { id: 'small', version: '1.1.0' } }, known)).toMatchObject({
      ok: false,
      problems: [{ code: 'contribution.other-model' }],
    });
    // The same id and version but other content (another SHA-256) is another model.
    expect(await checkContributionFile(file, lead, { model, sha256: 'e'.repeat(64) })).toMatchObject({ ok: false, problems: [{ code: 'contribution.other-model' }] });
  });

  it('refuses a file changed after export, and reads the hash over the file as written', async () => {
    const file = await contributionOf(alice, [answer('strategy.plan.exists', 2)]);
    const edited = { ...file, answers: [{ ...file.answers[0]!, value: 5 }] };
    expect(await checkContributionFile(edited, lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.tampered', path: '$.integrity.hash' }] });
    const padded = { ...file, respondent: { ...file.respondent, name: ' Alice ' } };
    expect(await checkContributionFile(padded, lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.tampered' }] });
  });

  it('refuses malformed JSON and schema errors, naming the field', async () => {
    expect(await checkContributionFile('not json', lead, known)).toMatchObject({ ok: false, problems: [{ code: expect.stringMatching(/^json\./) }] });
    expect(await checkContributionFile('[]', lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.not-contribution' }] });
    const file = await contributionOf(alice, [answer('strategy.plan.exists', 2)]);
    expect(await checkContributionFile({ ...file, formatVersion: 3 }, lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.version' }] });
    const noComment = await reseal({ ...file, answers: [{ questionId: 'strategy.plan.exists', value: 2, answeredAt: AT }] });
    expect(await checkContributionFile(noComment, lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.invalid', path: '$.answers[0].comment' }] });
  });

  it('refuses a question outside the model or the asked domains, twice answered, a level off the scale, a refused "not applicable"', async () => {
    const file = await contributionOf(alice, [answer('strategy.plan.exists', 2)], ['strategy']);
    const withAnswers = (answers: unknown[]) => reseal({ ...file, answers });
    const a = (questionId: string, value: unknown) => ({ questionId, value, comment: '', answeredAt: AT });
    const codes = async (answers: unknown[]) => {
      const check = await checkContributionFile(await withAnswers(answers), lead, known);
      return check.ok ? [] : check.problems.map((p) => [p.code, p.path]);
    };
    expect(await codes([a('nowhere.q', 1)])).toEqual([['contribution.unknown-question', '$.answers[0].questionId']]);
    expect(await codes([a('risk.register.exists', 1)])).toEqual([['contribution.outside-domains', '$.answers[0].questionId']]);
    expect(await codes([a('strategy.plan.exists', 1), a('strategy.plan.exists', 2)])).toEqual([['contribution.duplicate-question', '$.answers[1].questionId']]);
    expect(await codes([a('strategy.plan.exists', 7)])).toEqual([['contribution.level-out-of-scale', '$.answers[0].value']]);
    expect(await codes([a('strategy.plan.exists', 'na')])).toEqual([['contribution.not-applicable-refused', '$.answers[0].value']]);
    expect(await codes([a('strategy.people.trained', 'na')])).toEqual([]);
    const unknownDomain = await reseal({ ...file, domains: ['strategy', 'elsewhere'] });
    expect(await checkContributionFile(unknownDomain, lead, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.unknown-domain', path: '$.domains[1]' }] });
  });

  it('refuses a respondent who is not on the panel, when the assessment has one', async () => {
    const file = await contributionOf(alice, [answer('strategy.plan.exists', 2)]);
    const panel = { respondents: [{ id: 'r2', name: 'Bob', role: 'business' as const }] };
    expect(await checkContributionFile(file, { ...lead, panel }, known)).toMatchObject({ ok: false, problems: [{ code: 'contribution.unknown-respondent', params: { name: 'Alice' } }] });
    expect((await checkContributionFile(file, { ...lead, panel: { respondents: [...panel.respondents, alice] } }, known)).ok).toBe(true);
  });

  it('words every problem in English for scripts', async () => {
    const check = await checkContributionFile({ ...(await contributionOf(alice, [])), assessmentId: 'x' }, lead, known);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(describePanelProblem(check.problems[0]!)).toMatch(/integrity hash/);
    expect(describePanelProblem({ code: 'consensus.rationale-required', path: '$', params: { range: 3 } })).toMatch(/3 levels apart/);
  });
});

describe('merging contributions', () => {
  it('shows every respondent per question, with the spread, in the model order', async () => {
    const bob: PanelRespondent = { id: 'r2', name: 'Bob', role: 'business' };
    const carol: PanelRespondent = { id: 'r3', name: 'Carol', role: 'finance' };
    const files = [
      await contributionOf(bob, [answer('strategy.plan.exists', 1, 'not really')]),
      await contributionOf(alice, [answer('strategy.plan.exists', 3, 'yes'), answer('strategy.people.trained', 'na', 'none')]),
      await contributionOf(carol, [answer('strategy.plan.exists', 2), answer('strategy.plan.reviewed', 2)]),
    ];
    const merged = mergeContributions(model, files.map((f) => storedContributionOf(f, AT)));
    expect(merged.map((q) => q.questionId)).toEqual(QUESTIONS);
    const first = merged[0]!;
    expect(first.entries.map((e) => [e.respondent.name, e.value, e.comment])).toEqual([
      ['Alice', 3, 'yes'],
      ['Bob', 1, 'not really'],
      ['Carol', 2, ''],
    ]);
    expect(first.spread).toEqual({ min: 1, max: 3, range: 2 });
    expect(first.needsRationale).toBe(true);
    expect(merged[1]!.spread).toEqual({ min: 2, max: 2, range: 0 });
    expect(merged[1]!.needsRationale).toBe(false);
    // "Not applicable" has no level: no spread.
    expect(merged[2]!.entries).toHaveLength(1);
    expect(merged[2]!.spread).toBeNull();
    expect(merged[3]!.entries).toEqual([]);

    const forExport = contributionsForExport(model, files.map((f) => storedContributionOf(f, AT)));
    expect(forExport.get('strategy.plan.exists')).toEqual([
      { respondentId: 'r1', value: 3, comment: 'yes' },
      { respondentId: 'r2', value: 1, comment: 'not really' },
      { respondentId: 'r3', value: 2, comment: '' },
    ]);
    expect(forExport.has('risk.register.exists')).toBe(false);
  });

  it('gives the same result whatever the order of the contributions (property)', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const rng = random(seed);
      const contributions = Array.from({ length: 1 + rng.int(8) }, (_, i) => randomContribution(rng, i));
      expect(mergeContributions(model, shuffled(contributions, rng))).toEqual(mergeContributions(model, contributions));
    }
  });

  it('keeps the spread within the scale and around every level given (property)', () => {
    for (let seed = 1; seed <= 50; seed += 1) {
      const rng = random(seed);
      const contributions = Array.from({ length: 1 + rng.int(8) }, (_, i) => randomContribution(rng, i));
      for (const question of mergeContributions(model, contributions)) {
        const levels = question.entries.flatMap((e) => (typeof e.value === 'number' ? [e.value] : []));
        if (levels.length === 0) {
          expect(question.spread).toBeNull();
          continue;
        }
        const { min, max, range } = question.spread!;
        expect(levels.every((l) => l >= min && l <= max)).toBe(true);
        expect(levels).toContain(min);
        expect(levels).toContain(max);
        expect(range).toBe(max - min);
        expect(range).toBeGreaterThanOrEqual(0);
        expect(range).toBeLessThanOrEqual(5);
        expect(question.needsRationale).toBe(range >= 2);
      }
    }
    expect(spreadOf([])).toBeNull();
  });
});

describe('consensus', () => {
  const base = { spread: { min: 1, max: 3, range: 2 }, needsRationale: true, levels: [0, 1, 2, 3, 4, 5], allowNotApplicable: false };

  it('requires a rationale when respondents are two or more levels apart', () => {
    expect(checkConsensus(base, 2, '   ')).toEqual([{ code: 'consensus.rationale-required', path: '$.rationale', params: { range: 2 } }]);
    expect(checkConsensus(base, 2, 'business sees the gaps')).toEqual([]);
    expect(checkConsensus({ ...base, spread: { min: 2, max: 3, range: 1 }, needsRationale: false }, 3, '')).toEqual([]);
    expect(checkConsensus({ ...base, spread: null, needsRationale: false }, 3, '')).toEqual([]);
  });

  it('refuses a level off the scale, and "not applicable" where the question does not allow it', () => {
    expect(checkConsensus(base, 6, 'why')).toMatchObject([{ code: 'consensus.level-out-of-scale', params: { level: '6' } }]);
    expect(checkConsensus(base, 'na', 'why')).toEqual([{ code: 'consensus.not-applicable-refused', path: '$.value', params: {} }]);
    expect(checkConsensus({ ...base, allowNotApplicable: true }, 'na', 'why')).toEqual([]);
    expect(checkConsensus(base, 9, '')).toHaveLength(2);
  });

  it('takes "not applicable" where the question allows it, the rationale being its reason, required even when respondents agree', () => {
    const agreeing = { ...base, spread: { min: 2, max: 2, range: 0 }, needsRationale: false, allowNotApplicable: true };
    expect(checkConsensus(agreeing, 'na', '  ')).toEqual([{ code: 'consensus.reason-required', path: '$.rationale', params: {} }]);
    expect(checkConsensus(agreeing, 'na', 'no field offices this year')).toEqual([]);
    // Apart by two or more, an N/A still asks one text: the reason (not a second rationale).
    expect(checkConsensus({ ...base, allowNotApplicable: true }, 'na', '')).toEqual([{ code: 'consensus.reason-required', path: '$.rationale', params: {} }]);
    // A question that does not allow it: refused whatever the reason, and a level still needs no reason when respondents agree.
    expect(checkConsensus({ ...agreeing, allowNotApplicable: false }, 'na', 'a reason')).toMatchObject([{ code: 'consensus.not-applicable-refused' }]);
    expect(checkConsensus(agreeing, 2, '')).toEqual([]);
  });

  it('follows the merged question: range 2 from merge needs a rationale', () => {
    const rng = random(7);
    const merged = mergeContributions(model, Array.from({ length: 6 }, (_, i) => randomContribution(rng, i)));
    for (const question of merged) {
      expect(checkConsensus(question, 2, '').some((p) => p.code === 'consensus.rationale-required')).toBe(question.needsRationale);
    }
  });
});

describe('perception gaps', () => {
  const stored = (respondent: PanelRespondent, levels: Record<string, number | 'na'>) =>
    randomContributionWith(respondent, Object.entries(levels).map(([questionId, value]) => ({ questionId, value, comment: '', answeredAt: AT })));

  it('gives each role the median of its respondents, and the gaps largest first', () => {
    const contributions = [
      stored({ id: 'a', name: 'A', role: 'ict' }, { 'strategy.plan.exists': 3, 'strategy.plan.reviewed': 3, 'risk.register.exists': 2 }),
      stored({ id: 'b', name: 'B', role: 'ict' }, { 'strategy.plan.exists': 4, 'strategy.plan.reviewed': 4, 'risk.register.exists': 2 }),
      stored({ id: 'c', name: 'C', role: 'business' }, { 'strategy.plan.exists': 1, 'strategy.plan.reviewed': 1, 'risk.register.exists': 3 }),
      stored({ id: 'd', name: 'D', role: 'finance' }, { 'strategy.plan.exists': 0, 'strategy.plan.reviewed': 2, 'strategy.people.trained': 'na' }),
    ];
    const { elements, gaps } = perceptionGaps(model, contributions);
    const plan = elements.find((e) => e.elementId === 'strategy.plan')!;
    // Finance: (0×1 + 2×3) / 4 = 1.5, the questions weighted.
    expect(plan.roles).toEqual([
      { role: 'ict', median: 3.5, respondents: 2 },
      { role: 'business', median: 1, respondents: 1 },
      { role: 'finance', median: 1.5, respondents: 1 },
    ]);
    expect(elements.find((e) => e.elementId === 'strategy.people')!.roles).toEqual([]);
    expect(gaps.map((g) => [g.elementId, g.high.role, g.low.role, g.gap])).toEqual([
      ['strategy.plan', 'ict', 'business', 2.5],
      ['strategy.plan', 'ict', 'finance', 2],
      ['risk.register', 'business', 'ict', 1],
    ]);
  });

  it('is symmetric: swapping two roles swaps high and low, and keeps every gap (property)', () => {
    for (let seed = 1; seed <= 40; seed += 1) {
      const rng = random(seed);
      const contributions = Array.from({ length: 2 + rng.int(8) }, (_, i) => randomContribution(rng, i));
      const [x, y] = shuffled(ROLES, rng) as [PanelRole, PanelRole];
      const swap = (role: PanelRole): PanelRole => (role === x ? y : role === y ? x : role);
      const swapped = contributions.map((c) => ({ ...c, respondent: { ...c.respondent, role: swap(c.respondent.role) } }));
      const key = (g: { elementId: string; high: { role: PanelRole }; low: { role: PanelRole }; gap: number }, map = (r: PanelRole) => r) =>
        `${g.elementId}|${[map(g.high.role), map(g.low.role)].sort().join('/')}|${g.gap}`;
      const before = perceptionGaps(model, contributions).gaps;
      const after = perceptionGaps(model, swapped).gaps;
      expect(after.map((g) => key(g, swap)).sort()).toEqual(before.map((g) => key(g)).sort());
      for (const gap of before) {
        expect(gap.gap).toBeGreaterThanOrEqual(1);
        expect(gap.gap).toBeCloseTo(gap.high.median - gap.low.median, 9);
      }
      for (let i = 1; i < before.length; i += 1) expect(before[i - 1]!.gap).toBeGreaterThanOrEqual(before[i]!.gap);
    }
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
  });
});

describe('with the default model', () => {
  const json = JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8'));
  const full = parsed(json);

  it('merges 10 full contributions in well under a second', () => {
    const ids = full.domains.flatMap((d) => d.elements.flatMap((e) => e.questions.map((q) => q.id)));
    const contributions = Array.from({ length: 10 }, (_, i) =>
      randomContributionWith(
        { id: `r${i}`, name: `P${i}`, role: ROLES[i % ROLES.length]! },
        ids.map((questionId, q) => ({ questionId, value: (i + q) % 6, comment: `comment ${q}`, answeredAt: AT })),
      ),
    );
    const start = performance.now();
    const merged = mergeContributions(full, contributions);
    perceptionGaps(full, contributions);
    const elapsed = performance.now() - start;
    expect(merged).toHaveLength(ids.length);
    expect(merged.every((q) => q.entries.length === 10)).toBe(true);
    expect(elapsed).toBeLessThan(1000);
  });
});

function randomContributionWith(respondent: PanelRespondent, answers: ContributionFile['answers']): StoredContribution {
  const file = {
    format: 'ict-governance-contribution',
    formatVersion: 1,
    packageId: `p-${respondent.id}`,
    exportedAt: AT,
    assessmentId: LEAD_ID,
    model: { id: 'x', version: '1', sha256: '0'.repeat(64) },
    respondent,
    domains: ['strategy'],
    answers,
    integrity: { algorithm: 'SHA-256', canonicalization: 'RFC 8785', hash: '0'.repeat(64) },
  } as ContributionFile;
  return storedContributionOf(file, AT);
}

describe('what a respondent was asked', () => {
  it('is the model cut to the package’s domains, in the model’s order; the whole model otherwise', () => {
    const domains = model.domains.map((d) => d.id);
    const cut = askedModel(model, { domains: [domains.at(-1)!] });
    expect(cut.domains.map((d) => d.id)).toEqual([domains.at(-1)]);
    expect(askedModel(model, { domains: [...domains].reverse() }).domains.map((d) => d.id)).toEqual(domains);
    expect(askedModel(model, undefined)).toBe(model);
    expect(askedModel(model, { domains: ['nowhere'] })).toBe(model);
    expect(askedCount(model, { domains: [domains[0]!] })).toEqual({ asked: 1, total: domains.length });
  });

  it('scores over the asked domains only: a domain not asked is not unanswered', () => {
    const [first, second] = model.domains;
    const answers = first!.elements.flatMap((e) => e.questions.map((q) => answer(q.id, 3)));
    const whole = scoreAssessment(model, answerLookup(model, answers));
    const cut = askedModel(model, { domains: [first!.id] });
    const asked = scoreAssessment(cut, answerLookup(cut, answers));
    expect(whole.overall.coverage).toBeLessThan(1);
    expect(asked.overall.coverage).toBe(1);
    expect(asked.domains.map((d) => d.domainId)).toEqual([first!.id]);
    expect(asked.domains.some((d) => d.domainId === second!.id)).toBe(false);
  });
});
