/**
 * Turning untrusted JSON into a `MaturityModel`: the zod schema for the
 * shape, then the checks a schema cannot express. Every problem names the
 * JSON path of the value that is wrong and says what was expected.
 */
import { schemaIssueText, schemaProblemOf, type SchemaProblem } from './schema-issues.ts';
import { MaturityModelSchema, scaleLevels, type LocalText, type MaturityModel, type Profile } from './schema.ts';

export interface ModelProblem {
  /** Where the problem is, as a JSON path: `$.domains[0].elements[1].id`. */
  path: string;
  message: string;
  /** For a problem of shape: its code and parameters, which the interface words in the reader's language. */
  schema?: SchemaProblem;
  /** For the problems of the governance profile: what is wrong, as a code the UI can word (`profile.duplicate-id`, …). */
  code?: ProfileProblemCode;
  params?: Record<string, string | number>;
}

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
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: schemaIssueText(issue),
        schema: schemaProblemOf(issue),
      })),
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
  const problem = (path: PropertyKey[], message: string) =>
    problems.push({ path: formatPath(path), message });

  // The scale: ordered, consecutive whole numbers, lowest first.
  const declared = model.scale.map((s) => s.level);
  model.scale.forEach((s, i) => {
    if (declared.indexOf(s.level) !== i) problem(['scale', i, 'level'], `level ${s.level} appears twice`);
    else if (i > 0 && s.level !== declared[i - 1]! + 1) {
      problem(['scale', i, 'level'], `levels are consecutive whole numbers, lowest first: expected ${declared[i - 1]! + 1} after ${declared[i - 1]}, found ${s.level}`);
    }
  });
  const levels = scaleLevels(model);
  const onScale = new Set(levels.map(String));
  const scaleText = `${levels[0]} to ${levels.at(-1)}`;
  const { partially, largely, fully } = model.rating.bands;
  if (!(partially < largely && largely < fully)) {
    problem(['rating', 'bands'], `the bands rise: partially (${partially}) < largely (${largely}) < fully (${fully})`);
  }
  const checkLevelKeys = (keys: object, path: PropertyKey[], what: string) => {
    for (const key of Object.keys(keys)) {
      if (!onScale.has(key)) problem([...path, key], `${what} for level ${key}, which is not on the model's scale (${scaleText})`);
    }
  };

  const sourceIds = new Set<string>();
  model.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) problem(['sources', i, 'id'], `duplicate source id "${source.id}"`);
    sourceIds.add(source.id);
  });

  const frameworkValues = new Map<string, Set<string>>();
  model.frameworks.forEach((framework, i) => {
    if (frameworkValues.has(framework.id)) problem(['frameworks', i, 'id'], `duplicate framework id "${framework.id}"`);
    const values = new Set<string>();
    framework.values.forEach((value, j) => {
      if (values.has(value.id)) problem(['frameworks', i, 'values', j, 'id'], `duplicate value id "${value.id}"`);
      values.add(value.id);
    });
    frameworkValues.set(framework.id, values);
  });

  const checkMapsTo = (mapsTo: Record<string, string[]>, path: PropertyKey[]) => {
    for (const [frameworkId, values] of Object.entries(mapsTo)) {
      const known = frameworkValues.get(frameworkId);
      if (!known) {
        problem([...path, frameworkId], `"${frameworkId}" is not one of the model's frameworks`);
        continue;
      }
      values.forEach((value, i) => {
        if (!known.has(value)) {
          problem([...path, frameworkId, i], `"${value}" is not a value of framework "${frameworkId}" (${[...known].join(', ')})`);
        }
      });
    }
  };

  const checkSources = (refs: { source: string }[], path: PropertyKey[]) =>
    refs.forEach((ref, i) => {
      if (!sourceIds.has(ref.source)) {
        problem([...path, i, 'source'], `"${ref.source}" is not one of the model's sources (${[...sourceIds].join(', ')})`);
      }
    });

  // Domains, elements and questions share one namespace: results and
  // answers refer to them by id alone.
  const seen = new Map<string, string>();
  const claimId = (id: string, path: PropertyKey[]) => {
    const first = seen.get(id);
    if (first) problem([...path, 'id'], `duplicate id "${id}" (first used at ${first})`);
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
          problem([...elementPath, 'recommendations'], `no recommendation for level ${level} (what to do to reach level ${level + 1})`);
        }
      }
      checkLevelKeys(element.recommendations, [...elementPath, 'recommendations'], 'a recommendation');
      if (!onScale.has(String(element.defaultTarget))) {
        problem([...elementPath, 'defaultTarget'], `the target ${element.defaultTarget} is not on the model's scale (${scaleText})`);
      }
      checkMapsTo(element.mapsTo, [...elementPath, 'mapsTo']);
      element.questions.forEach((question, q) => {
        const questionPath = [...elementPath, 'questions', q];
        claimId(question.id, questionPath);
        checkSources(question.sources, [...questionPath, 'sources']);
        if (question.mapsTo) checkMapsTo(question.mapsTo, [...questionPath, 'mapsTo']);
        if (question.prefills && !model.prefillsModel) {
          problem([...questionPath, 'prefills'], 'a question prefills another model\'s questions only when the model names that model in "prefillsModel"');
        }
        const twice = (ids: string[] | undefined, field: string) =>
          ids?.forEach((id, i) => {
            if (ids.indexOf(id) !== i) problem([...questionPath, field, i], `"${id}" is named twice`);
          });
        twice(question.prefills, 'prefills');
        twice(question.carriesFrom, 'carriesFrom');
        for (const level of levels) {
          if (!question.levels[`${level}`]) {
            problem([...questionPath, 'levels'], `no descriptor for level ${level}`);
          }
        }
        checkLevelKeys(question.levels, [...questionPath, 'levels'], 'a descriptor');
        if (question.evidence) checkLevelKeys(question.evidence, [...questionPath, 'evidence'], 'expected evidence');
        if (question.recommendations) {
          checkLevelKeys(question.recommendations, [...questionPath, 'recommendations'], 'a recommendation');
          if (question.recommendations[`${levels.at(-1)}`]) {
            problem([...questionPath, 'recommendations', `${levels.at(-1)}`], `no recommendation at the top level ${levels.at(-1)}: there is no next level to reach`);
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
          if (seen.has(from)) problem(path, `"${from}" is an id of this version: its answer carries over by id, not by "carriesFrom"`);
        }),
      ),
    ),
  );

  forEachText({ ...model, profile: undefined }, [], (text, path) => {
    if (typeof text !== 'string' && !(model.defaultLanguage in text)) {
      problem(path, `no text in the model's default language "${model.defaultLanguage}"`);
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
  const problem = (path: PropertyKey[], code: ProfileProblemCode, params: Record<string, string | number>, message: string) =>
    problems.push({ path: formatPath([...at, ...path]), message, code, params });
  // Sections and items each their own namespace: `s` + id, `i` + id → where first used.
  const first = new Map<string, string>();
  const claim = (key: string, id: string, path: PropertyKey[]) => {
    const where = first.get(key);
    if (where) problem([...path, 'id'], 'profile.duplicate-id', { id, first: where }, `duplicate id "${id}" (first used at ${where})`);
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
        if (!options?.length) problem([...path, 'options'], 'profile.options-required', params, `a ${item.type} lists its options`);
      } else if (options) problem([...path, 'options'], 'profile.options-unused', params, `a ${item.type} has no options`);
      options?.forEach((option, o) => {
        if (options.findIndex((other) => other.id === option.id) < o) {
          problem([...path, 'options', o, 'id'], 'profile.duplicate-option', { id: option.id, item: item.id }, `duplicate option id "${option.id}"`);
        }
      });
      const { min, max } = item;
      if (min !== undefined && max !== undefined && min > max) problem([...path, 'min'], 'profile.min-above-max', { min, max }, `min (${min}) is above max (${max})`);
    });
  });
  forEachText(profile, [], (text, path) => {
    if (typeof text !== 'string' && !(defaultLanguage in text)) {
      problem(path, 'profile.default-language-missing', { language: defaultLanguage }, `no text in the model's default language "${defaultLanguage}"`);
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

/** Every localisable text of a model with its JSON path, in document order. */
export function modelTexts(model: MaturityModel): { text: LocalText; path: string }[] {
  const texts: { text: LocalText; path: string }[] = [];
  forEachText(model, [], (text, path) => texts.push({ text, path: formatPath(path) }));
  return texts;
}

