/**
 * A maturity model as a document people review before it ships: its
 * identity, its own scale and how it rates (the rule at each level of
 * aggregation and the bands, in words), then every domain, key element and
 * question with all their texts and recommendations in one language, and the governance profile its
 * assessments are asked (sections, items, types, options, bounds and help), as Markdown or as a
 * standalone HTML page that prints well (`npm run model:doc`).
 *
 * Texts missing in the chosen language fall back as in the app (see
 * `localize`) and are marked with the language they are shown in, so a
 * translator sees what is left to do. Model text is untrusted: Markdown
 * escapes what would be markup, HTML escapes everything and links only
 * http(s) addresses. The document's own labels are in English.
 */
import { scaleLevels, type LocalText, type MaturityModel, type Profile, type ProfileItem, type Rating, type RatingRule } from './schema.ts';
import { showText, type ShownText } from './text.ts';

export type DocumentFormat = 'md' | 'html';

export interface DocumentOptions {
  /** The language to show texts in; the model's default language when not given. */
  language?: string;
  format: DocumentFormat;
  /**
   * The governance profile the model's assessments are asked when the model
   * has none of its own (a shared profile file, see `./profiles.ts`), with
   * the name it goes by; the model's own `profile` section otherwise.
   */
  sharedProfile?: { name: string; profile: Profile };
}

export function describeModel(model: MaturityModel, { language = model.defaultLanguage, format, sharedProfile }: DocumentOptions): string {
  const outline = outlineModel(model, language, sharedProfile);
  return format === 'html' ? outlineToHtml(outline) : outlineToMarkdown(outline);
}

import { directionOf } from './text.ts';

export { directionOf };

// ─── the outline: what the document says, in one language ──────────────────

interface CitedSource {
  citation: string;
  detail?: string;
  url?: string;
}

interface LevelText {
  level: number;
  name: ShownText;
  text?: ShownText;
}

interface QuestionOutline {
  number: string;
  id: string;
  text: ShownText;
  guidance: ShownText;
  levels: LevelText[];
  allowNotApplicable: boolean;
  weight: number;
  /** The question's own recommendations, keyed by its current level: what to do to reach the next one. */
  recommendations: LevelText[];
  sources: CitedSource[];
  /** What the question itself tests (such as Evaluate, Direct or Monitor, or a COBIT management objective). */
  mapsTo: { framework: ShownText; values: ShownText[] }[];
  /** Questions of the fuller model (`prefillsModel`) its answer pre-fills. */
  prefills: string[];
  /** Questions of earlier versions whose answer carries to it. */
  carriesFrom: string[];
}

interface ElementOutline {
  number: string;
  id: string;
  title: ShownText;
  description: ShownText;
  weight: number;
  defaultTarget: { level: number; name: ShownText };
  mapsTo: { framework: ShownText; values: ShownText[] }[];
  sources: CitedSource[];
  /** Keyed by the current level: what to do to reach the next one. */
  recommendations: LevelText[];
  questions: QuestionOutline[];
}

interface ProfileItemOutline {
  id: string;
  type: ProfileItem['type'];
  label: ShownText;
  help?: ShownText;
  options: { id: string; label: ShownText }[];
  min?: number;
  max?: number;
}

interface ProfileOutline {
  /** The shared profile file's name, when the profile is not the model's own. */
  shared?: string;
  sections: { id: string; title: ShownText; items: ProfileItemOutline[] }[];
}

interface DomainOutline {
  number: string;
  id: string;
  title: ShownText;
  description: ShownText;
  weight: number;
  elements: ElementOutline[];
}

export interface ModelOutline {
  language: string;
  id: string;
  version: string;
  title: ShownText;
  description: ShownText;
  authors: string[];
  license?: string;
  /** How many of the model's texts are in the document's language. */
  coverage: { inLanguage: number; total: number; fallbackLanguage: string };
  scale: { level: number; name: ShownText; meaning: ShownText }[];
  /** The rule at each level of aggregation and the N/P/L/F bands in %. */
  rating: Rating;
  sources: { id: string; citation: string; url?: string }[];
  domains: DomainOutline[];
  /** The governance profile its assessments are asked, if any. */
  profile?: ProfileOutline;
}

