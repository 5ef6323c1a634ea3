import { describe, expect, it } from 'vitest';
import { problemText } from '../i18n/problem-text.ts';
import type { Answer } from '../assessment/schema.ts';
import { bytesOf, craftedFiles, type CraftedFile } from './crafted-files.fixture.ts';
import { figuresProblem, importResultFile } from './import.ts';
import { startImport } from './import-session.ts';
import { finalAssessment, models, resultFileOf } from './result-file.fixture.ts';

async function validFile(id: string, name: string): Promise<string> {
  const assessment = finalAssessment({ id, organization: { name, unit: '' } });
  const answers: Answer[] = [
    { assessmentId: id, questionId: 'strategy.plan.exists', value: 4, comment: 'fine', answeredAt: '2026-01-02T00:00:00.000Z' },
    { assessmentId: id, questionId: 'risk.register.exists', value: 2, comment: '', answeredAt: '2026-01-02T00:00:00.000Z' },
  ];
  // The model embedded as published, so that crafted files can tamper with it too.
  return JSON.stringify(await resultFileOf({ assessment, answers, embedModel: true }));
}

const corpus = validFile('base', 'Base Org').then(craftedFiles);

function expectOutcome(file: CraftedFile, outcome: Awaited<ReturnType<typeof importResultFile>>) {
  if ('accepted' in file.expected) {
    expect(outcome.status === 'rejected' ? outcome.problems.map(problemText).join(' ') : outcome.status, file.name).toBe('accepted');
    return;
  }
  expect(outcome.status, file.name).toBe('rejected');
  if (outcome.status !== 'rejected') return;
  expect(outcome.problems.map(problemText).join(' '), file.name).toMatch(file.expected.refused);
  if (file.expected.code) expect(outcome.problems[0]?.code, file.name).toBe(file.expected.code);
}

describe('the crafted-file corpus', () => {
  it('covers every case of the issue, with unique .json names', async () => {
    const files = await corpus;
    const names = files.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.endsWith('.json'))).toBe(true);
    for (const code of ['json.not-finite', 'json.duplicate-key', 'json.lone-surrogate', 'json.too-large', 'json.not-utf8']) {
      expect(files.some((f) => 'code' in f.expected && f.expected.code === code), code).toBe(true);
    }
  });

  it('gets from the pure import a refusal naming the field, or a safe reading, for each file alone, as text and as bytes', async () => {
    for (const file of await corpus) {
      const outcome = await importResultFile(file.name, file.content, models, new Map());
      expectOutcome(file, outcome);
      // Whatever happened, the outcome crosses to a page intact, and its figures are numbers.
      expect(structuredClone(outcome)).toEqual(outcome);
      if (outcome.status !== 'rejected') expect(figuresProblem(outcome.result.report)).toBeNull();
      if (typeof file.content === 'string') expectOutcome(file, await importResultFile(file.name, new TextEncoder().encode(file.content), models, new Map()));
    }
  });

  it('keeps the good files beside the crafted ones in one import', async () => {
    const files = await corpus;
    const session = startImport(models);
    const good = [await validFile('good-1', 'Good One'), await validFile('good-2', 'Good Two')];
    const outcomes = [];
    for (const [i, text] of good.entries()) outcomes.push(await session.importFile(`good-${i}.json`, text.length, () => text));
    for (const file of files) outcomes.push(await session.importFile(file.name, bytesOf(file).length, () => file.content));
    outcomes.push(await session.importFile('good-again.json', good[0]!.length, () => good[0]!));
    expect(outcomes.slice(0, 2).map((o) => o.status)).toEqual(['accepted', 'accepted']);
    expect(outcomes.at(-1)!.status).toBe('duplicate');
    for (const [i, file] of files.entries()) expectOutcome(file, outcomes[i + 2]!);
  });

  it('refuses a file by its size before reading it, and a file that cannot be read, alone', async () => {
    const session = startImport(models);
    let read = false;
    const large = await session.importFile('huge.json', 6 * 1024 * 1024, () => {
      read = true;
      return '{}';
    });
    expect(large).toMatchObject({ status: 'rejected', problems: [{ code: 'json.too-large', params: { kilobytes: 6144, megabytes: 5 } }] });
    expect(read).toBe(false);
    const unreadable = await session.importFile('gone.json', 10, () => Promise.reject(new Error('EACCES: permission denied')));
    expect(unreadable).toMatchObject({ status: 'rejected', problems: [{ code: 'import.unreadable', params: { detail: 'EACCES: permission denied' } }] });
    const text = await validFile('after', 'After');
    expect((await session.importFile('after.json', text.length, () => text)).status).toBe('accepted');
  });
});
