/**
 * The full report as an ordered list of blocks (headings, paragraphs,
 * tables, chart placeholders, page breaks), its text already worded in the
 * reader's language. Pure: no DOM, no storage, no file format. A renderer
 * (./docx.ts) turns the blocks into a Word document; the figures are the
 * ones the results page shows, from the same scoring functions.
 */
import { confidenceSummary, isLowConfidence, type Confidence } from '../scoring/confidence.ts';
import type { Answer, Assessment } from '../assessment/schema.ts';
import type { MessageKey, Params } from '../i18n/index.ts';
import type { ReportMessageKey } from './messages/en.ts';
import { highestLevel, lowestLevel, type Level, type LocalText, type MaturityModel } from '../model/schema.ts';
import { effectiveTargets, rankPriorities, summarize, type Priority } from '../scoring/gaps.ts';
import { answerLookup, isNotApplicable, type Figures, type ScoreReport } from '../scoring/score.ts';
import { answersByQuestion } from '../assessment/answers.ts';

// ---- Inputs other engineers add (issues 11 and 14): typed here as optional, per the shared shapes. ----

export type ProfileItemType = 'choice' | 'choices' | 'integer' | 'amount' | 'percentage' | 'year' | 'text';
export interface ProfileItem {
  id: string;
  type: ProfileItemType;
  label: LocalText;
  options?: ReadonlyArray<{ id: string; label: LocalText }>;
}
export interface ModelProfile {
  sections: ReadonlyArray<{ id: string; title: LocalText; items: readonly ProfileItem[] }>;
}
export type ProfileValue = string | number | readonly string[] | { amount: number; currency: string };

export interface EvidenceReference {
  title: string;
  reference: string;
  date?: string;
  custodian?: string;
  verified?: boolean;
}
export type ReviewState = 'draft' | 'in-review' | 'approved' | 'reopened';
export interface ReviewEvent {
  state: ReviewState;
  by: string;
  role: string;
  at: string;
  note: string;
}

export type ReportModel = MaturityModel & { profile?: ModelProfile };
export interface Respondent {
  id: string;
  name: string;
  role: string;
}
export type ReportAssessment = Assessment & {
  profile?: Readonly<Record<string, ProfileValue>>;
  /** The panel, as result files (v2) carry it. */
  respondents?: readonly Respondent[];
  review?: { state: ReviewState; history: readonly ReviewEvent[] };
};
export type ReportAnswer = Answer & { evidence?: readonly EvidenceReference[] };

// ---- The blocks ----

export type ChartKind = 'radar' | 'levels' | 'elements';

/** What a chart shows, as data: a renderer draws it (chart.js in the browser) or leaves it out. */
export interface ChartData {
  kind: ChartKind;
  labels: string[];
  series: Array<{ role: 'achieved' | 'target'; label: string; values: number[] }>;
  min: Level;
  max: Level;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; strong?: boolean }
  | { kind: 'table'; caption?: string; header: string[]; rows: string[][] }
  | { kind: 'chart'; caption: string; description: string; chart: ChartData }
  | { kind: 'pageBreak' };

export interface ReportDocument {
  /** The language tag the text is in (`ar`, `fr`…), for the document's language. */
  language: string;
  direction: 'ltr' | 'rtl';
  title: string;
  blocks: Block[];
}

/** How the text is worded: the message lookup and formats of one language (see src/i18n). */
export interface Wording {
  language: string;
  direction: 'ltr' | 'rtl';
  t: (key: MessageKey | ReportMessageKey, params?: Params) => string;
  /** A model text in this language. */
  text: (text: LocalText) => string;
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  percent: (share: number) => string;
  /** The index with one decimal. */
  index: (value: number) => string;
  dateTime: (iso: string) => string;
}

export interface ReportInput {
  model: ReportModel;
  assessment: ReportAssessment;
  answers: readonly ReportAnswer[];
  report: ScoreReport;
  /** When the report is produced (ISO datetime). */
  now: string;
}

/** The report, block by block, in the wording given. */
export function reportDocument(input: ReportInput, words: Wording): ReportDocument {
  const title = words.t('report.title');
  const blocks: Block[] = [
    ...cover(input, words, title),
    { kind: 'pageBreak' },
    ...summarySection(input, words),
    ...profileSection(input, words),
    ...prioritiesSection(input, words),
    ...chartsSection(input, words),
    ...scoresSection(input, words),
    ...answersSection(input, words),
    ...reviewSection(input, words),
  ];
  return { language: words.language, direction: words.direction, title, blocks };
}