/** The model in one language, numbered and with its references resolved: what both formats render. */
export function outlineModel(model: MaturityModel, language: string, sharedProfile?: { name: string; profile: Profile }): ModelOutline {
  const coverage = { inLanguage: 0, total: 0, fallbackLanguage: model.defaultLanguage };
  const show = (text: LocalText): ShownText => {
    const shown = showText(text, language, model.defaultLanguage);
    coverage.total += 1;
    if (!shown.fallback) coverage.inLanguage += 1;
    return shown;
  };
  const quiet = (text: LocalText) => showText(text, language, model.defaultLanguage);
  const levelName = (level: number) => {
    const found = model.scale.find((s) => s.level === level);
    return found ? quiet(found.name) : { text: `${level}`, language, fallback: false };
  };
  const levels = scaleLevels(model);
  const recommendations = (byLevel: Partial<Record<string, LocalText>>): LevelText[] =>
    levels.flatMap((level) => {
      const text = byLevel[`${level}`];
      return text === undefined ? [] : [{ level, name: levelName(level), text: show(text) }];
    });
  const mapped = (mapsTo: Record<string, string[]>) =>
    Object.entries(mapsTo).map(([frameworkId, valueIds]) => {
      const framework = model.frameworks.find((f) => f.id === frameworkId);
      return {
        framework: framework ? quiet(framework.title) : { text: frameworkId, language, fallback: false },
        values: valueIds.map((valueId) => {
          const value = framework?.values.find((v) => v.id === valueId);
          return value ? quiet(value.title) : { text: valueId, language, fallback: false };
        }),
      };
    });
  const cite = (refs: { source: string; detail?: string | undefined }[]): CitedSource[] =>
    refs.map(({ source, detail }) => {
      const found = model.sources.find((s) => s.id === source);
      return { citation: found?.citation ?? source, ...(detail ? { detail } : {}), ...(found?.url ? { url: found.url } : {}) };
    });

  // Framework titles are shown where elements map to them; counted here once.
  for (const framework of model.frameworks) [framework.title, ...framework.values.map((v) => v.title)].forEach(show);

  const profile = model.profile ?? sharedProfile?.profile;
  const profileOutline = (profile: Profile): ProfileOutline => ({
    ...(model.profile || !sharedProfile ? {} : { shared: sharedProfile.name }),
    sections: profile.sections.map((section) => ({
      id: section.id,
      title: show(section.title),
      items: section.items.map((item) => ({
        id: item.id,
        type: item.type,
        label: show(item.label),
        ...(item.help === undefined ? {} : { help: show(item.help) }),
        options: (item.options ?? []).map((option) => ({ id: option.id, label: show(option.label) })),
        // A percentage is 0–100 unless it says otherwise.
        ...(item.min !== undefined ? { min: item.min } : item.type === 'percentage' ? { min: 0 } : {}),
        ...(item.max !== undefined ? { max: item.max } : item.type === 'percentage' ? { max: 100 } : {}),
      })),
    })),
  });

  return {
    language,
    id: model.id,
    version: model.version,
    title: show(model.title),
    description: show(model.description),
    authors: model.authors,
    ...(model.license ? { license: model.license } : {}),
    coverage,
    scale: model.scale.map((s) => ({ level: s.level, name: show(s.name), meaning: show(s.meaning) })),
    rating: model.rating,
    sources: model.sources.map((s) => ({ id: s.id, citation: s.citation, ...(s.url ? { url: s.url } : {}) })),
    domains: model.domains.map((domain, d) => ({
      number: `${d + 1}`,
      id: domain.id,
      title: show(domain.title),
      description: show(domain.description),
      weight: domain.weight,
      elements: domain.elements.map((element, e) => ({
        number: `${d + 1}.${e + 1}`,
        id: element.id,
        title: show(element.title),
        description: show(element.description),
        weight: element.weight,
        defaultTarget: { level: element.defaultTarget, name: levelName(element.defaultTarget) },
        mapsTo: mapped(element.mapsTo),
        sources: cite(element.sources),
        recommendations: recommendations(element.recommendations),
        questions: element.questions.map((question, q) => ({
          number: `${d + 1}.${e + 1}.${q + 1}`,
          id: question.id,
          text: show(question.text),
          guidance: show(question.guidance),
          levels: levels.map((level) => {
            const text = question.levels[`${level}`];
            return { level, name: levelName(level), ...(text === undefined ? {} : { text: show(text) }) };
          }),
          allowNotApplicable: question.allowNotApplicable,
          weight: question.weight,
          recommendations: recommendations(question.recommendations ?? {}),
          sources: cite(question.sources),
          mapsTo: mapped(question.mapsTo ?? {}),
          prefills: question.prefills ?? [],
          carriesFrom: question.carriesFrom ?? [],
        })),
      })),
    })),
    ...(profile ? { profile: profileOutline(profile) } : {}),
  };
}

