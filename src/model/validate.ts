/**
 * Turning untrusted JSON into a `MaturityModel`: the zod schema for the
 * shape, then the checks a schema cannot express. Every problem names the
 * JSON path of the value that is wrong, with a code and what a sentence
 * about it needs (worded by `problemText`, or by the page through `t()`).
 */
import type { Problem, ProblemParams } from './problem.ts';
import { schemaProblemOf, type SchemaProblem } from './schema-issues.ts';
import { MaturityModelSchema, scaleLevels, type LocalText, type MaturityModel, type Profile } from './schema.ts';

/** What is wrong with a model: its shape (`schema.*`), its meaning (`model.*`) or its governance profile (`profile.*`), at a JSON path (`$.domains[0].elements[1].id`). */
export interface ModelProblem extends Problem<SchemaProblem['code'] | ModelProblemCode | ProfileProblemCode> {
  path: string;
}

/** The rules of a model a schema cannot express. */
export type ModelProblemCode =
  | 'model.level-twice'
  | 'model.level-order'
  | 'model.bands-order'
  | 'model.off-scale-recommendation'
  | 'model.off-scale-descriptor'
  | 'model.off-scale-evidence'
  | 'model.duplicate-source'
  | 'model.duplicate-framework'
  | 'model.duplicate-framework-value'
  | 'model.unknown-framework'
  | 'model.unknown-framework-value'
  | 'model.unknown-source'
  | 'model.duplicate-id'
  | 'model.recommendation-missing'
  | 'model.target-off-scale'
  | 'model.prefills-without-model'
  | 'model.named-twice'
  | 'model.descriptor-missing'
  | 'model.recommendation-at-top'
  | 'model.carries-from-current'
  | 'model.default-language-missing'
  | 'model.different'
  | 'model.shipped'
  | 'model.http'
  | 'model.unknown-prefill';

export type ProfileProblemCode =
  | 'profile.duplicate-id'
  | 'profile.duplicate-option'
  | 'profile.options-required'
  | 'profile.options-unused'
  | 'profile.min-above-max'
  | 'profile.default-language-missing';

export type ModelCheck =
  | { ok: true; model: MaturityModel }
  | { ok: false; problems: ModelProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Validate untrusted JSON as a maturity model: shape first, then meaning. */
export function parseModel(json: unknown): ModelCheck {
  const parsed = MaturityModelSchema.safeParse(json);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({ path: formatPath(issue.path), ...schemaProblemOf(issue) })),
    };
  }
  const problems = checkModel(parsed.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, model: parsed.data };
}

/**
 * The rules a schema cannot express: ids unique across the whole model, a
 * descriptor for every level, a recommendation for every level below the
 * top, references to sources and frameworks that exist, and every text
 * given in the model's default language.
 */
