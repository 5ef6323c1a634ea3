/**
 * A maturity model as one spreadsheet, so that domain experts and
 * translators can write a model in the spreadsheet program they know
 * (`npm run model:to-csv`, edit, `npm run model:from-csv`).
 *
 * Row 1 is the header. Every other row is one thing of the model, named by
 * its `kind`, in model order: the model itself, its sources, each framework
 * followed by its values, the levels of the model's scale (`scale` rows, a
 * `level` each), its rating rules (one `rating` row), then each domain
 * followed by its elements, each element followed by its questions (each
 * question followed by its own recommendations) and then its
 * recommendations. Ids have their own column, and a row names the thing it
 * belongs to by id in `parent`, so a sheet that was sorted or filtered reads
 * back the same; children keep the order of their rows. A `recommendation`
 * row's parent is an element or a question; its `level` is the current level
 * it is for (what to do to reach the next).
 *
 * The `rating` row says how the model rates (see `RatingSchema`): the rule
 * in `elementRule`, `domainRule`, `organizationRule` (`nplf` or `all`; the
 * organization is always `nplf`) and the bands in % in `partially`,
 * `largely`, `fully`. An empty cell, or no rating row at all, takes the
 * default (`nplf`; 15, 50, 85); a band left empty next to given ones takes its default.
 *
 * Every localisable text has one column per language, `title:en`,
 * `title:fr`, …, for each language that any text of the model is given in
 * (a plain string counts as the default language), default language first,
 * then those in the order they first appear, then any extra ones asked for.
 * The text columns are shared between kinds:
 *   title           model, framework, framework value, domain, element; a scale level's name
 *   description     model, domain, element; a scale level's meaning
 *   text            a question's wording; a recommendation
 *   guidance        question
 *   level0 … level10 a question's descriptor of each level
 * The sheet has a level column for each level of the model's scale (a 0–3
 * model has level0 … level3); reading accepts any of level0 … level10 and
 * refuses a descriptor in the column of a level that no `scale` row declares.
 *
 * The round trip model → sheet → CSV → sheet → model is lossless: the model
 * read back equals the original as `parseModel` returns it. What that takes:
 * - A text given as a plain string rather than per language is listed in the
 *   row's `plainText` column (present only when the model has such texts) and
 *   comes back as a plain string while the default language is its only one;
 *   give it another language and it becomes a per-language object.
 * - A cell a spreadsheet would run as a formula (starting with = + - @) is
 *   written with a leading apostrophe, as `toCsv` does, and reading removes
 *   one apostrophe before such a start; text that itself starts with
 *   apostrophes and then = + - @ gets one more, so it survives too.
 * - Lists are one item per line in their cell: `authors`; `sources` as
 *   `source-id: detail`; `mapsTo` as `framework-id: value-id, value-id`. An
 *   author or detail that holds a line break, or starts with a double quote,
 *   is written as a JSON string ("…").
 * Normalisations (equal as data, not as text): the model comes back with the
 *   defaults of `parseModel` applied (weight 1, defaultTarget 3, …) and its
 *   keys in schema order; a per-language text lists its languages in column
 *   order; a question's empty `recommendations` ({}) is dropped, as no row
 *   can say it; an empty `$schema` is dropped, as an empty cell cannot say "empty
 *   string"; `format` and `formatVersion` are not in the sheet: a sheet is
 *   read as the current format.
 *
 * The governance profile, when the model has one, follows the domains: each
 * `profile-section` row (`id`, `title`) followed by its `profile-item` rows
 * (`id`, `parent` = the section, `type`, `min`, `max`; the item's label in
 * `title`, its help in `description`), each item followed by its
 * `profile-option` rows (`id`, `parent` = the item, the label in `title`).
 * The `type`, `min` and `max` columns are in the sheet only when the model
 * has a profile.
 */
import type { Problem, ProblemParams } from './problem.ts';
import { FORMULA_SIGNS } from '../exchange/csv.ts';
import {
  DEFAULT_BANDS,
  LanguageTagSchema,
  MODEL_FORMAT,
  MODEL_FORMAT_VERSION,
  RatingRuleSchema,
  scaleLevels,
  type Level,
  type LocalText,
  type MaturityModel,
  type Question,
} from './schema.ts';
import { formatPath, parseModel } from './validate.ts';
import { modelKeyOf } from './key.ts';

export const ROW_KINDS = [
  'model',
  'source',
  'framework',
  'value',
  'scale',
  'rating',
  'domain',
  'element',
  'question',
  'recommendation',
  'profile-section',
  'profile-item',
  'profile-option',
] as const;
export type RowKind = (typeof ROW_KINDS)[number];

/** Every level a scale can have, 0 to 10 (`LevelSchema`); a sheet has the columns of its model's scale. */
const ALL_LEVELS: readonly Level[] = Array.from({ length: 11 }, (_, level) => level);
type LevelColumn = `level${number}`;
const LEVEL_COLUMNS: readonly LevelColumn[] = ALL_LEVELS.map((level) => `level${level}` as const);
/** The texts that have one column per language, as `title:fr`; the level columns are those of the model's scale. */
export const TEXT_COLUMNS = ['title', 'description', 'text', 'guidance', ...LEVEL_COLUMNS] as const;
type TextColumn = 'title' | 'description' | 'text' | 'guidance' | LevelColumn;

