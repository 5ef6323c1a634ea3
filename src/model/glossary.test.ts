import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GlossarySchema, glossaryFindings, type Glossary } from './glossary.ts';
import { smallModel } from './small-model.fixture.ts';
import { parseModel } from './validate.ts';
import type { MaturityModel } from './schema.ts';

const glossary: Glossary = GlossarySchema.parse(JSON.parse(readFileSync('assessments/glossary.json', 'utf8')));

/** The small model with its first question's text in each language given. */
function modelSaying(text: Record<string, string>): MaturityModel {
  const input = smallModel();
  input.domains[0]!.elements[0]!.questions[0]!.text = text;
  const checked = parseModel(input);
  if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
  return checked.model;
}

/** In each language, a sentence with a variant to avoid, and the same sentence with the accepted term. */
const SENTENCES: Record<string, { avoided: string; accepted: string; term: string }> = {
  en: { avoided: 'Does the organization attend the CEB ICT Network?', accepted: 'Does the organization attend the Digital and Technology Network?', term: 'dtn' },
  fr: { avoided: 'Les avantages attendus sont-ils suivis ?', accepted: 'Les bénéfices attendus sont-ils suivis ?', term: 'benefits' },
  es: { avoided: '¿Se mide el rendimiento de las TIC?', accepted: '¿Se mide el desempeño de las TIC?', term: 'performance' },
  ar: { avoided: 'هل تشارك المؤسسة في شبكة تكنولوجيا المعلومات والاتصالات التابعة لمجلس الرؤساء التنفيذيين؟', accepted: 'هل تشارك المؤسسة في الشبكة الرقمية والتكنولوجية؟', term: 'dtn' },
  zh: { avoided: '是否为每个关键要素设定了目标值？', accepted: '是否为每个关键要素设定了目标水平？', term: 'target-level' },
  ru: { avoided: 'Есть ли в организации комитет по управлению ИКТ?', accepted: 'Есть ли в организации комитет по стратегическому управлению ИКТ?', term: 'governance' },
};

describe('the glossary check', () => {
  it('covers the six languages of the shipped models, with about forty terms', () => {
    expect(glossary.languages).toEqual(['en', 'fr', 'es', 'ar', 'zh', 'ru']);
    expect(glossary.terms.length).toBeGreaterThanOrEqual(40);
    for (const term of glossary.terms) expect(Object.keys(term.entries).sort(), term.id).toEqual([...glossary.languages].sort());
  });

  for (const [language, { avoided, accepted, term }] of Object.entries(SENTENCES)) {
    it(`names a text that uses a variant to avoid in ${language}, with its path and language, and passes the accepted term`, () => {
      const findings = glossaryFindings(glossary, modelSaying({ en: 'Question', [language]: avoided }));
      expect(findings).toEqual([
        expect.objectContaining({ code: 'glossary-variant', path: '$.domains[0].elements[0].questions[0].text', params: expect.objectContaining({ language, term }) }),
      ]);
      expect(glossaryFindings(glossary, modelSaying({ en: 'Question', [language]: accepted }))).toEqual([]);
    });
  }

  it('reads a variant only in its own language, and only as a whole word outside Chinese and Arabic', () => {
    // "rendimiento" is a variant in Spanish only; "avantageux" is not "avantages".
    expect(glossaryFindings(glossary, modelSaying({ en: 'rendimiento', fr: 'Un choix avantageux.' }))).toEqual([]);
  });

  it('keeps governance apart from management in Russian: bare «управление ИКТ» is a variant, «стратегическое управление ИКТ» and «управление ИКТ-услугами» are not', () => {
    const ru = (text: string) => glossaryFindings(glossary, modelSaying({ en: 'Question', ru: text })).map((f) => f.params.variant);
    expect(ru('Как осуществляется управление ИКТ?')).toEqual(['управление ИКТ']);
    expect(ru('Как осуществляется стратегическое управление ИКТ?')).toEqual([]);
    expect(ru('Модель зрелости стратегического управления ИКТ')).toEqual([]);
    expect(ru('Как организовано управление ИКТ-услугами?')).toEqual([]);
  });

  it('refuses a glossary whose pattern does not compile, naming the field', () => {
    const broken = structuredClone(JSON.parse(readFileSync('assessments/glossary.json', 'utf8')));
    broken.terms[0].entries.ru.avoidPatterns = ['(unclosed'];
    const parsed = GlossarySchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['terms', 0, 'entries', 'ru', 'avoidPatterns', 0]);
  });
});
