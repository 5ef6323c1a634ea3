import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeModel, directionOf, escapeHtml, outlineModel, ratingInWords } from './describe.ts';
import type { MaturityModel, MaturityModelInput, Profile } from './schema.ts';
import { smallModel } from './small-model.fixture.ts';
import { localize } from './text.ts';
import { parseModel } from './validate.ts';

function parsed(json: unknown): MaturityModel {
  const checked = parseModel(json);
  if (!checked.ok) throw new Error(checked.problems.map((p) => `${p.path}: ${p.code}`).join('\n'));
  return checked.model;
}

/** The small model with hostile text in every kind of place. */
function hostileModel(): MaturityModel {
  const model: MaturityModelInput = smallModel();
  model.title = { en: '<script>alert("title")</script> & co', fr: 'Modèle <b>gras</b>' };
  model.authors = ['O\'Brien <obrien@example.org>'];
  model.sources = [
    { id: 'iso-iec-38500', citation: 'ISO/IEC 38500 "quoted" <i>', url: 'javascript:alert(1)' },
    { id: 'web', citation: 'A page', url: 'https://example.org/a?b=1&c="2"' },
  ];
  const element = model.domains[0]!.elements[0]!;
  element.sources = [{ source: 'web', detail: '<img src=x onerror=alert(1)>' }];
  element.questions[0]!.text = '# Not a heading, *not emphasis*, [not a link](javascript:x) <img src=x onerror=alert(1)>';
  element.questions[0]!.guidance = 'first line\n- not a list\n1. not a list either';
  return parsed(model);
}

