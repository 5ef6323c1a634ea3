/**
 * The maturity model, format v1: the single source of its types (`z.infer`)
 * and of the JSON Schema in `assessments/schema/` (`npm run schema`).
 *
 * Written with `zod/mini` so that the validation shipped to the browser
 * stays small. The schema checks shape only. What a schema cannot say (unique ids, a
 * descriptor for every level, references that resolve) is checked by
 * `checkModel` in `./validate.ts`.
 */
import * as z from 'zod/mini';

export const MODEL_FORMAT = 'ict-governance-maturity-model';
export const MODEL_FORMAT_VERSION = 1;

/**
 * A level of a model's own scale: a whole number from 0 to 10. Which levels
 * a model has is its `scale` (the default models use 0–5, in the ISO/IEC
 * 33020 tradition); `checkModel` holds every level used to that scale.
 */
export const LevelSchema = z.number().check(z.int('a level is a whole number'), z.gte(0), z.lte(10));
export type Level = number;

/** BCP 47 language tag, e.g. `en`, `fr`, `zh-Hans`. */
export const LanguageTagSchema = z
  .string()
  .check(z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "zh-Hans"'));

const NonEmptyTextSchema = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));

/** Text shown to people: a plain string, or one string per language. */
export const LocalTextSchema = z.union([
  NonEmptyTextSchema,
  z
    .record(LanguageTagSchema, NonEmptyTextSchema)
    .check(z.refine((byLanguage) => Object.keys(byLanguage).length > 0, 'give the text in at least one language')),
]);
export type LocalText = z.infer<typeof LocalTextSchema>;

/**
 * Ids are stable across versions: answers are carried over by question id.
 * The names of `Object.prototype` (`constructor`, …) are refused: an id is
 * used as a key, and no key may reach what every object inherits.
 */
export const IdSchema = z
  .string()
  .check(
    z.regex(/^[a-z0-9]+([.-][a-z0-9]+)*$/, 'expected an id of lower-case letters, digits, "." and "-", e.g. "strategy.alignment"'),
    z.refine((id) => !(id in Object.prototype), 'this id is a name every object already has (such as "constructor"); choose another'),
  );

const WeightSchema = z.number().check(z.positive('a weight must be above 0'), z.lte(100, 'a weight can be at most 100'));
const defaultWeight = () => z._default(WeightSchema, 1);

/** A level's key as it appears in JSON objects ("0" … "10"). */
const LevelKeySchema = z.string().check(z.regex(/^(10|[0-9])$/, 'expected a level from "0" to "10"'));

export const ScaleLevelSchema = z.strictObject({
  level: LevelSchema,
  name: LocalTextSchema,
  meaning: LocalTextSchema,
});

export const SourceSchema = z.strictObject({
  id: IdSchema,
  citation: NonEmptyTextSchema,
  url: z.optional(z.url()),
});

/** A pointer from an element or question to one of the model's `sources`. */
export const SourceReferenceSchema = z.strictObject({
  source: IdSchema,
  detail: z.optional(NonEmptyTextSchema),
});

/**
 * A framework the model maps onto, such as ISO/IEC 38500's principles or
 * the UN system's priorities; elements say which of its values they serve,
 * so results can be read along that framework.
 */
export const FrameworkSchema = z.strictObject({
  id: IdSchema,
  title: LocalTextSchema,
  values: z.array(z.strictObject({ id: IdSchema, title: LocalTextSchema })).check(z.minLength(1)),
});