// ---- Shared wording of figures, as the results page words them ----

function labels({ model }: ReportInput, words: Wording) {
  const none = words.t('results.none');
  const scaleName = (level: Level) => {
    const scale = model.scale.find((s) => s.level === level);
    return scale ? words.text(scale.name) : '';
  };
  const levelLabel = (level: Level | null) => (level === null ? none : words.t('results.levelName', { level, name: scaleName(level) }));
  const index = (value: number | null) => (value === null ? none : words.index(value));
  const indexLabel = words.t('results.score', { low: lowestLevel(model), high: highestLevel(model) });
  // A level, or why there is none: as the scores table says it.
  const figuresLevel = (figures: Figures) =>
    figures.achievedLevel !== null
      ? levelLabel(figures.achievedLevel)
      : isNotApplicable(figures)
        ? words.t('results.profile.notApplicable')
        : figures.answered > 0 || figures.total > 0
          ? words.t('results.notRated')
          : none;
  return { none, scaleName, levelLabel, index, indexLabel, figuresLevel };
}

function statusText(assessment: ReportAssessment, words: Wording): string {
  if (assessment.review) return words.t(`report.state.${assessment.review.state}`);
  return words.t(assessment.status === 'final' ? 'report.status.final' : 'report.status.in-progress');
}

function cover(input: ReportInput, words: Wording, title: string): Block[] {
  const { assessment, model } = input;
  const { name, unit } = assessment.organization;
  return [
    { kind: 'title', text: title },
    { kind: 'paragraph', text: words.t('report.organization', { name }), strong: true },
    ...(unit ? [{ kind: 'paragraph' as const, text: words.t('report.unit', { unit }) }] : []),
    { kind: 'paragraph', text: words.t('results.print.period', { period: assessment.period }) },
    { kind: 'paragraph', text: words.t('questionnaire.model', { title: words.text(model.title), version: model.version }) },
    { kind: 'paragraph', text: words.t('results.print.date', { date: words.dateTime(assessment.updatedAt) }) },
    { kind: 'paragraph', text: words.t('report.produced', { date: words.dateTime(input.now) }) },
    { kind: 'paragraph', text: words.t('report.status', { status: statusText(assessment, words) }) },
  ];
}

function summarySection(input: ReportInput, words: Wording): Block[] {
  const { model, assessment, report } = input;
  const { levelLabel, index, indexLabel, scaleName, none } = labels(input, words);
  const summary = summarize(model, report, assessment.targets);
  const domainTitle = (id: string | null) => {
    const domain = model.domains.find((d) => d.id === id);
    return domain ? words.text(domain.title) : none;
  };
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: words.t('results.summary') },
    {
      kind: 'table',
      header: [words.t('report.column.figure'), words.t('report.column.value')],
      rows: [
        [words.t('results.achievedLevel'), levelLabel(summary.overallLevel)],
        [indexLabel, index(summary.overallScore)],
        [
          words.t('results.weakestDomain'),
          summary.weakestDomainId === null ? none : `${domainTitle(summary.weakestDomainId)} (${levelLabel(summary.weakestDomainLevel)})`,
        ],
        [words.t('results.coverage'), words.percent(report.overall.coverage)],
      ],
    },
  ];
  const paragraph = (text: string): Block => ({ kind: 'paragraph', text });
  if (summary.lowCoverage) blocks.push(paragraph(words.t('results.summary.lowCoverage', { coverage: words.percent(summary.coverage) })));
  const level = summary.overallLevel;
  blocks.push(
    paragraph(
      level === null
        ? words.t('results.summary.nothing')
        : words.t('results.summary.overall', { level, name: scaleName(level), score: index(summary.overallScore), max: highestLevel(model) }),
    ),
  );
  if (level !== null && !summary.complete && summary.profile.notRated > 0) {
    blocks.push(paragraph(words.t('results.summary.provisional', { count: summary.profile.notRated })));
  }
  if (summary.weakestDomainId && summary.weakestDomainLevel !== null) {
    blocks.push(
      paragraph(
        words.t('results.summary.weakest', {
          domain: domainTitle(summary.weakestDomainId),
          level: summary.weakestDomainLevel,
          name: scaleName(summary.weakestDomainLevel),
        }),
      ),
    );
  }
  if (summary.strongestDomainId && summary.strongestDomainLevel !== null && summary.strongestDomainId !== summary.weakestDomainId) {
    blocks.push(
      paragraph(
        words.t('results.summary.strongest', {
          domain: domainTitle(summary.strongestDomainId),
          level: summary.strongestDomainLevel,
          name: scaleName(summary.strongestDomainLevel),
        }),
      ),
    );
  }
  blocks.push(paragraph(words.t('results.summary.belowTarget', { count: summary.belowTarget, assessed: summary.assessedElements })));
  const { profile } = summary;
  blocks.push({
    kind: 'table',
    caption: words.t('results.profile'),
    header: [words.t('results.howRated.level'), words.t('results.column.elements')],
    rows: [
      ...[...profile.levels].reverse().map(({ level: l, elements }) => [levelLabel(l), words.number(elements)]),
      ...(profile.notRated > 0 ? [[words.t('results.profile.notRated'), words.number(profile.notRated)]] : []),
      ...(profile.notApplicable > 0 ? [[words.t('results.profile.notApplicable'), words.number(profile.notApplicable)]] : []),
    ],
  });
  blocks.push(paragraph(words.t('results.rules')));
  return blocks;
}