/** The columns that are not per language: these before the texts, … */
const LEADING_COLUMNS = ['kind', 'id', 'parent', 'level', 'weight', 'defaultTarget', 'allowNotApplicable'] as const;
/** … these after them (the long lists and what only the model and rating rows use). */
const TRAILING_COLUMNS = [
  'mapsTo',
  'sources',
  'prefills',
  'carriesFrom',
  'prefillsModel',
  'citation',
  'url',
  'version',
  'defaultLanguage',
  'authors',
  'license',
  '$schema',
  'elementRule',
  'domainRule',
  'organizationRule',
  'partially',
  'largely',
  'fully',
  'type',
  'min',
  'max',
  'plainText',
] as const;
/** The columns only a model with a governance profile has in its sheet. */
const PROFILE_COLUMNS: readonly string[] = ['type', 'min', 'max'];
type FieldColumn = (typeof LEADING_COLUMNS)[number] | (typeof TRAILING_COLUMNS)[number];
const FIELD_COLUMNS: readonly string[] = [...LEADING_COLUMNS, ...TRAILING_COLUMNS];

/** The columns each kind of row fills in (besides `kind` and `plainText`); it leaves every other one empty. */
const ROW_COLUMNS: Record<RowKind, { fields: FieldColumn[]; texts: TextColumn[] }> = {
  model: { fields: ['id', 'version', 'defaultLanguage', 'authors', 'license', '$schema', 'prefillsModel'], texts: ['title', 'description'] },
  source: { fields: ['id', 'citation', 'url'], texts: [] },
  framework: { fields: ['id'], texts: ['title'] },
  value: { fields: ['id', 'parent'], texts: ['title'] },
  scale: { fields: ['level'], texts: ['title', 'description'] },
  rating: { fields: ['elementRule', 'domainRule', 'organizationRule', 'partially', 'largely', 'fully'], texts: [] },
  domain: { fields: ['id', 'weight'], texts: ['title', 'description'] },
  element: { fields: ['id', 'parent', 'weight', 'defaultTarget', 'mapsTo', 'sources'], texts: ['title', 'description'] },
  question: { fields: ['id', 'parent', 'weight', 'allowNotApplicable', 'mapsTo', 'sources', 'prefills', 'carriesFrom'], texts: ['text', 'guidance', ...LEVEL_COLUMNS] },
  recommendation: { fields: ['parent', 'level'], texts: ['text'] },
  'profile-section': { fields: ['id'], texts: ['title'] },
  'profile-item': { fields: ['id', 'parent', 'type', 'min', 'max'], texts: ['title', 'description'] },
  'profile-option': { fields: ['id', 'parent'], texts: ['title'] },
};

/** What the parent of a row can be, for the kinds that have one. */
const PARENT_KINDS: Partial<Record<RowKind, readonly RowKind[]>> = {
  value: ['framework'],
  element: ['domain'],
  question: ['element'],
  recommendation: ['element', 'question'],
  'profile-item': ['profile-section'],
  'profile-option': ['profile-item'],
};

/** What the sheet itself gets wrong, as codes (`problem.sheet.<code>` in the problems catalogs). */
export type SheetProblemCode =
  | 'sheet.empty'
  | 'sheet.no-kind-column'
  | 'sheet.unnamed-column'
  | 'sheet.column-twice'
  | 'sheet.columns-joined'
  | 'sheet.no-such-level-column'
  | 'sheet.unknown-column'
  | 'sheet.column-language-missing'
  | 'sheet.not-a-language-tag'
  | 'sheet.no-kind'
  | 'sheet.unknown-kind'
  | 'sheet.column-unused'
  | 'sheet.not-a-text'
  | 'sheet.id-used'
  | 'sheet.level-used'
  | 'sheet.recommendation-level-used'
  | 'sheet.no-id'
  | 'sheet.second-model'
  | 'sheet.second-rating'
  | 'sheet.no-model'
  | 'sheet.no-default-language'
  | 'sheet.no-default-language-columns'
  | 'sheet.no-parent'
  | 'sheet.parent-wrong-kind'
  | 'sheet.parent-unknown'
  | 'sheet.level-off-scale'
  | 'sheet.descriptor-off-scale'
  | 'sheet.no-version'
  | 'sheet.no-citation'
  | 'sheet.no-type'
  | 'sheet.no-text'
  | 'sheet.not-a-number'
  | 'sheet.no-level'
  | 'sheet.not-a-level'
  | 'sheet.organization-rule'
  | 'sheet.rating-rule'
  | 'sheet.not-yes-no'
  | 'sheet.prefills-model-form'
  | 'sheet.maps-to-form'
  | 'sheet.framework-twice'
  | 'sheet.recommendation-row-missing';

/**
 * A problem in a sheet, as a code: the sheet's own (`sheet.…`) or one of
 * `parseModel` (then `path` is the model's JSON path), with `row` as a
 * spreadsheet numbers it (the header is row 1) and `column` its header (''
 * for a whole row). Worded by `sheetProblemText` (the CLI's English, in
 * src/i18n/problem-text.ts) or by the page through `t()`.
 */
export interface SheetProblem extends Problem {
  row: number;
  column: string;
}

export type SheetConversion = { ok: true; model: MaturityModel } | { ok: false; problems: SheetProblem[] };

type Report = (row: number, column: string, code: SheetProblemCode, params?: ProblemParams) => void;

// ─── model → sheet ──────────────────────────────────────────────────────────

interface DraftRow {
  kind: RowKind;
  fields: Partial<Record<FieldColumn, string>>;
  texts: Partial<Record<TextColumn, LocalText>>;
}

export interface SpreadsheetOptions {
  /** Languages to give columns to even if no text is in them yet, for translators to fill in. */
  languages?: readonly string[];
}

