import { describe, expect, it } from 'vitest';
import type { Answer } from '../assessment/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { canonicalJson, canonicalJsonWithPart, hashOf, sha256Hex } from './canonical.ts';
import { publishedModelHash } from './model-identity.ts';
import { finalAssessment, resultFileOf, sha256 } from './result-file.fixture.ts';
import { checkResultFile } from './result-file.ts';

const assessment = finalAssessment({ id: 'a-1', organization: { name: 'Организация — منظمة — 组织', unit: 'HQ' }, targets: { 'strategy.plan': 4 } });
const answers: Answer[] = [
  { assessmentId: 'a-1', questionId: 'strategy.plan.exists', value: 3, comment: 'minutes, "signed"', answeredAt: '2026-01-02T00:00:00.000Z' },
  { assessmentId: 'a-1', questionId: 'risk.register.used', value: 'na', comment: '', answeredAt: '2026-01-03T00:00:00.000Z' },
];
const make = (embedModel = true) => resultFileOf({ assessment, answers, embedModel, appVersion: '0.1.0' });

describe('canonical JSON and hash', () => {
  it('ignores key order and spacing', async () => {
    expect(canonicalJson({ b: 1, a: [true, null, { d: 'x', c: 2 }] })).toBe('{"a":[true,null,{"c":2,"d":"x"}],"b":1}');
    expect(await hashOf({ a: 1, b: 2 })).toBe(await hashOf(JSON.parse('{ "b": 2,\n "a": 1 }')));
  });

  it('writes numbers and Unicode as RFC 8785 says', () => {
    expect(canonicalJson([1.0, 0.1, 1e21, -0, 4.5e-7])).toBe('[1,0.1,1e+21,0,4.5e-7]');
    expect(canonicalJson({ 'é': '中文\u2028', '\u0001': 'x' })).toBe('{"\\u0001":"x","é":"中文\u2028"}');
  });

  it('hashes with SHA-256', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('result files', () => {
  it('round-trips through JSON and verifies', async () => {
    const file = await make();
    const checked = await checkResultFile(JSON.parse(JSON.stringify(file, null, 2)));
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.file.model.sha256).toBe(sha256);
    expect(checked.embedded?.published).toEqual(smallModel());
    expect(checked.file.answers.map((a) => a.questionId)).toEqual(['risk.register.used', 'strategy.plan.exists']);
    expect(checked.file.organization.name).toBe('Организация — منظمة — 组织');
  });

  it('still verifies with keys in another order', async () => {
    const file = await make(false);
    const reordered = Object.fromEntries(Object.entries(file).reverse());
    expect((await checkResultFile(reordered)).ok).toBe(true);
  });

  it('refuses a file changed after export, naming the hash', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.answers[1].value = 5;
    expect(await checkResultFile(file)).toEqual({
      ok: false,
      problems: [{ code: 'result.hash-mismatch', path: '$.integrity.hash' }],
    });
  });

  it('refuses tampered scores just the same', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.scores.overall.score = 5;
    expect((await checkResultFile(file)).ok).toBe(false);
  });

  it('names the field that is wrong', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.answers[0].value = 11;
    delete file.organization.name;
    const checked = await checkResultFile(file);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.map((p) => p.path).sort()).toEqual(['$.answers[0].value', '$.organization.name']);
  });

  it('refuses an embedded model that does not match its hash', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.model.definition.title = 'Another model';
    const { integrity: _ignored, ...content } = file;
    file.integrity.hash = await hashOf(content);
    expect(await checkResultFile(file)).toMatchObject({ ok: false, problems: [{ path: '$.model.sha256' }] });
  });

  it('refuses a file that names one model and embeds another, even with the right hash for what it embeds', async () => {
    const file = JSON.parse(JSON.stringify(await make()));
    file.model.definition.id = 'other';
    file.model.sha256 = await publishedModelHash(file.model.definition);
    const { integrity: _ignored, ...content } = file;
    file.integrity.hash = await hashOf(content);
    expect(await checkResultFile(file)).toMatchObject({ ok: false, problems: [{ code: 'result.model-mismatch', path: '$.model.definition.id', params: { id: 'small', version: '1.0.0', embeddedId: 'other' } }] });
  });

});

describe('canonical JSON with a part given in canonical form', () => {
  it('is the canonical JSON of the whole, read part by part, and hashes the same', async () => {
    const value = { b: [1, 'x'], model: { id: 'm', definition: { z: 1, a: ['\u0000', 'é', 2.5e-7] }, version: '1' }, a: 'ü' };
    const parts = canonicalJsonWithPart(value, 'model', 'definition', canonicalJson(value.model.definition));
    expect(parts.join('')).toBe(canonicalJson(value));
    expect(await sha256Hex(parts)).toBe(await sha256Hex(canonicalJson(value)));
  });

  it('is not fooled by text elsewhere that looks like the placeholder', () => {
    const value = { comment: '\u0000', model: { definition: { x: 1 } } };
    expect(canonicalJsonWithPart(value, 'model', 'definition', '{"x":1}').join('')).toBe(canonicalJson(value));
  });
});