/** A profile answer in words: option labels, numbers and amounts formatted for the language. */
export function profileValueText(item: ProfileItem, value: ProfileValue, words: Wording): string {
  const option = (id: string) => {
    const found = item.options?.find((o) => o.id === id);
    return found ? words.text(found.label) : id;
  };
  if (typeof value === 'string') return item.type === 'choice' ? option(value) : value;
  if (Array.isArray(value)) return (value as readonly string[]).map(option).join('; ');
  if (typeof value === 'number') {
    if (item.type === 'percentage') return words.number(value / 100, { style: 'percent', maximumFractionDigits: 1 });
    if (item.type === 'year') return words.number(value, { useGrouping: false });
    return words.number(value);
  }
  const { amount, currency } = value as { amount: number; currency: string };
  return words.number(amount, { style: 'currency', currency, maximumFractionDigits: 0 });
}

function profileSection({ model, assessment }: ReportInput, words: Wording): Block[] {
  const values = assessment.profile;
  if (!model.profile || !values) return [];
  const blocks: Block[] = [];
  for (const section of model.profile.sections) {
    const rows = section.items
      .filter((item) => values[item.id] !== undefined && values[item.id] !== '')
      .map((item) => [words.text(item.label), profileValueText(item, values[item.id]!, words)]);
    if (rows.length === 0) continue;
    blocks.push({ kind: 'heading', level: 2, text: words.text(section.title) });
    blocks.push({ kind: 'table', header: [words.t('report.column.item'), words.t('report.column.answer')], rows });
  }
  return blocks.length ? [{ kind: 'heading', level: 1, text: words.t('report.profile') }, ...blocks] : [];
}

function prioritiesSection(input: ReportInput, words: Wording): Block[] {
  const { model, assessment, report, answers } = input;
  const priorities: Priority[] = rankPriorities(model, report, assessment.targets, answerLookup(model, answers));
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: words.t('results.priorities') },
    { kind: 'paragraph', text: words.t(priorities.length ? 'results.priorities.intro' : 'results.priorities.none') },
  ];
  for (const priority of priorities) {
    const domain = model.domains.find((d) => d.id === priority.domainId)!;
    const element = domain.elements.find((e) => e.id === priority.elementId)!;
    const holding = element.questions.find((q) => q.id === priority.holdingQuestionId);
    blocks.push({ kind: 'heading', level: 2, text: words.text(element.title) });
    blocks.push({
      kind: 'paragraph',
      text: words.t('results.priorities.figures', {
        domain: words.text(domain.title),
        level: priority.achievedLevel,
        target: priority.target,
        gap: words.number(priority.gap),
      }),
    });
    if (holding && priority.holdingLevel !== null) {
      blocks.push({ kind: 'paragraph', text: words.t('results.priorities.holding', { question: words.text(holding.text), level: priority.holdingLevel }) });
    }
    if (priority.recommendation) {
      const level = (priority.holdingLevel ?? priority.achievedLevel) + 1;
      blocks.push({ kind: 'paragraph', text: `${words.t('results.priorities.toReach', { level })} ${words.text(priority.recommendation)}` });
    }
    const action = assessment.actions[element.id];
    if (action && (action.action || action.owner || action.due)) {
      blocks.push({
        kind: 'table',
        caption: words.t('results.action.legend'),
        header: [words.t('results.action.what'), words.t('results.action.owner'), words.t('results.action.due'), words.t('results.action.status')],
        rows: [[action.action ?? '', action.owner, action.due, words.t(`results.action.status.${action.status}`)]],
      });
    } else {
      blocks.push({ kind: 'paragraph', text: words.t('results.action.none') });
    }
  }
  return blocks;
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