/** The model as rows of cells, the header first; `toCsv` writes them as a file. */
/** A `mapsTo` as its cell: one framework a line, "framework-id: value-id, value-id". */
function mapsToCell(mapsTo: Record<string, string[]>): string {
  return Object.entries(mapsTo)
    .map(([framework, values]) => `${framework}: ${values.join(', ')}`.trimEnd())
    .join('\n');
}

export function modelToSpreadsheet(model: MaturityModel, { languages: extraLanguages = [] }: SpreadsheetOptions = {}): string[][] {
  const drafts: DraftRow[] = [];
  const add = (kind: RowKind, fields: DraftRow['fields'], texts: DraftRow['texts'] = {}) => drafts.push({ kind, fields, texts });

  add(
    'model',
    {
      id: model.id,
      version: model.version,
      defaultLanguage: model.defaultLanguage,
      authors: model.authors.map(listItem).join('\n'),
      license: model.license,
      $schema: model.$schema,
      prefillsModel: model.prefillsModel ? modelKeyOf(model.prefillsModel) : undefined,
    },
    { title: model.title, description: model.description },
  );
  for (const source of model.sources) add('source', { id: source.id, citation: source.citation, url: source.url });
  for (const framework of model.frameworks) {
    add('framework', { id: framework.id }, { title: framework.title });
    for (const value of framework.values) add('value', { id: value.id, parent: framework.id }, { title: value.title });
  }
  for (const level of model.scale) add('scale', { level: `${level.level}` }, { title: level.name, description: level.meaning });
  const { rating } = model;
  add('rating', {
    elementRule: rating.element,
    domainRule: rating.domain,
    organizationRule: rating.organization,
    partially: `${rating.bands.partially}`,
    largely: `${rating.bands.largely}`,
    fully: `${rating.bands.fully}`,
  });
  const recommendationRows = (parent: string, recommendations: Partial<Record<string, LocalText>>) => {
    for (const [level, text] of Object.entries(recommendations)) {
      if (text !== undefined) add('recommendation', { parent, level }, { text });
    }
  };
  for (const domain of model.domains) {
    add('domain', { id: domain.id, weight: `${domain.weight}` }, { title: domain.title, description: domain.description });
    for (const element of domain.elements) {
      add(
        'element',
        {
          id: element.id,
          parent: domain.id,
          weight: `${element.weight}`,
          defaultTarget: `${element.defaultTarget}`,
          mapsTo: mapsToCell(element.mapsTo),
          sources: referencesCell(element.sources),
        },
        { title: element.title, description: element.description },
      );
      for (const question of element.questions) {
        const levels: DraftRow['texts'] = {};
        for (const [level, text] of Object.entries(question.levels)) levels[`level${Number(level)}`] = text;
        add(
          'question',
          {
            id: question.id,
            parent: element.id,
            weight: `${question.weight}`,
            allowNotApplicable: question.allowNotApplicable ? 'yes' : 'no',
            mapsTo: question.mapsTo ? mapsToCell(question.mapsTo) : undefined,
            sources: referencesCell(question.sources),
            prefills: question.prefills?.join('\n'),
            carriesFrom: question.carriesFrom?.join('\n'),
          },
          { text: question.text, guidance: question.guidance, ...levels },
        );
        recommendationRows(question.id, question.recommendations ?? {});
      }
      recommendationRows(element.id, element.recommendations);
    }
  }
  for (const section of model.profile?.sections ?? []) {
    add('profile-section', { id: section.id }, { title: section.title });
    for (const item of section.items) {
      add(
        'profile-item',
        { id: item.id, parent: section.id, type: item.type, min: item.min === undefined ? '' : `${item.min}`, max: item.max === undefined ? '' : `${item.max}` },
        { title: item.label, ...(item.help === undefined ? {} : { description: item.help }) },
      );
      for (const option of item.options ?? []) add('profile-option', { id: option.id, parent: item.id }, { title: option.label });
    }
  }

  const languages = [model.defaultLanguage];
  const hasPlainText = drafts.some((draft) => Object.values(draft.texts).some((text) => typeof text === 'string'));
  for (const draft of drafts) {
    for (const text of Object.values(draft.texts)) {
      if (text && typeof text === 'object') languages.push(...Object.keys(text).filter((tag) => !languages.includes(tag)));
    }
  }
  languages.push(...extraLanguages.filter((tag, i) => !languages.includes(tag) && extraLanguages.indexOf(tag) === i));
  // A level column for each level of the scale (and, should a descriptor be off the scale, for its level too, so nothing is lost).
  const levels = new Set(scaleLevels(model).map(String));
  for (const draft of drafts) for (const stem of Object.keys(draft.texts)) if (stem.startsWith('level')) levels.add(stem.slice('level'.length));
  const textColumns = TEXT_COLUMNS.filter((stem) => !stem.startsWith('level') || levels.has(stem.slice('level'.length)));
  const header = [
    ...LEADING_COLUMNS,
    ...textColumns.flatMap((stem) => languages.map((language) => `${stem}:${language}`)),
    ...TRAILING_COLUMNS.filter(
      (column) => (column !== '$schema' || model.$schema) && (column !== 'plainText' || hasPlainText) && (!PROFILE_COLUMNS.includes(column) || model.profile),
    ),
  ];

  const cellOf = (draft: DraftRow, column: string): string => {
    if (column === 'kind') return draft.kind;
    if (column === 'plainText') {
      return TEXT_COLUMNS.filter((stem) => typeof draft.texts[stem] === 'string').join(' ');
    }
    const [stem, language] = column.split(':') as [TextColumn, string | undefined];
    if (language === undefined) return draft.fields[column as FieldColumn] ?? '';
    const text = draft.texts[stem];
    if (text === undefined) return '';
    if (typeof text === 'string') return language === model.defaultLanguage ? text : '';
    return text[language] ?? '';
  };
  return [header, ...drafts.map((draft) => header.map((column) => guardFormula(cellOf(draft, column))))];
}