const LABEL = {
  model: 'Model',
  version: 'Version',
  authors: 'Authors',
  license: 'Licence',
  language: 'Language',
  contents: 'Contents',
  scale: 'Scale',
  rating: 'How this model rates',
  sources: 'Sources',
  weight: 'Weight',
  defaultTarget: 'Default target',
  mapsTo: 'Maps to',
  prefills: 'Pre-fills these questions of the full model',
  carriesFrom: 'Takes the answer of (earlier versions)',
  recommendations: 'Recommendations',
  guidance: 'Guidance',
  notApplicable: 'N/A allowed',
  level: 'Level',
  name: 'Name',
  meaning: 'Meaning',
  profile: 'Governance profile',
  type: 'Type',
  options: 'Options',
  range: 'Range',
  help: 'Help',
  yes: 'yes',
  no: 'no',
};

/** Anchors of the fixed sections: "_" never occurs in a model id, so they cannot clash with one. */
const ANCHOR = { contents: '_contents', scale: '_scale', rating: '_rating', sources: '_sources', profile: '_profile' };

/** What each profile item type asks for, in words. */
const PROFILE_TYPE: Record<ProfileItem['type'], string> = {
  choice: 'one choice',
  choices: 'several choices',
  integer: 'a whole number',
  amount: 'an amount of money and its currency',
  percentage: 'a percentage',
  year: 'a year',
  text: 'text',
};

function profileNote(profile: ProfileOutline): string {
  const items = profile.sections.reduce((n, s) => n + s.items.length, 0);
  const whose = profile.shared
    ? `The model has no profile section of its own; its assessments are asked the shared profile "${profile.shared}" (assessments/profiles/${profile.shared}.json).`
    : 'The model’s own profile section.';
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  return `${whose} ${count(profile.sections.length, 'section')}, ${count(items, 'item')}: facts about how ICT is governed, never scored, used to compare like with like.`;
}

function rangeNote(item: ProfileItemOutline): string | undefined {
  if (item.min === undefined && item.max === undefined) return undefined;
  if (item.min !== undefined && item.max !== undefined) return `${item.min} to ${item.max}`;
  return item.min !== undefined ? `at least ${item.min}` : `at most ${item.max}`;
}

function coverageNote({ language, coverage }: ModelOutline): string {
  if (coverage.inLanguage === coverage.total) return `${language}, all ${coverage.total} texts`;
  return `${language}: ${coverage.inLanguage} of ${coverage.total} texts; the others are shown in another language, marked with its tag, such as (${coverage.fallbackLanguage})`;
}

function scaleNote({ scale }: ModelOutline): string {
  const levels = scale.map((s) => s.level);
  return `${levels.length} levels, ${Math.min(...levels)} to ${Math.max(...levels)}.`;
}

const RULE_NAME: Record<RatingRule, string> = {
  nplf: 'N/P/L/F (ISO/IEC 33020)',
  all: "all (COBIT 2019's focus-area rule)",
};

/**
 * The rating rules in words: which rule rates each level of aggregation,
 * then what each rule used means, with the model's bands.
 */
export function ratingInWords({ element, domain, organization, bands }: Rating): { rules: string[]; explanations: string[] } {
  const rules = [
    `A key element, from its questions: ${RULE_NAME[element]}.`,
    `A domain, from its key elements: ${RULE_NAME[domain]}.`,
    `The organization, from all its key elements: ${RULE_NAME[organization]}.`,
  ];
  const used = new Set<RatingRule>([element, domain, organization]);
  const explanations: string[] = [];
  if (used.has('nplf')) {
    explanations.push(
      `N/P/L/F (ISO/IEC 33020, clause 5.5): at each level, the share of the weight at that level or above is rated ` +
        `Not achieved (up to ${bands.partially} %), Partially (above ${bands.partially} % up to ${bands.largely} %), ` +
        `Largely (above ${bands.largely} % up to ${bands.fully} %) or Fully achieved (above ${bands.fully} %). ` +
        `A level is reached when it is at least Largely achieved and every level below it is Fully achieved, ` +
        `so one weak answer among many does not decide the level, and a missing foundation still does.`,
    );
  }
  if (used.has('all')) {
    explanations.push(
      "All (COBIT 2019's rule for a focus area): a level is reached only when every question or key element combined reaches it; the level is the lowest among them.",
    );
  }
  return { rules, explanations };
}