export function checkModel(model: MaturityModel): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const problem = (path: PropertyKey[], code: ModelProblemCode, params: ProblemParams = {}) =>
    problems.push({ code, path: formatPath(path), params });

  // The scale: ordered, consecutive whole numbers, lowest first.
  const declared = model.scale.map((s) => s.level);
  model.scale.forEach((s, i) => {
    if (declared.indexOf(s.level) !== i) problem(['scale', i, 'level'], 'model.level-twice', { level: s.level });
    else if (i > 0 && s.level !== declared[i - 1]! + 1) {
      problem(['scale', i, 'level'], 'model.level-order', { expected: declared[i - 1]! + 1, after: declared[i - 1]!, level: s.level });
    }
  });
  const levels = scaleLevels(model);
  const onScale = new Set(levels.map(String));
  const scale = { lowest: levels[0]!, highest: levels.at(-1)! };
  const { partially, largely, fully } = model.rating.bands;
  if (!(partially < largely && largely < fully)) {
    problem(['rating', 'bands'], 'model.bands-order', { partially, largely, fully });
  }
  const checkLevelKeys = (keys: object, path: PropertyKey[], code: ModelProblemCode) => {
    for (const key of Object.keys(keys)) {
      if (!onScale.has(key)) problem([...path, key], code, { level: key, ...scale });
    }
  };

  const sourceIds = new Set<string>();
  model.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) problem(['sources', i, 'id'], 'model.duplicate-source', { id: source.id });
    sourceIds.add(source.id);
  });

  const frameworkValues = new Map<string, Set<string>>();
  model.frameworks.forEach((framework, i) => {
    if (frameworkValues.has(framework.id)) problem(['frameworks', i, 'id'], 'model.duplicate-framework', { id: framework.id });
    const values = new Set<string>();
    framework.values.forEach((value, j) => {
      if (values.has(value.id)) problem(['frameworks', i, 'values', j, 'id'], 'model.duplicate-framework-value', { id: value.id });
      values.add(value.id);
    });
    frameworkValues.set(framework.id, values);
  });

  const checkMapsTo = (mapsTo: Record<string, string[]>, path: PropertyKey[]) => {
    for (const [frameworkId, values] of Object.entries(mapsTo)) {
      const known = frameworkValues.get(frameworkId);
      if (!known) {
        problem([...path, frameworkId], 'model.unknown-framework', { framework: frameworkId });
        continue;
      }
      values.forEach((value, i) => {
        if (!known.has(value)) {
          problem([...path, frameworkId, i], 'model.unknown-framework-value', { value, framework: frameworkId, values: [...known].join(', ') });
        }
      });
    }
  };

  const checkSources = (refs: { source: string }[], path: PropertyKey[]) =>
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref.source)) {
        problem([...path, i, 'source'], 'model.unknown-source', { source: ref.source, sources: [...sourceIds].join(', ') });
      }
    });

  // Domains, elements and questions share one namespace: results and
  // answers refer to them by id alone.
  const seen = new Map<string, string>();
  const claimId = (id: string, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first) problem([...path, 'id'], 'model.duplicate-id', { id, first });
    else seen.set(id, formatPath([...path, 'id']));
  };

  model.domains.forEach((domain, d) => {
    const domainPath = ['domains', d];
    claimId(domain.id, domainPath);
    domain.elements.forEach((element, e) => {
      const elementPath = [...domainPath, 'elements', e];
      claimId(element.id, elementPath);
      checkSources(element.sources, [...elementPath, 'sources']);
      for (const level of levels.slice(0, -1)) {
        if (!element.recommendations[`${level}`]) {
          problem([...elementPath, 'recommendations'], 'model.recommendation-missing', { level, next: level + 1 });
        }
      }
      checkLevelKeys(element.recommendations, [...elementPath, 'recommendations'], 'model.off-scale-recommendation');
      if (!onScale.has(String(element.defaultTarget))) {
        problem([...elementPath, 'defaultTarget'], 'model.target-off-scale', { level: element.defaultTarget, ...scale });
      }
      checkMapsTo(element.mapsTo, [...elementPath, 'mapsTo']);
      element.questions.forEach((question, q) => {
        const questionPath = [...elementPath, 'questions', q];
        claimId(question.id, questionPath);
        checkSources(question.sources, [...questionPath, 'sources']);
        if (question.mapsTo) checkMapsTo(question.mapsTo, [...questionPath, 'mapsTo']);
        if (question.prefills && !model.prefillsModel) {
          problem([...questionPath, 'prefills'], 'model.prefills-without-model');
        }
        const twice = (ids: string[] | undefined, field: string) =>
          ids?.forEach((id, i) => {
            if (ids.indexOf(id) !== i) problem([...questionPath, field, i], 'model.named-twice', { id });
          });
        twice(question.prefills, 'prefills');
        twice(question.carriesFrom, 'carriesFrom');
        for (const level of levels) {
          if (!question.levels[`${level}`]) {
            problem([...questionPath, 'levels'], 'model.descriptor-missing', { level });
          }
        }
        checkLevelKeys(question.levels, [...questionPath, 'levels'], 'model.off-scale-descriptor');
        if (question.evidence) checkLevelKeys(question.evidence, [...questionPath, 'evidence'], 'model.off-scale-evidence');
        if (question.recommendations) {
          checkLevelKeys(question.recommendations, [...questionPath, 'recommendations'], 'model.off-scale-recommendation');
          if (question.recommendations[`${levels.at(-1)}`]) {
            problem([...questionPath, 'recommendations', `${levels.at(-1)}`], 'model.recommendation-at-top', { level: levels.at(-1)! });
          }
        }
      });
    });
  });

  // An answer carries from an earlier question (to each part of a question split in two), never from a question this version still asks.
  model.domains.forEach((domain, d) =>
    domain.elements.forEach((element, e) =>
      element.questions.forEach((question, q) =>
        question.carriesFrom?.forEach((from, i) => {
          const path = ['domains', d, 'elements', e, 'questions', q, 'carriesFrom', i];
          if (seen.has(from)) problem(path, 'model.carries-from-current', { id: from });
        }),
      ),
    ),
  );

  forEachText({ ...model, profile: undefined }, [], (text, path) => {
    if (typeof text !== 'string' && !(model.defaultLanguage in text)) {
      problem(path, 'model.default-language-missing', { language: model.defaultLanguage });
    }
  });
  if (model.profile) problems.push(...checkProfile(model.profile, model.defaultLanguage, ['profile']));

  return problems;
}