function referencesCell(references: Question['sources']): string {
  return references.map(({ source, detail }) => (detail === undefined ? source : `${source}: ${listItem(detail)}`)).join('\n');
}

/** One item of a one-per-line list: as it is, or as a JSON string when it would not read back the same. */
function listItem(text: string): string {
  return /[\r\n]/.test(text) || text.startsWith('"') ? JSON.stringify(text) : text;
}

function readListItem(text: string): string {
  if (text.startsWith('"')) {
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value === 'string') return value;
    } catch {
      // Not a JSON string: a quote the author typed, kept as it is.
    }
  }
  return text;
}

/** Like `toCsv`, so the sheet is safe in any spreadsheet; also marks text that already starts with the guard. */
const GUARDED = new RegExp(`^'*${FORMULA_SIGNS}`);
const UNGUARDED = new RegExp(`^'+${FORMULA_SIGNS}`);

function guardFormula(cell: string): string {
  return GUARDED.test(cell) ? `'${cell}` : cell;
}

function unguardFormula(cell: string): string {
  return UNGUARDED.test(cell) ? cell.slice(1) : cell;
}

// ─── sheet → model ──────────────────────────────────────────────────────────

interface SheetRow {
  /** As a spreadsheet numbers it: the header is row 1. */
  number: number;
  kind: RowKind;
  /** The cell under a header, formula guard removed; '' when the sheet has no such column. */
  cell: (column: string) => string;
}

interface Header {
  columns: Map<string, number>;
  languages: string[];
}

/** Where a row went in the model: its JSON path, to point the problems of `parseModel` back at the sheet. */
interface RowPlace {
  row: number;
  kind: RowKind;
}

/**
 * Reads a sheet (rows of cells, as `parseCsv` returns them) back into a
 * model: first what the sheet itself must get right (known kinds and
 * columns, ids, parents, numbers), then, if all that holds, `parseModel`,
 * whose problems are pointed back at the row and column they come from.
 */