function recommendationLabel(outline: ModelOutline, { level, name }: LevelText): string {
  const next = outline.scale.find((s) => s.level === level + 1);
  return next ? `At ${level} ${name.text}, to reach ${next.level} ${next.name.text}` : `At ${level} ${name.text}`;
}

// ─── Markdown ───────────────────────────────────────────────────────────────

/** Escapes what Markdown would read as markup (emphasis, links, HTML, code) and block starts (headings, lists, quotes). */
function mdInline(text: string): string {
  return text
    .replace(/[\\`*_[\]<>~|]/g, '\\$&')
    .replace(/^(\s*)(#{1,6}(?=\s|$)|[-+](?=\s|$)|[-=]+\s*$|\d+(?=[.)](\s|$)))/, (_, space: string, start: string) =>
      /^\d/.test(start) ? `${space}${start}\\` : `${space}\\${start}`,
    );
}

/** A text on one line (for headings and list labels). */
function mdLine(shown: ShownText): string {
  return mdInline(shown.text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ')) + mdFallback(shown);
}

/** A text that may hold line breaks, kept as hard breaks; continuation lines indented by `indent`. */
function mdBlock(shown: ShownText | string, indent = ''): string {
  const text = typeof shown === 'string' ? shown : shown.text;
  const lines = text.split(/\r\n|\r|\n/).map((line) => mdInline(line.trim()));
  const joined = lines.map((line, i) => (line && lines[i + 1] ? `${line}\\` : line)).join(`\n${indent}`);
  return typeof shown === 'string' ? joined : joined + mdFallback(shown);
}

function mdFallback(shown: ShownText): string {
  return shown.fallback ? ` _(${shown.language})_` : '';
}

function mdCitations(sources: CitedSource[], indent: string): string[] {
  return sources.map(
    ({ citation, detail, url }) =>
      `${indent}- ${mdBlock(citation, `${indent}  `)}${detail ? ` — ${mdBlock(detail, `${indent}  `)}` : ''}${url ? ` ${mdAddress(url)}` : ''}`,
  );
}

/** A web address as a link; anything else (a `javascript:` URL, say) as plain text. */
function mdAddress(url: string): string {
  const address = webAddress(url);
  return address ? `<${address}>` : `(${mdInline(url)})`;
}

function outlineToMarkdown(outline: ModelOutline): string {
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push(`# ${mdLine(outline.title)}`, '');
  push(`- **${LABEL.model}:** \`${outline.id}\``);
  push(`- **${LABEL.version}:** ${mdInline(outline.version)}`);
  push(`- **${LABEL.authors}:** ${outline.authors.map((author) => mdBlock(author, '  ')).join('; ')}`);
  if (outline.license) push(`- **${LABEL.license}:** ${mdInline(outline.license)}`);
  push(`- **${LABEL.language}:** ${mdInline(coverageNote(outline))}`, '');
  push(mdBlock(outline.description), '');

  push(`<a id="${ANCHOR.contents}"></a>`, '', `## ${LABEL.contents}`, '');
  push(`- [${LABEL.scale}](#${ANCHOR.scale})`, `- [${LABEL.rating}](#${ANCHOR.rating})`);
  for (const domain of outline.domains) {
    push(`- [${domain.number}. ${mdLine(domain.title)}](#${domain.id})`);
    for (const element of domain.elements) push(`  - [${element.number} ${mdLine(element.title)}](#${element.id})`);
  }
  if (outline.profile) push(`- [${LABEL.profile}](#${ANCHOR.profile})`);
  push(`- [${LABEL.sources}](#${ANCHOR.sources})`, '');

  push(`<a id="${ANCHOR.scale}"></a>`, '', `## ${LABEL.scale}`, '', scaleNote(outline), '');
  for (const level of outline.scale) push(`- **${level.level} ${mdLine(level.name)}** — ${mdBlock(level.meaning, '  ')}`);
  push('');

  const rating = ratingInWords(outline.rating);
  push(`<a id="${ANCHOR.rating}"></a>`, '', `## ${LABEL.rating}`, '');
  push(...rating.rules.map((rule) => `- ${mdInline(rule)}`), '', ...rating.explanations.flatMap((text) => [mdInline(text), '']));

  for (const domain of outline.domains) {
    push(`<a id="${escapeHtml(domain.id)}"></a>`, '', `## ${domain.number}. ${mdLine(domain.title)}`, '');
    push(`\`${domain.id}\` · ${LABEL.weight} ${domain.weight}`, '');
    push(mdBlock(domain.description), '');
    for (const element of domain.elements) {
      push(`<a id="${escapeHtml(element.id)}"></a>`, '', `### ${element.number} ${mdLine(element.title)}`, '');
      push(`\`${element.id}\` · ${LABEL.weight} ${element.weight} · ${LABEL.defaultTarget} ${element.defaultTarget.level} ${mdLine(element.defaultTarget.name)}`, '');
      push(mdBlock(element.description), '');
      if (element.mapsTo.length > 0) {
        push(`**${LABEL.mapsTo}**`, '');
        for (const { framework, values } of element.mapsTo) push(`- ${mdLine(framework)}: ${values.map(mdLine).join(', ')}`);
        push('');
      }
      push(`**${LABEL.sources}**`, '', ...mdCitations(element.sources, ''), '');
      push(`**${LABEL.recommendations}**`, '');
      for (const recommendation of element.recommendations) {
        push(`- **${mdInline(recommendationLabel(outline, recommendation))}:** ${mdBlock(recommendation.text!, '  ')}`);
      }
      push('');
      for (const question of element.questions) {
        push(`#### ${question.number} ${mdLine(question.text)}`, '');
        push(`\`${question.id}\` · ${LABEL.weight} ${question.weight} · ${LABEL.notApplicable}: ${question.allowNotApplicable ? LABEL.yes : LABEL.no}`, '');
        push(`**${LABEL.guidance}:** ${mdBlock(question.guidance)}`, '');
        for (const level of question.levels) push(`- **${level.level} ${mdLine(level.name)}:** ${level.text ? mdBlock(level.text, '  ') : '—'}`);
        push('');
        if (question.recommendations.length > 0) {
          push(`**${LABEL.recommendations}**`, '');
          for (const recommendation of question.recommendations) {
            push(`- **${mdInline(recommendationLabel(outline, recommendation))}:** ${mdBlock(recommendation.text!, '  ')}`);
          }
          push('');
        }
        if (question.sources.length > 0) push(`**${LABEL.sources}**`, '', ...mdCitations(question.sources, ''), '');
        if (question.mapsTo.length > 0) {
          push(`**${LABEL.mapsTo}**`, '');
          for (const { framework, values } of question.mapsTo) push(`- ${mdLine(framework)}: ${values.map(mdLine).join(', ')}`);
          push('');
        }
        if (question.prefills.length > 0) push(`**${LABEL.prefills}:** ${question.prefills.map((id) => `\`${id}\``).join(', ')}`, '');
        if (question.carriesFrom.length > 0) push(`**${LABEL.carriesFrom}:** ${question.carriesFrom.map((id) => `\`${id}\``).join(', ')}`, '');
      }
    }
  }

  if (outline.profile) {
    push(`<a id="${ANCHOR.profile}"></a>`, '', `## ${LABEL.profile}`, '', mdInline(profileNote(outline.profile)), '');
    for (const section of outline.profile.sections) {
      push(`### ${mdLine(section.title)}`, '', `\`${section.id}\``, '');
      for (const item of section.items) {
        const range = rangeNote(item);
        // A hard break ("\\" at the end) keeps the help on a line of its own within the item.
        push(`- **${mdLine(item.label)}** — \`${item.id}\` · ${LABEL.type}: ${PROFILE_TYPE[item.type]}${range ? ` · ${LABEL.range}: ${range}` : ''}${item.help ? '\\' : ''}`);
        if (item.help) push(`  ${LABEL.help}: ${mdBlock(item.help, '  ')}`);
        for (const option of item.options) push(`  - ${mdLine(option.label)} — \`${option.id}\``);
      }
      push('');
    }
  }

  push(`<a id="${ANCHOR.sources}"></a>`, '', `## ${LABEL.sources}`, '');
  push(...mdCitations(outline.sources, ''));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

// ─── HTML ───────────────────────────────────────────────────────────────────

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** The address normalised (no spaces, no "<" or ">") when it is http or https; links to anything else are not made. */
function webAddress(url: string): string | undefined {
  try {
    const parsed = new URL(url.trim());
    return ['http:', 'https:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

/** Escaped text, line breaks kept. */
function htmlBlock(text: string): string {
  return escapeHtml(text).replace(/\r\n|\r|\n/g, '<br>\n');
}

/** A shown text; one in another language than the page's carries its own `lang` and `dir`. */
function htmlText(shown: ShownText, oneLine = false): string {
  const body = oneLine ? escapeHtml(shown.text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ')) : htmlBlock(shown.text);
  if (!shown.fallback) return body;
  return `<span class="fallback" lang="${escapeHtml(shown.language)}" dir="${directionOf(shown.language)}">${body}</span>`;
}

function htmlCitations(sources: CitedSource[]): string {
  const items = sources.map(({ citation, detail, url }) => {
    const address = url && webAddress(url);
    const link = address ? ` <a href="${escapeHtml(address)}">${escapeHtml(address)}</a>` : url ? ` (${escapeHtml(url)})` : '';
    return `<li dir="auto">${htmlBlock(citation)}${detail ? ` — <em>${htmlBlock(detail)}</em>` : ''}${link}</li>`;
  });
  return `<ul class="sources">\n${items.join('\n')}\n</ul>`;
}

const STYLE = `
:root { color-scheme: light; }
body { font: 11pt/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans SC", sans-serif; color: #1a1a1a; max-width: 50rem; margin: 2rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; margin-bottom: .5rem; }
h2 { font-size: 1.45rem; border-bottom: 2px solid #555; padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #bbb; }
h4 { font-size: 1.02rem; margin: 0 0 .3rem; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
.meta { color: #555; font-size: .9em; margin: .2rem 0 .6rem; }
code { font: .88em ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { border: 1px solid #bbb; padding: .3rem .5rem; text-align: start; vertical-align: top; }
th { background: #f2f2f2; font-weight: 600; }
.levels th { white-space: nowrap; width: 1%; }
.recommendations th { width: 30%; }
.question { border-inline-start: 3px solid #999; padding-inline-start: .9rem; margin: 1.5rem 0; }
.fallback::after { content: " (" attr(lang) ")"; font-size: .8em; color: #777; }
.sources { margin: 0; padding-inline-start: 1.2rem; }
.options { margin: 0; padding-inline-start: 1.1rem; }
.help { color: #444; font-size: .92em; }
nav ol { padding-inline-start: 1.4rem; }
nav > ol > li { margin-top: .3rem; }
@page { margin: 18mm 16mm; }
@media print {
  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }
  a { color: inherit; text-decoration: none; }
  nav, .domain { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  .question, tr { break-inside: avoid; }
  th { background: none; }
}
`;

function outlineToHtml(outline: ModelOutline): string {
  const lang = escapeHtml(outline.language);
  // The labels are English: on a page in another language they say so, and keep their own direction.
  const english = (text: string) =>
    outline.language.split('-')[0] === 'en' ? escapeHtml(text) : `<span lang="en" dir="ltr">${escapeHtml(text)}</span>`;
  const label = Object.fromEntries(Object.entries(LABEL).map(([key, text]) => [key, english(text)])) as typeof LABEL;
  /** A line of facts, each isolated so that ids, numbers and labels keep their order on a right-to-left page. */
  const meta = (...items: string[]) => `<p class="meta">${items.map((item) => `<bdi>${item}</bdi>`).join(' · ')}</p>`;
  const out: string[] = [];
  const push = (...lines: string[]) => out.push(...lines);

  push('<!doctype html>', `<html lang="${lang}" dir="${directionOf(outline.language)}">`, '<head>', '<meta charset="utf-8">');
  push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  push(`<title>${escapeHtml(outline.title.text.replace(/\s+/g, ' '))} ${escapeHtml(outline.version)}</title>`);
  push(`<style>${STYLE}</style>`, '</head>', '<body>', '<header>');
  push(`<h1>${htmlText(outline.title, true)}</h1>`, '<dl class="facts">');
  push(`<dt>${label.model}</dt><dd><code>${escapeHtml(outline.id)}</code></dd>`);
  push(`<dt>${label.version}</dt><dd>${escapeHtml(outline.version)}</dd>`);
  push(`<dt>${label.authors}</dt><dd>${outline.authors.map(htmlBlock).join('; ')}</dd>`);
  if (outline.license) push(`<dt>${label.license}</dt><dd>${escapeHtml(outline.license)}</dd>`);
  push(`<dt>${label.language}</dt><dd>${english(coverageNote(outline))}</dd>`, '</dl>');
  push(`<p>${htmlText(outline.description)}</p>`, '</header>');

  push(`<nav aria-labelledby="${ANCHOR.contents}">`, `<h2 id="${ANCHOR.contents}">${label.contents}</h2>`, '<ol>');
  push(`<li><a href="#${ANCHOR.scale}">${label.scale}</a></li>`, `<li><a href="#${ANCHOR.rating}">${label.rating}</a></li>`);
  for (const domain of outline.domains) {
    push(`<li><a href="#${escapeHtml(domain.id)}">${domain.number}. ${htmlText(domain.title, true)}</a>`, '<ol>');
    for (const element of domain.elements) {
      push(`<li><a href="#${escapeHtml(element.id)}">${element.number} ${htmlText(element.title, true)}</a></li>`);
    }
    push('</ol></li>');
  }
  if (outline.profile) push(`<li><a href="#${ANCHOR.profile}">${label.profile}</a></li>`);
  push(`<li><a href="#${ANCHOR.sources}">${label.sources}</a></li>`, '</ol>', '</nav>');

  push('<main>', `<section aria-labelledby="${ANCHOR.scale}">`, `<h2 id="${ANCHOR.scale}">${label.scale}</h2>`, `<p>${english(scaleNote(outline))}</p>`);
  push('<table>', `<thead><tr><th>${label.level}</th><th>${label.name}</th><th>${label.meaning}</th></tr></thead>`, '<tbody>');
  for (const level of outline.scale) push(`<tr><td>${level.level}</td><td>${htmlText(level.name, true)}</td><td>${htmlText(level.meaning)}</td></tr>`);
  push('</tbody>', '</table>', '</section>');

  const rating = ratingInWords(outline.rating);
  push(`<section aria-labelledby="${ANCHOR.rating}">`, `<h2 id="${ANCHOR.rating}">${label.rating}</h2>`);
  push('<ul>', ...rating.rules.map((rule) => `<li>${english(rule)}</li>`), '</ul>');
  push(...rating.explanations.map((text) => `<p>${english(text)}</p>`), '</section>');

  const recommendationRows = (list: LevelText[]) =>
    list.map((r) => `<tr><th scope="row">${english(recommendationLabel(outline, r))}</th><td>${htmlText(r.text!)}</td></tr>`);
  for (const domain of outline.domains) {
    const domainId = escapeHtml(domain.id);
    push(`<section class="domain" aria-labelledby="${domainId}">`, `<h2 id="${domainId}">${domain.number}. ${htmlText(domain.title, true)}</h2>`);
    push(meta(`<code>${domainId}</code>`, `${label.weight} ${domain.weight}`), `<p>${htmlText(domain.description)}</p>`);
    for (const element of domain.elements) {
      const elementId = escapeHtml(element.id);
      push(`<section class="element" aria-labelledby="${elementId}">`, `<h3 id="${elementId}">${element.number} ${htmlText(element.title, true)}</h3>`);
      push(
        meta(
          `<code>${elementId}</code>`,
          `${label.weight} ${element.weight}`,
          `${label.defaultTarget} ${element.defaultTarget.level} ${htmlText(element.defaultTarget.name, true)}`,
        ),
      );
      push(`<p>${htmlText(element.description)}</p>`, '<dl class="facts">');
      if (element.mapsTo.length > 0) {
        const maps = element.mapsTo.map(({ framework, values }) => `<bdi>${htmlText(framework, true)}: ${values.map((v) => htmlText(v, true)).join(', ')}</bdi>`);
        push(`<dt>${label.mapsTo}</dt><dd>${maps.join('<br>\n')}</dd>`);
      }
      push(`<dt>${label.sources}</dt><dd>${htmlCitations(element.sources)}</dd>`, '</dl>');
      push(`<h4>${label.recommendations}</h4>`, '<table class="recommendations">', '<tbody>');
      push(...recommendationRows(element.recommendations), '</tbody>', '</table>');
      for (const question of element.questions) {
        const questionId = escapeHtml(question.id);
        push(`<article class="question" aria-labelledby="${questionId}">`, `<h4 id="${questionId}">${question.number} ${htmlText(question.text)}</h4>`);
        push(
          `<p class="meta"><code>${questionId}</code> · ${label.weight} ${question.weight} · ${label.notApplicable}: ${question.allowNotApplicable ? LABEL.yes : LABEL.no}</p>`,
        );
        push(`<p><strong><bdi>${label.guidance}:</bdi></strong> ${htmlText(question.guidance)}</p>`, '<table class="levels">', '<tbody>');
        for (const level of question.levels) {
          push(`<tr><th scope="row">${level.level} ${htmlText(level.name, true)}</th><td>${level.text ? htmlText(level.text) : '—'}</td></tr>`);
        }
        push('</tbody>', '</table>');
        if (question.recommendations.length > 0) {
          push(`<p><strong>${label.recommendations}</strong></p>`, '<table class="recommendations">', '<tbody>');
          push(...recommendationRows(question.recommendations), '</tbody>', '</table>');
        }
        if (question.sources.length > 0) push(`<p><strong>${label.sources}</strong></p>`, htmlCitations(question.sources));
        if (question.mapsTo.length > 0) {
          push(`<p><strong>${label.mapsTo}</strong></p>`, '<ul>');
          for (const { framework, values } of question.mapsTo) push(`<li>${htmlText(framework, true)}: ${values.map((v) => htmlText(v, true)).join(', ')}</li>`);
          push('</ul>');
        }
        if (question.prefills.length > 0) push(`<p><strong>${label.prefills}:</strong> ${question.prefills.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}</p>`);
        if (question.carriesFrom.length > 0) push(`<p><strong>${label.carriesFrom}:</strong> ${question.carriesFrom.map((id) => `<code>${escapeHtml(id)}</code>`).join(', ')}</p>`);
        push('</article>');
      }
      push('</section>');
    }
    push('</section>');
  }

  if (outline.profile) {
    push(`<section class="domain profile" aria-labelledby="${ANCHOR.profile}">`, `<h2 id="${ANCHOR.profile}">${label.profile}</h2>`, `<p>${english(profileNote(outline.profile))}</p>`);
    for (const section of outline.profile.sections) {
      const sectionId = `_profile-${escapeHtml(section.id)}`;
      push(`<section aria-labelledby="${sectionId}">`, `<h3 id="${sectionId}">${htmlText(section.title, true)}</h3>`, meta(`<code>${escapeHtml(section.id)}</code>`));
      push('<table class="profile-items">', `<thead><tr><th>${label.name}</th><th>${label.type}</th><th>${label.options}</th></tr></thead>`, '<tbody>');
      for (const item of section.items) {
        const range = rangeNote(item);
        const options = item.options.map((o) => `<li>${htmlText(o.label, true)} <code>${escapeHtml(o.id)}</code></li>`);
        push(
          `<tr><td><strong>${htmlText(item.label, true)}</strong> <code>${escapeHtml(item.id)}</code>${item.help ? `<br>\n<span class="help">${htmlText(item.help)}</span>` : ''}</td>` +
            `<td>${english(PROFILE_TYPE[item.type])}${range ? `<br>${english(`${LABEL.range}: ${range}`)}` : ''}</td>` +
            `<td>${options.length > 0 ? `<ul class="options">${options.join('')}</ul>` : '—'}</td></tr>`,
        );
      }
      push('</tbody>', '</table>', '</section>');
    }
    push('</section>');
  }

  push(`<section aria-labelledby="${ANCHOR.sources}">`, `<h2 id="${ANCHOR.sources}">${label.sources}</h2>`, htmlCitations(outline.sources), '</section>');
  push('</main>', '</body>', '</html>');
  return `${out.join('\n')}\n`;
}