function chartsSection(input: ReportInput, words: Wording): Block[] {
  const { model, assessment, report } = input;
  const targets = effectiveTargets(model, assessment.targets);
  const min = lowestLevel(model);
  const max = highestLevel(model);
  // As on the results page: a domain not rated yet is drawn at the lowest level.
  const rows = report.domains.map((d) => {
    const domain = model.domains.find((x) => x.id === d.domainId)!;
    return {
      title: words.text(domain.title),
      level: d.achievedLevel ?? min,
      target: mean(domain.elements.map((e) => targets.get(e.id) ?? e.defaultTarget)) ?? min,
    };
  });
  const achieved = words.t('results.achievedLevel');
  const target = words.t('results.target');
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: words.t('results.charts') },
    {
      kind: 'chart',
      caption: words.t('results.chart.radar'),
      description: words.t('results.chart.radarLabel'),
      chart: {
        kind: 'radar',
        labels: rows.map((r) => r.title),
        series: [
          { role: 'achieved', label: achieved, values: rows.map((r) => r.level) },
          { role: 'target', label: target, values: rows.map((r) => r.target) },
        ],
        min,
        max,
      },
    },
    {
      kind: 'chart',
      caption: words.t('results.chart.levels'),
      description: words.t('results.chart.levelsLabel'),
      chart: { kind: 'levels', labels: rows.map((r) => r.title), series: [{ role: 'achieved', label: achieved, values: rows.map((r) => r.level) }], min, max },
    },
  ];
  for (const domainScore of report.domains) {
    const domain = model.domains.find((d) => d.id === domainScore.domainId)!;
    const elements = domain.elements.map((e) => ({
      title: words.text(e.title),
      level: domainScore.elements.find((s) => s.elementId === e.id)?.achievedLevel ?? min,
      target: targets.get(e.id) ?? e.defaultTarget,
    }));
    blocks.push({
      kind: 'chart',
      caption: words.t('report.chart.elements', { domain: words.text(domain.title) }),
      description: words.t('results.chart.elementsLabel', { domain: words.text(domain.title) }),
      chart: {
        kind: 'elements',
        labels: elements.map((e) => e.title),
        series: [
          { role: 'achieved', label: achieved, values: elements.map((e) => e.level) },
          { role: 'target', label: target, values: elements.map((e) => e.target) },
        ],
        min,
        max,
      },
    });
  }
  return blocks;
}