export function modelFromSpreadsheet(rows: readonly (readonly string[])[]): SheetConversion {
  const problems: SheetProblem[] = [];
  const problem: Report = (row, column, code, params) => void problems.push({ row, column, code, ...(params ? { params } : {}) });
  const failed = (): SheetConversion => ({ ok: false, problems: problems.sort((a, b) => a.row - b.row) });

  const header = readHeader(rows, problem);
  if (!header) return failed();

  // Each row: a known kind, and nothing in the columns its kind does not use.
  const byKind = Object.fromEntries(ROW_KINDS.map((kind) => [kind, [] as SheetRow[]])) as Record<RowKind, SheetRow[]>;
  rows.forEach((cells, index) => {
    if (index === 0 || cells.every((cell) => cell.trim() === '')) return;
    const number = index + 1;
    const cell = (column: string) => {
      const at = header.columns.get(column);
      return at === undefined ? '' : unguardFormula(cells[at] ?? '');
    };
    const kind = cell('kind').trim();
    if (!kind) return problem(number, 'kind', 'sheet.no-kind', { kinds: ROW_KINDS.join(', ') });
    if (!isRowKind(kind)) return problem(number, 'kind', 'sheet.unknown-kind', { kind, kinds: ROW_KINDS.join(', ') });
    const uses = ROW_COLUMNS[kind];
    for (const column of header.columns.keys()) {
      const stem = column.split(':')[0] as TextColumn;
      const used = column === 'kind' || column === 'plainText' || (column.includes(':') ? uses.texts.includes(stem) : (uses.fields as string[]).includes(column));
      if (!used && cell(column).trim()) {
        problem(number, column, 'sheet.column-unused', { kind, columns: describeColumns(kind) });
      }
    }
    for (const name of plainTextOf(cell)) {
      if (!(uses.texts as string[]).includes(name)) {
        problem(number, 'plainText', 'sheet.not-a-text', { name, kind, texts: uses.texts.join(', ') || '—' });
      }
    }
    byKind[kind].push({ number, kind, cell });
  });

  // Ids: present, and unique where the model needs them to be.
  const idOf = (row: SheetRow) => row.cell('id').trim();
  const firstRowOf = new Map<string, number>();
  /** Claims `key` for the row; a second claim is a duplicate, told by `code` with the first row. */
  const claim = (row: SheetRow, key: string, column: string, code: 'sheet.id-used' | 'sheet.level-used' | 'sheet.recommendation-level-used', params: ProblemParams) => {
    const first = firstRowOf.get(key);
    if (first === undefined) firstRowOf.set(key, row.number);
    else problem(row.number, column, code, { ...params, first });
  };
  for (const kind of ROW_KINDS) {
    if (!HAS_ID[kind]) continue;
    for (const row of byKind[kind]) {
      const id = idOf(row);
      if (!id) {
        problem(row.number, 'id', 'sheet.no-id', { kind, example: ID_EXAMPLES[kind] });
        continue;
      }
      // Domains, elements and questions share one namespace (answers and results name them by id alone).
      const namespace =
        kind === 'domain' || kind === 'element' || kind === 'question'
          ? 'item'
          : kind === 'value' || kind === 'profile-option'
            ? `${kind} ${row.cell('parent').trim()}`
            : kind;
      claim(row, `${namespace} ${id}`, 'id', 'sheet.id-used', { id });
    }
  }

  // The model row and its default language, which plain-string texts need.
  const [modelRow, ...otherModelRows] = byKind.model;
  for (const row of otherModelRows) problem(row.number, 'kind', 'sheet.second-model', { first: modelRow!.number });
  const [ratingRow, ...otherRatingRows] = byKind.rating;
  for (const row of otherRatingRows) problem(row.number, 'kind', 'sheet.second-rating', { first: ratingRow!.number });
  if (!modelRow) {
    problem(1, 'kind', 'sheet.no-model');
    return failed();
  }
  const defaultLanguage = modelRow.cell('defaultLanguage').trim();
  if (!defaultLanguage) {
    problem(modelRow.number, 'defaultLanguage', 'sheet.no-default-language');
    return failed();
  }
  if (!header.languages.includes(defaultLanguage)) {
    problem(1, '', 'sheet.no-default-language-columns', { language: defaultLanguage, row: modelRow.number });
    return failed();
  }

  const read = cellReaders(header, defaultLanguage, problem);
  const places = new Map<string, RowPlace>();
  const place = (path: PropertyKey[], row: SheetRow) => places.set(formatPath(path), { row: row.number, kind: row.kind });

  // Children by parent id, in row order.
  const childrenOf = (kind: RowKind): Map<string, SheetRow[]> => {
    const parentKinds = PARENT_KINDS[kind]!;
    const parents = new Set(parentKinds.flatMap((parentKind) => byKind[parentKind].map(idOf)));
    const children = new Map<string, SheetRow[]>();
    for (const row of byKind[kind]) {
      const parent = row.cell('parent').trim();
      const either = parentKinds.join(' | ');
      if (!parent) problem(row.number, 'parent', 'sheet.no-parent', { kind, parents: either });
      else if (!parents.has(parent)) {
        const other = ROW_KINDS.find((k) => HAS_ID[k] && byKind[k].some((r) => idOf(r) === parent));
        if (other) problem(row.number, 'parent', 'sheet.parent-wrong-kind', { parent, found: other, kind, parents: either });
        else problem(row.number, 'parent', 'sheet.parent-unknown', { parent, parents: either });
      } else children.set(parent, [...(children.get(parent) ?? []), row]);
    }
    return children;
  };
  const valuesOf = childrenOf('value');
  const elementsOf = childrenOf('element');
  const questionsOf = childrenOf('question');
  const recommendationsOf = childrenOf('recommendation');
  const profileItemsOf = childrenOf('profile-item');
  const profileOptionsOf = childrenOf('profile-option');

  // The scale first: the level columns and levels of every other row are checked against it.
  const scale = byKind.scale.map((row, i) => {
    place(['scale', i], row);
    const level = read.level(row, 'level', true);
    if (level !== undefined) claim(row, `scale ${level}`, 'level', 'sheet.level-used', { level });
    return { level, name: read.text(row, 'title'), meaning: read.text(row, 'description') };
  });
  const onScale = new Set(scale.flatMap(({ level }) => (level === undefined ? [] : [level])));
  const scaleRange = onScale.size === 0 ? { min: '', max: '' } : { min: Math.min(...onScale), max: Math.max(...onScale) };
  /** Whether `level` may be used; with no readable scale rows at all, the schema says what is missing instead. */
  const usable = (level: Level) => onScale.size === 0 || onScale.has(level);

  /** The recommendations of an element or question by level, or undefined when it has no rows. */
  const recommendationsRead = new Set<string>();
  const recommendationsFor = (parent: string, path: PropertyKey[]): Record<string, LocalText> | undefined => {
    const rows = recommendationsOf.get(parent);
    // A second row with the parent's id is already reported as a duplicate id; its recommendations are read once.
    if (!rows || recommendationsRead.has(parent)) return undefined;
    recommendationsRead.add(parent);
    const recommendations: Record<string, LocalText> = {};
    for (const row of rows) {
      const level = read.level(row, 'level', true);
      if (level === undefined) continue;
      if (!usable(level)) {
        problem(row.number, 'level', 'sheet.level-off-scale', { level, ...scaleRange });
        continue;
      }
      claim(row, `recommendation ${parent} ${level}`, 'level', 'sheet.recommendation-level-used', { level, parent });
      place([...path, 'recommendations', `${level}`], row);
      recommendations[`${level}`] = read.text(row, 'text');
    }
    return recommendations;
  };

  place([], modelRow);
  if (ratingRow) place(['rating'], ratingRow);
  const license = modelRow.cell('license').trim();
  const $schema = modelRow.cell('$schema');
  const model = {
    ...($schema.trim() ? { $schema } : {}),
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    id: idOf(modelRow),
    version: read.required(modelRow, 'version', 'sheet.no-version'),
    defaultLanguage,
    title: read.text(modelRow, 'title'),
    description: read.text(modelRow, 'description'),
    authors: read.lines(modelRow, 'authors').map(readListItem),
    ...(license ? { license } : {}),
    ...read.prefillsModel(modelRow),
    sources: byKind.source.map((row, i) => {
      place(['sources', i], row);
      const url = row.cell('url');
      return {
        id: idOf(row),
        citation: read.required(row, 'citation', 'sheet.no-citation'),
        ...(url.trim() ? { url } : {}),
      };
    }),
    frameworks: byKind.framework.map((row, f) => {
      place(['frameworks', f], row);
      return {
        id: idOf(row),
        title: read.text(row, 'title'),
        values: (valuesOf.get(idOf(row)) ?? []).map((valueRow, v) => {
          place(['frameworks', f, 'values', v], valueRow);
          return { id: idOf(valueRow), title: read.text(valueRow, 'title') };
        }),
      };
    }),
    scale,
    ...(ratingRow ? { rating: read.rating(ratingRow) } : {}),
    domains: byKind.domain.map((domainRow, d) => {
      place(['domains', d], domainRow);
      return {
        id: idOf(domainRow),
        title: read.text(domainRow, 'title'),
        description: read.text(domainRow, 'description'),
        ...read.number(domainRow, 'weight'),
        elements: (elementsOf.get(idOf(domainRow)) ?? []).map((elementRow, e) => {
          const elementPath = ['domains', d, 'elements', e];
          place(elementPath, elementRow);
          const recommendations = recommendationsFor(idOf(elementRow), elementPath) ?? {};
          const defaultTarget = read.level(elementRow, 'defaultTarget', false);
          return {
            id: idOf(elementRow),
            title: read.text(elementRow, 'title'),
            description: read.text(elementRow, 'description'),
            ...read.number(elementRow, 'weight'),
            ...(defaultTarget === undefined ? {} : { defaultTarget }),
            ...read.mapsTo(elementRow),
            sources: read.references(elementRow),
            recommendations,
            questions: (questionsOf.get(idOf(elementRow)) ?? []).map((row, q) => {
              const questionPath = [...elementPath, 'questions', q];
              place(questionPath, row);
              const levels: Record<string, LocalText> = {};
              for (const level of ALL_LEVELS) {
                const text = read.text(row, `level${level}`, false);
                if (text === undefined) continue;
                if (usable(level)) levels[`${level}`] = text;
                else {
                  for (const language of header.languages.filter((tag) => row.cell(`level${level}:${tag}`).trim())) {
                    problem(row.number, `level${level}:${language}`, 'sheet.descriptor-off-scale', { level, ...scaleRange });
                  }
                }
              }
              const sources = read.references(row);
              const questionRecommendations = recommendationsFor(idOf(row), questionPath);
              return {
                id: idOf(row),
                text: read.text(row, 'text'),
                guidance: read.text(row, 'guidance'),
                levels,
                ...read.yesNo(row, 'allowNotApplicable'),
                ...read.number(row, 'weight'),
                ...(questionRecommendations ? { recommendations: questionRecommendations } : {}),
                ...(sources.length > 0 ? { sources } : {}),
                ...read.mapsTo(row),
                ...read.ids(row, 'prefills'),
                ...read.ids(row, 'carriesFrom'),
              };
            }),
          };
        }),
      };
    }),
    ...(byKind['profile-section'].length > 0
      ? {
          profile: {
            sections: byKind['profile-section'].map((sectionRow, s) => {
              const sectionPath = ['profile', 'sections', s];
              place(sectionPath, sectionRow);
              return {
                id: idOf(sectionRow),
                title: read.text(sectionRow, 'title'),
                items: (profileItemsOf.get(idOf(sectionRow)) ?? []).map((itemRow, i) => {
                  const itemPath = [...sectionPath, 'items', i];
                  place(itemPath, itemRow);
                  const help = read.text(itemRow, 'description', false);
                  const options = profileOptionsOf.get(idOf(itemRow));
                  return {
                    id: idOf(itemRow),
                    type: read.required(itemRow, 'type', 'sheet.no-type'),
                    label: read.text(itemRow, 'title'),
                    ...(help === undefined ? {} : { help }),
                    ...(options
                      ? {
                          options: options.map((optionRow, o) => {
                            place([...itemPath, 'options', o], optionRow);
                            return { id: idOf(optionRow), label: read.text(optionRow, 'title') };
                          }),
                        }
                      : {}),
                    ...read.number(itemRow, 'min'),
                    ...read.number(itemRow, 'max'),
                  };
                }),
              };
            }),
          },
        }
      : {}),
  };
  if (problems.length > 0) return failed();

  const checked = parseModel(model);
  if (checked.ok) return checked;
  for (const modelProblem of checked.problems) {
    const { path } = modelProblem;
    const keys = parsePath(path);
    for (let n = keys.length; n >= 0; n -= 1) {
      const found = places.get(formatPath(keys.slice(0, n)));
      if (!found) continue;
      const rest = keys.slice(n);
      const column = columnOfProblem(found.kind, rest, modelProblem, defaultLanguage, header.languages);
      // An element with no recommendation rows at all: the sheet says which rows to add.
      if (found.kind === 'element' && rest.length === 1 && rest[0] === 'recommendations' && modelProblem.code === 'model.recommendation-missing') {
        problem(found.row, column, 'sheet.recommendation-row-missing', modelProblem.params);
      } else problems.push({ ...modelProblem, row: found.row, column });
      break;
    }
  }
  return failed();
}

