import { afterEach, describe, expect, it } from 'vitest';
import { loadLanguage } from '../../i18n/index.ts';
import { loadMessagePart } from '../../i18n/parts.ts';
import { LANGUAGES } from '../../i18n/languages.ts';
import type { PanelProblem, PanelProblemCode } from '../../panel/problems.ts';
import { panelProblemText } from './problems.ts';

// Every code the panel's checks give, with the parameters they give it (the record makes a new code a type error here).
const PARAMS: Readonly<Record<PanelProblemCode, PanelProblem['params']>> = {
  'package.not-package': {},
  'package.version': { version: '9' },
  'package.invalid': { detail: 'expected string', schema: 'schema.invalid_type' },
  'package.unknown-model': { model: 'ict-governance', version: '9.0.0' },
  'package.other-model': { model: 'ict-governance', version: '2.0.0' },
  'package.unknown-domain': { domain: 'nowhere' },
  'contribution.not-contribution': {},
  'contribution.version': { version: '9' },
  'contribution.invalid': { detail: 'expected string', schema: 'schema.invalid_type' },
  'contribution.tampered': {},
  'contribution.other-assessment': {},
  'contribution.other-model': { model: 'ict-governance', version: '2.0.0' },
  'contribution.unknown-respondent': { name: 'Amal' },
  'contribution.unknown-domain': { domain: 'nowhere' },
  'contribution.unknown-question': { question: 'q-none' },
  'contribution.outside-domains': { question: 'q-far' },
  'contribution.duplicate-question': { question: 'q-twice' },
  'contribution.level-out-of-scale': { level: 9 },
  'contribution.not-applicable-refused': { question: 'q-must' },
  'consensus.rationale-required': { range: 3 },
  'consensus.level-out-of-scale': { level: 9 },
  'consensus.not-applicable-refused': {},
  'consensus.reason-required': {},
};

afterEach(() => loadLanguage('en'));

describe.each(LANGUAGES.map((l) => l.tag))('panel problems in %s', (tag) => {
  it('are worded for every code, with every parameter filled and the field named', async () => {
    await loadMessagePart('panel');
    await loadLanguage(tag);
    for (const [code, params] of Object.entries(PARAMS)) {
      const text = panelProblemText({ code: code as PanelProblemCode, path: '$.answers[3].value', params });
      expect({ code, text }).not.toEqual({ code, text: expect.stringContaining('panel.problem') });
      expect({ code, text }).not.toEqual({ code, text: expect.stringMatching(/\{\w+\}/) });
      if (/invalid|unknown-domain|unknown-question|outside|duplicate|contribution\.level/.test(code)) expect(text).toContain('$.answers[3].value');
    }
  });

  it('words a JSON problem as imports do', async () => {
    await Promise.all([loadMessagePart('panel'), loadMessagePart('network')]);
    await loadLanguage(tag);
    const text = panelProblemText({ code: 'json.too-large', path: '$', params: { kilobytes: 6 * 1024, megabytes: 5 } });
    expect(text).toContain('6');
    expect(text).not.toMatch(/problem\.|\{\w+\}/);
  });
});
