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

/** The capability levels every model rates against, 0 (incomplete) to 5 (innovating). */
export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export type Level = (typeof LEVELS)[number];
export const LevelSchema = z.literal(LEVELS);

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

/** A level's key as it appears in JSON objects ("0" … "5"). */
const LevelKeySchema = z.enum(['0', '1', '2', '3', '4', '5']);

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
  /** What the organization looks like at each level, "0" to "5". */
  levels: z.partialRecord(LevelKeySchema, LocalTextSchema),
  allowNotApplicable: z._default(z.boolean(), false),
  weight: defaultWeight(),
  sources: z._default(z.array(SourceReferenceSchema), []),
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
  /** Keyed by the current level ("0" to "4"): what to do to reach the next one. */
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
  scale: z.array(ScaleLevelSchema).check(z.length(LEVELS.length, 'the scale has exactly six levels, 0 to 5')),
  domains: z.array(DomainSchema).check(z.minLength(1, 'a model has at least one domain')),
});

/** A model as written in JSON (defaults not yet applied). */
export type MaturityModelInput = z.input<typeof MaturityModelSchema>;
/** A parsed model: defaults applied, every optional weight and list present. */
export type MaturityModel = z.infer<typeof MaturityModelSchema>;
export type Domain = z.infer<typeof DomainSchema>;
export type Element = z.infer<typeof ElementSchema>;
export type Question = z.infer<typeof QuestionSchema>;
export type ScaleLevel = z.infer<typeof ScaleLevelSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Framework = z.infer<typeof FrameworkSchema>;