/** The texts a row lists in `plainText`: given as a plain string, not per language. */
function plainTextOf(cell: SheetRow['cell']): string[] {
  return cell('plainText').split(/[\s,;]+/).filter(Boolean);
}

/** Which kinds of row have an id of their own (the others are named by their parent and level). */
const HAS_ID: Record<RowKind, boolean> = {
  model: true,
  source: true,
  framework: true,
  value: true,
  scale: false,
  rating: false,
  domain: true,
  element: true,
  question: true,
  recommendation: false,
  'profile-section': true,
  'profile-item': true,
  'profile-option': true,
};

const ID_EXAMPLES: Record<RowKind, string> = {
  model: 'ict-governance',
  source: 'iso-iec-38500',
  framework: 'iso38500-principles',
  value: 'responsibility',
  scale: '',
  rating: '',
  domain: 'strategy',
  element: 'strategy.ict-strategy',
  question: 'strategy.ict-strategy.exists',
  recommendation: '',
  'profile-section': 'organization',
  'profile-item': 'decision-rights',
  'profile-option': 'federated',
};

function isRowKind(kind: string): kind is RowKind {
  return (ROW_KINDS as readonly string[]).includes(kind);
}

function describeColumns(kind: RowKind): string {
  const { fields, texts } = ROW_COLUMNS[kind];
  const textNames = texts.length > 2 ? [`${texts[0]}:…`, `${texts[1]}:…`, 'level0:… … level10:…'] : texts.map((stem) => `${stem}:…`);
  return [...fields, ...textNames].join(', ');
}