describe('describeModel as HTML', () => {
  const html = describeModel(hostileModel(), { format: 'html' });

  it('is a standalone page with the language, direction and a print style', () => {
    expect(html).toMatch(/^<!doctype html>\n<html lang="en" dir="ltr">/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('@media print');
    expect(html.trimEnd()).toMatch(/<\/html>$/);
  });

  it('escapes every text of the model', () => {
    expect(html).not.toMatch(/<script|<img|<i>|<b>|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; co');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('O&#39;Brien &lt;obrien@example.org&gt;');
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('links only web addresses', () => {
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('(javascript:alert(1))');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=%222%22">');
  });

  it('keeps line breaks of multi-line text', () => {
    expect(html).toContain('first line<br>\n- not a list<br>\n1. not a list either');
  });
});

describe('describeModel as Markdown', () => {
  const md = describeModel(hostileModel(), { format: 'md' });

  it('escapes what Markdown would read as markup or HTML', () => {
    expect(md).not.toMatch(/(?<!\\)<(script|img|i>)/);
    expect(md).toContain('# \\<script\\>alert("title")\\</script\\> & co');
    expect(md).toContain('\\# Not a heading, \\*not emphasis\\*, \\[not a link\\](javascript:x) \\<img src=x onerror=alert(1)\\>');
    expect(md).toContain('first line\\\n\\- not a list\\\n1\\. not a list either');
    expect(md).toContain('(javascript:alert(1))');
    expect(md).toContain('<https://example.org/a?b=1&c=%222%22>');
  });
});

describe('the language of the document', () => {
  const model = parsed(smallModel());

  it('shows the chosen language and marks what falls back to another one', () => {
    const html = describeModel(model, { format: 'html', language: 'fr' });
    expect(html).toContain('<html lang="fr" dir="ltr">');
    expect(html).toContain('<h1>Petit modèle</h1>');
    expect(html).toContain('<span class="fallback" lang="en" dir="ltr">Is there a plan?</span>');
    const md = describeModel(model, { format: 'md', language: 'fr' });
    expect(md).toMatch(/^# Petit modèle\n/);
    expect(md).toContain('#### 1.1.1 Is there a plan? _(en)_');
  });

  it('falls back as the app does: exact tag, base language, default language', () => {
    const outline = outlineModel(model, 'fr-CA');
    expect(outline.title).toEqual({ text: 'Petit modèle', language: 'fr', fallback: false });
    expect(outlineModel(model, 'de').title).toEqual({ text: 'Small model', language: 'en', fallback: true });
    expect(outlineModel(model, 'en').title).toEqual({ text: 'Small model', language: 'en', fallback: false });
    expect(outline.coverage.inLanguage).toBe(1);
  });

  it('writes right-to-left languages right to left', () => {
    expect(describeModel(model, { format: 'html', language: 'ar' })).toContain('<html lang="ar" dir="rtl">');
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa-IR')).toBe('rtl');
    expect(directionOf('zh-Hans')).toBe('ltr');
  });
});

describe('the document of the default model', () => {
  const model = parsed(JSON.parse(readFileSync('assessments/ict-governance.json', 'utf8')));
  const questions = model.domains.flatMap((d) => d.elements.flatMap((e) => e.questions));

  it.each(['md', 'html'] as const)('shows every question, with its guidance and six levels (%s)', (format) => {
    const document = describeModel(model, { format });
    const text = (t: Parameters<typeof localize>[0]) => localize(t, 'en', model.defaultLanguage);
    const escaped = (s: string) => (format === 'html' ? escapeHtml(s) : s.replace(/[\\`*_[\]<>~|]/g, '\\$&'));
    expect(questions.length).toBeGreaterThan(0);
    for (const question of questions) {
      expect(document).toContain(question.id);
      expect(document).toContain(escaped(text(question.text)));
      expect(document).toContain(escaped(text(question.guidance)));
      for (const level of ['0', '1', '2', '3', '4', '5'] as const) expect(document).toContain(escaped(text(question.levels[level]!)));
    }
    for (const domain of model.domains) expect(document).toContain(`#${domain.id}`);
  });
});

describe('the document of a model on its own scale', () => {
  const model = parsed(JSON.parse(readFileSync('assessments/examples/four-level-model.json', 'utf8')));

  it.each(['md', 'html'] as const)('shows the scale of four levels and only those levels for each question (%s)', (format) => {
    const document = describeModel(model, { format, language: 'fr' });
    expect(document).toContain('4 levels, 0 to 3.');
    const outline = outlineModel(model, 'fr');
    for (const question of outline.domains.flatMap((d) => d.elements.flatMap((e) => e.questions))) {
      expect(question.levels.map((level) => level.level)).toEqual([0, 1, 2, 3]);
    }
    expect(document).toContain('Géré');
    expect(document).not.toMatch(/\b4 (Measured|Innovating)/);
  });

  it.each(['md', 'html'] as const)('says in words which rule rates each level of aggregation, with the bands (%s)', (format) => {
    const document = describeModel(model, { format });
    expect(document).toContain('How this model rates');
    expect(document).toContain('A key element, from its questions: N/P/L/F (ISO/IEC 33020).');
    expect(document).toContain(format === 'html' ? 'A domain, from its key elements: all (COBIT 2019&#39;s focus-area rule).' : "A domain, from its key elements: all (COBIT 2019's focus-area rule).");
    expect(document).toContain('Largely (above 50 % up to 85 %)');
  });

  it.each(['md', 'html'] as const)('shows the recommendations of a question under it (%s)', (format) => {
    const document = describeModel(model, { format, language: 'fr' });
    const question = document.indexOf('Le matériel est-il inventorié ?');
    const next = document.indexOf('Les logiciels sont-ils inventoriés ?');
    const recommendation = document.indexOf('Lister les appareils utilisés, en commençant par les serveurs.');
    expect(question).toBeGreaterThan(0);
    expect(recommendation).toBeGreaterThan(question);
    expect(recommendation).toBeLessThan(next);
    expect(document.slice(question, recommendation)).toContain('At 0 Non réalisé, to reach 1 Amorcé');
  });

  it('words the rules and bands the model gives, and only the rules it uses', () => {
    const words = ratingInWords({ element: 'all', domain: 'all', organization: 'nplf', bands: { partially: 10, largely: 40, fully: 90 } });
    expect(words.rules).toEqual([
      "A key element, from its questions: all (COBIT 2019's focus-area rule).",
      "A domain, from its key elements: all (COBIT 2019's focus-area rule).",
      'The organization, from all its key elements: N/P/L/F (ISO/IEC 33020).',
    ]);
    expect(words.explanations).toHaveLength(2);
    expect(words.explanations[0]).toContain('Not achieved (up to 10 %), Partially (above 10 % up to 40 %), Largely (above 40 % up to 90 %) or Fully achieved (above 90 %)');
    expect(ratingInWords(model.rating).explanations).toHaveLength(2);
    expect(ratingInWords({ ...model.rating, domain: 'nplf' }).explanations).toHaveLength(1);
  });
});

describe('the governance profile in the model document', () => {
  const profileFile = JSON.parse(readFileSync('assessments/profiles/un-system-profile.json', 'utf8')) as { profile: Profile };
  const shared = { name: 'un-system-profile', profile: profileFile.profile };
  const model = parsed(smallModel());

  it.each(['md', 'html'] as const)('shows the shared profile a model without its own is asked: sections, items, types, options, range and help (%s)', (format) => {
    const document = describeModel(model, { format, language: 'fr', sharedProfile: shared });
    expect(document).toContain('Governance profile');
    expect(document).toContain('un-system-profile');
    expect(document).toContain('6 sections, 31 items');
    // A section title, an item label and help, an option, in French, with their ids.
    expect(document).toContain('L’organisation');
    expect(document).toContain('Type d’organisation');
    expect(document).toContain('La place de l’organisation dans le système des Nations Unies.');
    expect(document).toContain('Institution spécialisée');
    expect(document).toMatch(/specialized-agency/);
    expect(document).toContain('several choices');
    expect(document).toContain('an amount of money and its currency');
    // A percentage's range is 0–100 when it does not say.
    expect(document).toMatch(/ict-share-of-expenditure[\s\S]{0,400}0 to 100/);
    expect(document).toMatch(/figures-year[\s\S]{0,400}2000 to 2100/);
    // Listed in the contents, after the domains and before the sources.
    const contents = document.indexOf('Governance profile');
    expect(contents).toBeLessThan(document.indexOf('Type d’organisation'));
    expect(document.lastIndexOf('Sources')).toBeGreaterThan(document.indexOf('Type d’organisation'));
  });

  it('shows the model’s own profile section first, and nothing when it has none', () => {
    const own = parsed({ ...smallModel(), profile: { sections: [{ id: 'own', title: 'Our section', items: [{ id: 'bodies', type: 'choices', label: 'Bodies <b>', options: [{ id: 'board', label: 'Board' }] }] }] } });
    const md = describeModel(own, { format: 'md', sharedProfile: shared });
    expect(md).toContain('The model’s own profile section. 1 section, 1 item');
    expect(md).toContain('Bodies \\<b\\>');
    expect(md).not.toContain('un-system-profile');
    expect(describeModel(own, { format: 'html' })).toContain('Bodies &lt;b&gt;');
    const none = describeModel(model, { format: 'md' });
    expect(none).not.toContain('Governance profile');
  });
});
