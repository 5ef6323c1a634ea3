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

  it('catches the variants the 2.0.0 texts used and 2.1.0 replaced: Chinese "target", UNICC, Russian governance, French benefits', () => {
    const found = (language: string, text: string) => glossaryFindings(glossary, modelSaying({ en: 'Question', [language]: text })).map((f) => [f.params.term, f.params.variant]);
    // Chinese: a value a measure is to reach is 目标水平, never 指标 (an indicator), 目标值 or 目标 alone.
    expect(found('zh', '在达到3级的基础上，对照指标衡量并报告响应时间。')).toEqual([['target-level', '对照指标']]);
    expect(found('zh', '在达到3级的基础上，对照目标衡量决策耗时。')).toEqual([['target-level', '对照目标']]);
    expect(found('zh', '设定可衡量的指标，例如已弥补的差距。')).toEqual([['target-level', '设定可衡量的指标']]);
    expect(found('zh', '为企业资源规划系统设定量化目标。')).toEqual([['target-level', '量化目标']]);
    expect(found('zh', '在达到3级的基础上，对照目标水平衡量决策耗时。')).toEqual([]);
    // 目标 for an objective, 指标 for an indicator, and the target architecture stay.
    expect(found('zh', '投资可追溯到具体目标；对照能力图和目标架构进行审查；衡量指标得到收集。')).toEqual([]);
    // UNICC: 联合国国际电子计算中心, short 国际电子计算中心; 计算中心 alone is any computing centre.
    expect(found('zh', '例如计算中心或联合国其他组织的服务')).toEqual([['unicc', '计算中心']]);
    expect(found('zh', '例如联合国国际电子计算中心或国际电子计算中心的服务')).toEqual([]);
    // Russian: the governance body, the governance model, governance arrangements, those who govern.
    expect(found('ru', 'докладывать органу управления')).toEqual([['governance', 'органу управления']]);
    expect(found('ru', 'делится своей моделью управления')).toEqual([['governance', 'моделью управления']]);
    expect(found('ru', 'Официальные и неофициальные механизмы управления')).toEqual([['governance', 'механизмы управления']]);
    expect(found('ru', 'докладывается тем, кто осуществляет управление')).toEqual([['governance', 'кто осуществляет управление']]);
    expect(found('ru', 'Управление информационной безопасностью')).toEqual([['governance', 'Управление информационной безопасностью']]);
    expect(found('ru', 'органу стратегического управления, моделью стратегического управления, стратегическое управление данными')).toEqual([]);
    // Management stays управление: knowledge management, vendor management.
    expect(found('ru', 'стратегия управления знаниями; эффективно осуществляется управление поставщиками')).toEqual([]);
    // French: benefits are bénéfices, in the singular too.
    expect(found('fr', 'objet, coût, avantage attendu')).toEqual([['benefits', 'avantage']]);
    expect(found('fr', 'objet, coût, bénéfice attendu')).toEqual([]);
  });

  it('refuses a glossary whose pattern does not compile, naming the field', () => {
    const broken = structuredClone(JSON.parse(readFileSync('assessments/glossary.json', 'utf8')));
    broken.terms[0].entries.ru.avoidPatterns = ['(unclosed'];
    const parsed = GlossarySchema.safeParse(broken);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]!.path).toEqual(['terms', 0, 'entries', 'ru', 'avoidPatterns', 0]);
  });
});