/** A spreadsheet's letter for a column: 0 → A, 26 → AA. */
function columnLetter(index: number): string {
  let letter = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letter = String.fromCharCode(65 + ((n - 1) % 26)) + letter;
  return letter;
}

function readHeader(rows: readonly (readonly string[])[], problem: Report): Header | undefined {
  const names = (rows[0] ?? []).map((cell) => unguardFormula(cell).trim());
  if (names.every((name) => !name)) {
    problem(1, '', 'sheet.empty');
    return undefined;
  }
  const width = Math.max(...rows.map((row) => row.length));
  const columns = new Map<string, number>();
  const languages: string[] = [];
  let fine = true;
  const bad = (column: string, code: SheetProblemCode, params?: ProblemParams) => {
    fine = false;
    problem(1, column, code, params);
  };
  for (let i = 0; i < width; i += 1) {
    const name = names[i] ?? '';
    if (!name) {
      const used = rows.findIndex((row, r) => r > 0 && (row[i] ?? '').trim() !== '');
      if (used >= 0) bad('', 'sheet.unnamed-column', { letter: columnLetter(i), row: used + 1 });
      continue;
    }
    if (columns.has(name)) {
      bad(name, 'sheet.column-twice', { first: columnLetter(columns.get(name)!), second: columnLetter(i) });
      continue;
    }
    columns.set(name, i);
    if (FIELD_COLUMNS.includes(name)) continue;
    const [stem = '', language, ...more] = name.split(':');
    if (/[;\t]/.test(name)) {
      bad(name, 'sheet.columns-joined');
    } else if (/^level\d+$/.test(stem) && !(TEXT_COLUMNS as readonly string[]).includes(stem)) {
      bad(name, 'sheet.no-such-level-column', { stem });
    } else if (!(TEXT_COLUMNS as readonly string[]).includes(stem)) {
      bad(name, 'sheet.unknown-column', { columns: FIELD_COLUMNS.join(', '), texts: TEXT_COLUMNS.slice(0, 4).join(', ') });
    } else if (language === undefined || more.length > 0) {
      bad(name, 'sheet.column-language-missing', { stem });
    } else if (!LanguageTagSchema.safeParse(language).success) {
      bad(name, 'sheet.not-a-language-tag', { language, stem });
    } else if (!languages.includes(language)) languages.push(language);
  }
  if (!columns.has('kind') && fine) bad('', 'sheet.no-kind-column');
  return fine ? { columns, languages } : undefined;
}