/**
 * The rules of a governance profile a schema cannot express: item ids unique
 * across the whole profile (values are stored by item id alone), options for
 * every choice and only for choices, each with its own id, `min` ≤ `max`,
 * and every text in the default language. `at` is where the profile sits.
 */
export function checkProfile(profile: Profile, defaultLanguage: string, at: PropertyKey[] = []): ModelProblem[] {
  const problems: ModelProblem[] = [];
  const problem = (path: PropertyKey[], code: ProfileProblemCode, params: ProblemParams) =>
    problems.push({ path: formatPath([...at, ...path]), code, params });
  // Sections and items each their own namespace: `s` + id, `i` + id → where first used.
  const first = new Map<string, string>();
  const claim = (key: string, id: string, path: PropertyKey[]) => {
    const where = first.get(key);
    if (where) problem([...path, 'id'], 'profile.duplicate-id', { id, first: where });
    else first.set(key, formatPath([...at, ...path, 'id']));
  };
  profile.sections.forEach((section, s) => {
    claim(`s${section.id}`, section.id, ['sections', s]);
    section.items.forEach((item, i) => {
      const path = ['sections', s, 'items', i];
      claim(`i${item.id}`, item.id, path);
      const params = { id: item.id, type: item.type };
      const options = item.options;
      if (/^choices?$/.test(item.type)) {
        if (!options?.length) problem([...path, 'options'], 'profile.options-required', params);
      } else if (options) problem([...path, 'options'], 'profile.options-unused', params);
      options?.forEach((option, o) => {
        if (options.findIndex((other) => other.id === option.id) < o) {
          problem([...path, 'options', o, 'id'], 'profile.duplicate-option', { id: option.id, item: item.id });
        }
      });
      const { min, max } = item;
      if (min !== undefined && max !== undefined && min > max) problem([...path, 'min'], 'profile.min-above-max', { min, max });
    });
  });
  forEachText(profile, [], (text, path) => {
    if (typeof text !== 'string' && !(defaultLanguage in text)) {
      problem(path, 'profile.default-language-missing', { language: defaultLanguage });
    }
  });
  return problems;
}

const TEXT_FIELDS = new Set(['title', 'description', 'name', 'meaning', 'text', 'guidance', 'label', 'help']);
const TEXT_MAPS = new Set(['levels', 'recommendations', 'evidence']);

/** Calls `visit` for every localisable text in the model, with its path. */
export function forEachText(
  node: unknown,
  path: PropertyKey[],
  visit: (text: LocalText, path: PropertyKey[]) => void,
): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => forEachText(child, [...path, i], visit));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if (TEXT_FIELDS.has(key) && value !== undefined) visit(value as LocalText, [...path, key]);
    else if (TEXT_MAPS.has(key) && value && typeof value === 'object') {
      for (const [level, text] of Object.entries(value)) visit(text as LocalText, [...path, key, level]);
    } else forEachText(value, [...path, key], visit);
  }
}

/**
 * A copy of `node` with every localisable text (the ones `forEachText`
 * visits) replaced by `change(text)`, everything else as it was, keys in
 * their order.
 */
export function mapTexts<T>(node: T, change: (text: LocalText) => LocalText): T {
  if (Array.isArray(node)) return node.map((child) => mapTexts(child, change)) as T;
  if (!node || typeof node !== 'object') return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (TEXT_FIELDS.has(key) && value !== undefined) copy[key] = change(value as LocalText);
    else if (TEXT_MAPS.has(key) && value && typeof value === 'object') {
      copy[key] = Object.fromEntries(Object.entries(value).map(([level, text]) => [level, change(text as LocalText)]));
    } else copy[key] = mapTexts(value, change);
  }
  // The same keys as `node`, each value of the same kind: the shape of T.
  return copy as T;
}

/** Every localisable text of a model with its JSON path, in document order. */
export function modelTexts(model: MaturityModel): { text: LocalText; path: string }[] {
  const texts: { text: LocalText; path: string }[] = [];
  forEachText(model, [], (text, path) => texts.push({ text, path: formatPath(path) }));
  return texts;
}