export const QuestionSchema = z.strictObject({
  id: IdSchema,
  text: LocalTextSchema,
  guidance: LocalTextSchema,
  /** What the organization looks like at each level of the scale. */
  levels: z.partialRecord(LevelKeySchema, LocalTextSchema),
  /** Whether "not applicable" is a legitimate answer (it then needs a reason). */
  allowNotApplicable: z._default(z.boolean(), false),
  weight: defaultWeight(),
  /**
   * Optional, keyed by the question's current level: what to do to reach
   * the next. Priorities fall back to the element's recommendations.
   */
  recommendations: z.optional(z.partialRecord(LevelKeySchema, LocalTextSchema)),
  /**
   * Optional, keyed by level: the evidence expected for an answer at that
   * level (fixed in advance, so a self-assessment cannot be gamed), shown
   * beside the answer.
   */
  evidence: z.optional(z.partialRecord(LevelKeySchema, LocalTextSchema)),
  sources: z._default(z.array(SourceReferenceSchema), []),
  /**
   * Optional, framework id → the values of it this question tests (such as
   * one of Evaluate, Direct, Monitor, or a COBIT management objective). An
   * element's own `mapsTo` is what framework readings of the results use.
   */
  mapsTo: z.optional(z.record(IdSchema, z.array(IdSchema))),
  /**
   * Optional, in a short model that leads into a fuller one: the questions
   * of the model named by the model's `prefillsModel` that this question's
   * answer pre-fills (marked "to confirm") when a full assessment starts from it.
   */
  prefills: z.optional(z.array(IdSchema).check(z.minLength(1, 'name at least one question, or leave "prefills" out'))),
  /**
   * Optional: questions of earlier versions of this model (ids no longer in
   * this version) whose answer carries over to this question, flagged for
   * review, when an assessment moves to this version (a question split in two, or two merged).
   */
  carriesFrom: z.optional(z.array(IdSchema).check(z.minLength(1, 'name at least one question, or leave "carriesFrom" out'))),
});

export const ElementSchema = z.strictObject({
  id: IdSchema,
  title: LocalTextSchema,
  description: LocalTextSchema,
  weight: defaultWeight(),
  defaultTarget: z._default(LevelSchema, 3),
  /** Framework id → the values of it this element serves. */
  mapsTo: z._default(z.record(IdSchema, z.array(IdSchema)), {}),
  sources: z.array(SourceReferenceSchema).check(z.minLength(1, 'every element cites at least one source')),
  /** Keyed by the current level (every level below the top): what to do to reach the next one. */
  recommendations: z.partialRecord(LevelKeySchema, LocalTextSchema),
  questions: z.array(QuestionSchema).check(z.minLength(1, 'an element has at least one question')),
});

export const DomainSchema = z.strictObject({
  id: IdSchema,
  title: LocalTextSchema,
  description: LocalTextSchema,
  weight: defaultWeight(),
  elements: z.array(ElementSchema).check(z.minLength(1, 'a domain has at least one key element')),
});

/**
 * How a combination of indicators is rated (ISO/IEC 33020:2019, its process attribute rating scale and process capability level model):
 * - `nplf`: a level is reached when more than `largely` % of the weight is
 *   at that level or above and more than `fully` % at the level below or
 *   above (Largely at the level, Fully below it);
 * - `all`: a level is reached when everything reaches it (COBIT 2019's
 *   rule for a focus area; with two indicators it is also what `nplf` gives).
 */
export const RatingRuleSchema = z.enum(['nplf', 'all']);
export type RatingRule = z.infer<typeof RatingRuleSchema>;

/** The ISO/IEC 33020 rating scale's thresholds in %: N ≤ 15 < P ≤ 50 < L ≤ 85 < F. */
export const DEFAULT_BANDS = { partially: 15, largely: 50, fully: 85 } as const;

export const RatingSchema = z.strictObject({
  /** A key element from its questions. */
  element: z._default(RatingRuleSchema, 'nplf'),
  /** A domain from its key elements. */
  domain: z._default(RatingRuleSchema, 'nplf'),
  /** The organization from all key elements; never a minimum over every answer. */
  organization: z._default(z.enum(['nplf']), 'nplf'),
  /**
   * The organization from its units' levels (the roll-up of unit
   * assessments); absent means `nplf`: the units are the indicators.
   */
  rollup: z.optional(RatingRuleSchema),
  bands: z._default(
    z.strictObject({
      partially: z.number().check(z.gt(0), z.lt(100)),
      largely: z.number().check(z.gt(0), z.lt(100)),
      fully: z.number().check(z.gt(0), z.lt(100)),
    }),
    { ...DEFAULT_BANDS },
  ),
});
export type Rating = z.infer<typeof RatingSchema>;