/** Reading typed values out of a row's cells; a value that does not read adds a problem and comes back undefined. */
function cellReaders(header: Header, defaultLanguage: string, problem: Report) {
  const lines = (row: SheetRow, column: string) =>
    row
      .cell(column)
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter(Boolean);

  const references = (row: SheetRow) =>
    lines(row, 'sources').map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0) return { source: line };
      const detail = readListItem(line.slice(colon + 1).trim());
      return { source: line.slice(0, colon).trim(), ...(detail ? { detail } : {}) };
    });

  function text(row: SheetRow, stem: TextColumn): LocalText;
  function text(row: SheetRow, stem: TextColumn, required: false): LocalText | undefined;
  function text(row: SheetRow, stem: TextColumn, required = true): LocalText | undefined {
    const byLanguage: Record<string, string> = {};
    for (const language of header.languages) {
      const value = row.cell(`${stem}:${language}`);
      if (value.trim()) byLanguage[language] = value;
    }
    const given = Object.keys(byLanguage);
    if (given.length === 0) {
      if (required) {
        problem(row.number, `${stem}:${defaultLanguage}`, 'sheet.no-text', { language: defaultLanguage });
      }
      return required ? '' : undefined;
    }
    if (plainTextOf(row.cell).includes(stem) && given.length === 1 && given[0] === defaultLanguage) return byLanguage[defaultLanguage]!;
    return byLanguage;
  }

  /** `{ [column]: n }`, or `{}` for an empty cell so the schema's default applies. */
  function number<C extends 'weight' | 'partially' | 'largely' | 'fully' | 'min' | 'max'>(row: SheetRow, column: C): { [key in C]?: number } {
    const raw = row.cell(column).trim();
    if (!raw) return {};
    if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(raw)) {
      problem(row.number, column, 'sheet.not-a-number', { found: raw });
      return {};
    }
    // A computed key widens to `string`; it is `column`, which is a C.
    return { [column]: Number(raw) } as { [key in C]?: number };
  }

  return {
    lines,
    references,
    text,
    required(row: SheetRow, column: string, missing: 'sheet.no-version' | 'sheet.no-citation' | 'sheet.no-type'): string {
      const value = row.cell(column).trim();
      if (!value) problem(row.number, column, missing);
      return value;
    },
    number,
    level(row: SheetRow, column: 'level' | 'defaultTarget', required: boolean): Level | undefined {
      const raw = row.cell(column).trim();
      if (!raw) {
        if (required) problem(row.number, column, 'sheet.no-level', { min: ALL_LEVELS[0]!, max: ALL_LEVELS.at(-1)! });
        return undefined;
      }
      if (!/^(10|[0-9])$/.test(raw)) {
        problem(row.number, column, 'sheet.not-a-level', { min: ALL_LEVELS[0]!, max: ALL_LEVELS.at(-1)!, found: raw });
        return undefined;
      }
      return Number(raw);
    },
    /** The rating row: each rule and band as given, an empty cell left out so that its default applies. */
    rating(row: SheetRow): Record<string, unknown> {
      const rules: Record<string, string> = {};
      for (const [key, column] of [['element', 'elementRule'], ['domain', 'domainRule'], ['organization', 'organizationRule']] as const) {
        const raw = row.cell(column).trim();
        if (!raw) continue;
        const rule = raw.toLowerCase();
        const allowed: readonly string[] = key === 'organization' ? ['nplf'] : RatingRuleSchema.options;
        if (allowed.includes(rule)) rules[key] = rule;
        else if (key === 'organization') problem(row.number, column, 'sheet.organization-rule', { found: raw });
        else problem(row.number, column, 'sheet.rating-rule', { found: raw });
      }
      const given = { ...number(row, 'partially'), ...number(row, 'largely'), ...number(row, 'fully') };
      const bands = Object.keys(given).length > 0 ? { bands: { ...DEFAULT_BANDS, ...given } } : {};
      return { ...rules, ...bands };
    },
    yesNo(row: SheetRow, column: 'allowNotApplicable'): { allowNotApplicable?: boolean } {
      const raw = row.cell(column).trim().toLowerCase();
      if (!raw) return {};
      if (['yes', 'true'].includes(raw)) return { [column]: true };
      if (['no', 'false'].includes(raw)) return { [column]: false };
      problem(row.number, column, 'sheet.not-yes-no', { found: row.cell(column).trim() });
      return {};
    },
    /** A list of question ids, one a line (or separated by commas); an empty cell leaves the field out. */
    ids<Column extends 'prefills' | 'carriesFrom'>(row: SheetRow, column: Column): Partial<Record<Column, string[]>> {
      const ids = lines(row, column).flatMap((line) => line.split(/[\s,;]+/).filter(Boolean));
      return ids.length > 0 ? ({ [column]: ids } as Partial<Record<Column, string[]>>) : {};
    },
    /** The fuller model this one pre-fills, as "id@version". */
    prefillsModel(row: SheetRow): { prefillsModel?: { id: string; version: string } } {
      const raw = row.cell('prefillsModel').trim();
      if (!raw) return {};
      const at = raw.lastIndexOf('@');
      if (at <= 0) {
        problem(row.number, 'prefillsModel', 'sheet.prefills-model-form', { found: raw });
        return {};
      }
      return { prefillsModel: { id: raw.slice(0, at), version: raw.slice(at + 1) } };
    },
    mapsTo(row: SheetRow): { mapsTo?: Record<string, string[]> } {
      const mapsTo: Record<string, string[]> = {};
      for (const line of lines(row, 'mapsTo')) {
        const colon = line.indexOf(':');
        if (colon < 0) {
          problem(row.number, 'mapsTo', 'sheet.maps-to-form', { found: line });
          continue;
        }
        const framework = line.slice(0, colon).trim();
        if (framework in mapsTo) problem(row.number, 'mapsTo', 'sheet.framework-twice', { framework });
        mapsTo[framework] = line
          .slice(colon + 1)
          .split(/[\s,;]+/)
          .filter(Boolean);
      }
      return Object.keys(mapsTo).length > 0 ? { mapsTo } : {};
    },
  };
}

/** The keys of a path as `formatPath` writes it: `$.domains[0].levels["3"]` → domains, 0, levels, "3". */
function parsePath(path: string): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (const [, name, index, quoted] of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) {
    if (name !== undefined) keys.push(name);
    else if (index !== undefined) keys.push(Number(index));
    else keys.push(JSON.parse(quoted!) as string);
  }
  return keys;
}

/** The column of a problem `parseModel` found at `rest` inside a row of `kind`. */
function columnOfProblem(kind: RowKind, rest: PropertyKey[], problem: Problem, defaultLanguage: string, languages: string[]): string {
  const [first, second, third] = rest;
  const languageOf = (key: PropertyKey | undefined) => (typeof key === 'string' && languages.includes(key) ? key : defaultLanguage);
  if (first === undefined) return kind === 'recommendation' ? `text:${defaultLanguage}` : '';
  if (kind === 'question' && first === 'levels') {
    const level = typeof second === 'string' ? second : problem.params?.level;
    return level === undefined ? '' : `level${level}:${languageOf(third)}`;
  }
  if (kind === 'rating') {
    const column = first === 'bands' ? String(second) : `${String(first)}Rule`;
    return (ROW_COLUMNS.rating.fields as string[]).includes(column) ? column : '';
  }
  const renamed: Partial<Record<RowKind, Record<string, string>>> = {
    scale: { name: 'title', meaning: 'description' },
    'profile-item': { label: 'title', help: 'description' },
    'profile-option': { label: 'title' },
  };
  const stem = (typeof first === 'string' && renamed[kind]?.[first]) || first;
  const { fields, texts } = ROW_COLUMNS[kind];
  if ((texts as PropertyKey[]).includes(stem)) return `${String(stem)}:${languageOf(second)}`;
  return (fields as PropertyKey[]).includes(first) ? String(first) : '';
}