function scoresSection(input: ReportInput, words: Wording): Block[] {
  const { model, assessment, report } = input;
  const { figuresLevel, index, indexLabel } = labels(input, words);
  const targets = effectiveTargets(model, assessment.targets);
  const confidence = confidenceSummary(model, input.answers);
  // As the results page says it: "40 % (2 of 5)", and "Low confidence" where a level of 3 or above rests on less than half.
  const trust = (level: Level | null, c: Confidence | undefined) =>
    !c || c.share === null
      ? words.t('results.confidence.none')
      : words.t('results.confidence.share', { percent: words.percent(c.share), supported: c.supported, claims: c.claims }) +
        (isLowConfidence(level, c) ? ` — ${words.t('results.confidence.low')}` : '');
  const rows: string[][] = [];
  for (const domainScore of report.domains) {
    const domain = model.domains.find((d) => d.id === domainScore.domainId)!;
    rows.push([
      words.text(domain.title),
      figuresLevel(domainScore),
      trust(domainScore.achievedLevel, confidence.domains[domain.id]),
      index(domainScore.score),
      words.percent(domainScore.coverage),
      '',
    ]);
    for (const elementScore of domainScore.elements) {
      const element = domain.elements.find((e) => e.id === elementScore.elementId)!;
      rows.push([
        `    ${words.text(element.title)}`,
        figuresLevel(elementScore),
        trust(elementScore.achievedLevel, confidence.elements[element.id]),
        index(elementScore.score),
        words.percent(elementScore.coverage),
        words.number(targets.get(element.id) ?? element.defaultTarget),
      ]);
    }
  }
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: words.t('results.byDomain') },
    { kind: 'paragraph', text: words.t('results.confidence.note') },
    {
      kind: 'table',
      header: [words.t('results.column.area'), words.t('results.achievedLevel'), words.t('results.confidence'), indexLabel, words.t('results.coverage'), words.t('results.target')],
      rows,
    },
  ];
  const { levelLabel } = labels(input, words);
  for (const frameworkScore of report.frameworks) {
    const framework = model.frameworks.find((f) => f.id === frameworkScore.frameworkId)!;
    blocks.push({ kind: 'heading', level: 2, text: words.t('results.byFramework', { title: words.text(framework.title) }) });
    blocks.push({
      kind: 'table',
      header: [words.text(framework.title), words.t('results.achievedLevel'), indexLabel, words.t('results.column.elements')],
      rows: frameworkScore.values.map((valueScore) => {
        const value = framework.values.find((v) => v.id === valueScore.valueId)!;
        return [words.text(value.title), levelLabel(valueScore.achievedLevel), index(valueScore.score), words.number(valueScore.elementIds.length)];
      }),
    });
  }
  return blocks;
}

/** One evidence reference on one line: what, where, when, who keeps it, whether it was checked. */
export function evidenceText(evidence: EvidenceReference, words: Wording): string {
  const parts = [words.t('report.evidence', { title: evidence.title, reference: evidence.reference })];
  if (evidence.date) parts.push(words.t('report.evidence.date', { date: evidence.date }));
  if (evidence.custodian) parts.push(words.t('report.evidence.custodian', { custodian: evidence.custodian }));
  if (evidence.verified !== undefined) parts.push(words.t(evidence.verified ? 'report.evidence.verified' : 'report.evidence.unverified'));
  return parts.join(' · ');
}

function answersSection(input: ReportInput, words: Wording): Block[] {
  const { model, answers } = input;
  const { levelLabel } = labels(input, words);
  const byQuestion = answersByQuestion(answers);
  const blocks: Block[] = [{ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: words.t('results.answers') }];
  const header = [words.t('report.column.question'), words.t('report.column.answer'), words.t('report.column.comment'), words.t('report.column.evidence')];
  for (const domain of model.domains) {
    blocks.push({ kind: 'heading', level: 2, text: words.text(domain.title) });
    for (const element of domain.elements) {
      blocks.push({ kind: 'heading', level: 3, text: words.text(element.title) });
      blocks.push({
        kind: 'table',
        header,
        rows: element.questions.map((question) => {
          const answer = byQuestion.get(question.id);
          const value = answer?.value ?? null;
          const shown =
            value === null ? words.t('question.notAnswered') : value === 'na' ? words.t('question.notApplicable') : levelLabel(value);
          return [words.text(question.text), shown, answer?.comment ?? '', (answer?.evidence ?? []).map((e) => evidenceText(e, words)).join('\n')];
        }),
      });
    }
  }
  return blocks;
}

function reviewSection({ assessment }: ReportInput, words: Wording): Block[] {
  const blocks: Block[] = [
    { kind: 'pageBreak' },
    { kind: 'heading', level: 1, text: words.t('report.review') },
    { kind: 'paragraph', text: words.t('report.status', { status: statusText(assessment, words) }) },
  ];
  const respondents = assessment.respondents ?? [];
  if (respondents.length > 0) {
    blocks.push({ kind: 'heading', level: 2, text: words.t('report.panel') });
    blocks.push({ kind: 'table', header: [words.t('report.panel.name'), words.t('report.review.role')], rows: respondents.map((r) => [r.name, r.role]) });
  }
  const history = assessment.review?.history ?? [];
  if (history.length === 0) {
    blocks.push({ kind: 'paragraph', text: words.t('report.review.none') });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    header: [
      words.t('report.review.state'),
      words.t('report.review.by'),
      words.t('report.review.role'),
      words.t('report.review.at'),
      words.t('report.review.note'),
    ],
    rows: history.map((event) => [words.t(`report.state.${event.state}`), event.by, event.role, words.dateTime(event.at), event.note]),
  });
  return blocks;
}