/** The kinds of fact a governance profile item holds (see `ProfileValue` in `src/assessment/schema.ts`). */
export const ProfileItemTypeSchema = z.enum(['choice', 'choices', 'integer', 'amount', 'percentage', 'year', 'text']);
export type ProfileItemType = z.infer<typeof ProfileItemTypeSchema>;

export const ProfileOptionSchema = z.strictObject({ id: IdSchema, label: LocalTextSchema });

/**
 * One fact about how the organization governs ICT: never scored. `options`
 * are required for `choice` and `choices` (checked by `checkModel`), `min`
 * and `max` bound the numbers.
 */
export const ProfileItemSchema = z.strictObject({
  id: IdSchema,
  type: ProfileItemTypeSchema,
  label: LocalTextSchema,
  help: z.optional(LocalTextSchema),
  options: z.optional(z.array(ProfileOptionSchema)),
  min: z.optional(z.number()),
  max: z.optional(z.number()),
});

export const ProfileSectionSchema = z.strictObject({
  id: IdSchema,
  title: LocalTextSchema,
  items: z.array(ProfileItemSchema).check(z.minLength(1, 'a profile section has at least one item')),
});

/** The governance profile: facts about how the organization governs ICT, in sections. Item ids are unique across the profile. */
export const ProfileSchema = z.strictObject({
  sections: z.array(ProfileSectionSchema).check(z.minLength(1, 'a profile has at least one section')),
});
export type Profile = z.infer<typeof ProfileSchema>;
export type ProfileSection = z.infer<typeof ProfileSectionSchema>;
export type ProfileItem = z.infer<typeof ProfileItemSchema>;

export const MaturityModelSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(MODEL_FORMAT),
  formatVersion: z.literal(MODEL_FORMAT_VERSION),
  id: IdSchema,
  version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as "1.0.0"')),
  defaultLanguage: LanguageTagSchema,
  title: LocalTextSchema,
  description: LocalTextSchema,
  authors: z.array(NonEmptyTextSchema).check(z.minLength(1, 'name at least one author')),
  license: z.optional(NonEmptyTextSchema),
  sources: z.array(SourceSchema).check(z.minLength(1, 'cite at least one source')),
  frameworks: z._default(z.array(FrameworkSchema), []),
  /** The model's ordered levels: two to ten consecutive whole numbers, each with a name and a meaning. */
  scale: z.array(ScaleLevelSchema).check(z.minLength(2, 'a scale has at least two levels'), z.maxLength(10, 'a scale has at most ten levels')),
  rating: z._default(RatingSchema, { element: 'nplf', domain: 'nplf', organization: 'nplf', bands: { ...DEFAULT_BANDS } }),
  /** Optional: the fuller model whose questions this model's questions `prefills`. */
  prefillsModel: z.optional(z.strictObject({ id: IdSchema, version: z.string().check(z.regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'expected a semantic version such as "2.0.0"')) })),
  domains: z.array(DomainSchema).check(z.minLength(1, 'a model has at least one domain')),
  /** Optional: the facts the organization gives about how it governs ICT (never scored). */
  profile: z.optional(ProfileSchema),
});

/** A model as written in JSON (defaults not yet applied). */
export type MaturityModelInput = z.input<typeof MaturityModelSchema>;
/** A parsed model: defaults applied, every optional weight and list present. */
export type MaturityModel = z.infer<typeof MaturityModelSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type Element = z.infer<typeof ElementSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;

/** The model's levels, lowest first. */
export function scaleLevels(model: Pick<MaturityModel, 'scale'>): Level[] {
  return model.scale.map((s) => s.level).sort((a, b) => a - b);
}

/** The lowest level of the model's scale: where every practice starts. */
export function lowestLevel(model: Pick<MaturityModel, 'scale'>): Level {
  return Math.min(...model.scale.map((s) => s.level));
}

/** The highest level of the model's scale. */
export function highestLevel(model: Pick<MaturityModel, 'scale'>): Level {
  return Math.max(...model.scale.map((s) => s.level));
}

/** Whether `value` is one of the model's levels. */
export function isScaleLevel(model: Pick<MaturityModel, 'scale'>, value: unknown): value is Level {
  return typeof value === 'number' && model.scale.some((s) => s.level === value);
}
