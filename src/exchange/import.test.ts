import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problem-text.ts';
import type { Answer, Assessment } from '../assessment/schema.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { hashOf } from './canonical.ts';
import { JSON_MAX_DEPTH, RESULT_FILE_MAX_BYTES, importResultFile, parseJsonWithLimits, type KnownResults } from './import.ts';
import { finalAssessment, models, resultFileOf } from './result-file.fixture.ts';
const none: KnownResults = new Map();

function assessment(updatedAt = '2026-02-01T00:00:00.000Z'): Assessment {
  return finalAssessment({ id: 'a-1', organization: { name: '<b>Org</b>', unit: '' }, updatedAt });
}
const answers: Answer[] = [
  { assessmentId: 'a-1', questionId: 'strategy.plan.exists', value: 4, comment: '', answeredAt: '2026-01-02T00:00:00.000Z' },
  { assessmentId: 'a-1', questionId: 'risk.register.exists', value: 2, comment: '', answeredAt: '2026-01-02T00:00:00.000Z' },
];

async function fileText(change?: (file: any) => void | Promise<void>, options: { embedModel?: boolean; updatedAt?: string } = {}) {
  const file: any = await resultFileOf({ assessment: assessment(options.updatedAt), answers, embedModel: options.embedModel ?? true });
  if (change) {
    await change(file);
    const { integrity: _old, ...content } = file;
    file.integrity.hash = await hashOf(content);
  }
  return JSON.stringify(file);
}

const rejection = async (text: string, known = none) => {
  const outcome = await importResultFile('bad.json', text, models, known);
  expect(outcome.status).toBe('rejected');
  return outcome.status === 'rejected' ? outcome.problems : [];
};

describe('parseJsonWithLimits', () => {
  it('refuses files far over the size limit before parsing', () => {
    const result = parseJsonWithLimits(' '.repeat(RESULT_FILE_MAX_BYTES + 1));
    expect(result).toMatchObject({ ok: false, problem: { code: 'json.too-large', params: { megabytes: 5 } } });
    if (!result.ok) expect(problemText(result.problem)).toMatch(/at most 5 MB/);
  });

  it('refuses deeply nested JSON without recursing into it', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseJsonWithLimits(deep)).toMatchObject({ ok: false, problem: { code: 'json.too-deep', params: { maxDepth: JSON_MAX_DEPTH } } });
    expect(parseJsonWithLimits('{"a": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["}').ok).toBe(true);
  });

  it('refuses __proto__ keys', () => {
    expect(parseJsonWithLimits('{"a": {"__proto__": {"polluted": true}}}')).toMatchObject({
      ok: false,
      problem: { code: 'json.forbidden-key', path: '$.a', params: { key: '__proto__' } },
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importResultFile', () => {
  it('accepts a valid file and re-scores it from its answers', async () => {
    const outcome = await importResultFile('ok.json', await fileText(), models, none);
    expect(outcome.status).toBe('accepted');
    if (outcome.status !== 'accepted') return;
    expect(outcome.result.report.overall.score).toBe(3);
    expect(outcome.result.organization.name).toBe('<b>Org</b>');
  });

  it('never trusts scores in the file', async () => {
    const text = await fileText((file) => {
      file.scores.overall.score = 5;
      file.scores.domains[0].score = 5;
    });
    const outcome = await importResultFile('tampered-scores.json', text, models, none);
    expect(outcome.status === 'accepted' && outcome.result.report.overall.score).toBe(3);
  });

  it('tells duplicates, updates and older copies apart', async () => {
    const first = await importResultFile('a.json', await fileText(), models, none);
    if (first.status === 'rejected') throw new Error(first.problems.map(problemText).join(' '));
    const known: KnownResults = new Map([[first.result.assessmentId, { hash: first.result.hash, updatedAt: first.result.updatedAt }]]);
    expect((await importResultFile('again.json', await fileText(), models, known)).status).toBe('duplicate');
    expect((await importResultFile('newer.json', await fileText(undefined, { updatedAt: '2026-03-01T00:00:00.000Z' }), models, known)).status).toBe('updated');
    expect(await rejection(await fileText(undefined, { updatedAt: '2025-12-01T00:00:00.000Z' }), known)).toMatchObject([{ code: 'import.older', params: { updatedAt: first.result.updatedAt } }]);
  });

  it('rejects each kind of bad file with its reason', async () => {
    const valid = await fileText();
    expect(await rejection(valid.slice(0, 200))).toEqual([{ code: 'json.truncated', path: '$', params: {} }]);
    expect(await rejection('this is not JSON at all')).toMatchObject([{ code: 'json.not-json' }]);
    expect(await rejection('{"a": 1,\n  "b" 2}')).toEqual([{ code: 'json.syntax', path: '$', params: { line: 2, column: 7 } }]);
    expect(await rejection(valid.replace('"formatVersion":3', '"formatVersion":"3"'))).toMatchObject([{ path: '$.formatVersion', code: expect.stringMatching(/^schema\./) }]);
    const missing = JSON.parse(valid);
    delete missing.organization;
    expect(await rejection(JSON.stringify(missing))).toMatchObject([{ code: 'schema.invalid_type', path: '$.organization', params: { expected: 'object' } }]);
    const tampered = JSON.parse(valid);
    tampered.answers[0].value = 0;
    expect(await rejection(JSON.stringify(tampered))).toEqual([{ code: 'result.hash-mismatch', path: '$.integrity.hash' }]);
    expect(await rejection(await fileText((f) => void (f.model.id = 'other'), { embedModel: false }))).toMatchObject([{ code: 'import.model-unknown', params: { id: 'other' } }]);
    expect(
      await rejection(await fileText((f) => void f.answers.push({ questionId: 'no.such.question', value: 3, comment: '', answeredAt: '2026-01-02T00:00:00.000Z' }))),
    ).toMatchObject([{ code: 'import.unknown-questions', params: { model: 'small', version: '1.0.0', questions: 'no.such.question', count: 1 } }]);
  });

  it('resolves a model that is not embedded, and refuses one that differs', async () => {
    expect((await importResultFile('plain.json', await fileText(undefined, { embedModel: false }), models, none)).status).toBe('accepted');
    const other = MaturityModelSchema.parse({ ...smallModel(), title: 'Changed' });
    const outcome = await importResultFile('plain.json', await fileText(undefined, { embedModel: false }), () => ({ model: other, sha256: '0'.repeat(64) }), none);
    expect(outcome).toMatchObject({ status: 'rejected', problems: [{ code: 'import.model-different', path: '$.model.sha256' }] });
  });
});

describe('levels on the model\'s scale', () => {
  it('refuses an answer whose level the model\'s scale does not have, naming it', async () => {
    const outcome = await importResultFile('nine.json', await fileText((file) => {
      file.answers[0].value = 9;
    }), models, new Map());
    expect(outcome.status).toBe('rejected');
    if (outcome.status === 'rejected') {
      expect(outcome.problems).toEqual([{ code: 'import.answer-off-scale', path: '$.answers[0].value', params: { level: 9, model: 'small', lowest: 0, highest: 5 } }]);
      expect(problemText(outcome.problems[0]!)).toBe('At $.answers[0].value: Level 9 is not on the scale of “small” (0 to 5).');
    }
  });

  it('refuses a target off the scale', async () => {
    const outcome = await importResultFile('target.json', await fileText((file) => {
      file.targets = { 'strategy.plan': 8 };
    }), models, new Map());
    expect(outcome).toMatchObject({ status: 'rejected' });
  });
});
