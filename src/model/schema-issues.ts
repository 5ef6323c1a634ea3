/**
 * A zod issue as a problem code with its parameters, and in English for
 * scripts and logs. zod/mini ships without messages, and no global locale
 * is set: whoever shows a problem words it from its code.
 */
import type * as z from 'zod/mini';

export interface SchemaProblem {
  /** `schema.invalid_type`, `schema.too_small`, `schema.unrecognized_keys`, … */
  code: `schema.${z.core.$ZodIssue['code']}`;
  params: Readonly<Record<string, string | number>>;
}

function typeOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

const FORMATS: Readonly<Record<string, string>> = { url: 'URL', email: 'email address', datetime: 'ISO date and time', date: 'ISO date', regex: 'value' };
/** The patterns of the schemas, by what they mean (`problem.format.<name>` in the catalogs). */
const PATTERNS: Readonly<Record<string, SchemaFormat>> = {
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'language',
  '^[a-z0-9]+([.-][a-z0-9]+)*$': 'id',
  '^(10|[0-9])$': 'level',
  '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?$': 'semver',
  '^[0-9a-f]{64}$': 'sha256',
  '^[A-Z]{3}$': 'currency',
  '^[A-Za-z0-9_-]{43}$': 'coordinate',
  '^[A-Za-z0-9_-]+\\.\\.[A-Za-z0-9_-]+$': 'jws',
  '^[A-Za-z0-9_-]*$': 'base64url',
};

/** What a value of the wrong form should have been: a pattern the schemas name, or one of zod's string formats. */
export type SchemaFormat = 'language' | 'id' | 'level' | 'semver' | 'sha256' | 'currency' | 'coordinate' | 'jws' | 'base64url' | 'url' | 'email' | 'datetime' | 'date' | 'regex';
export const SCHEMA_FORMATS: readonly SchemaFormat[] = ['language', 'id', 'level', 'semver', 'sha256', 'currency', 'coordinate', 'jws', 'base64url', 'url', 'email', 'datetime', 'date', 'regex'];

const UNITS: Readonly<Record<string, string>> = { string: 'characters', array: 'items', set: 'items', map: 'entries', file: 'bytes' };

/** The code and parameters of a zod issue. */
export function schemaProblemOf(issue: z.core.$ZodIssue): SchemaProblem {
  const problem = baseProblemOf(issue);
  // A schema's own words for a rule (a pattern's meaning, say) are kept for the English text; zod's default is only "Invalid input".
  return issue.message && issue.message !== 'Invalid input' ? { ...problem, params: { ...problem.params, message: issue.message } } : problem;
}

function baseProblemOf(issue: z.core.$ZodIssue): SchemaProblem {
  const code = `schema.${issue.code}` as const;
  switch (issue.code) {
    case 'invalid_type':
      // zod reports what it found only when asked to (`reportInput`), and untrusted input is not copied into problems.
      return { code, params: { expected: issue.expected, ...('input' in issue ? { received: typeOf(issue.input) } : {}) } };
    case 'invalid_value':
      return { code, params: { values: issue.values.map((v) => JSON.stringify(v)).join(' | ') } };
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? issue.maximum : issue.minimum;
      return { code, params: { origin: issue.origin, limit: Number(limit), inclusive: issue.inclusive === false ? 0 : 1, exact: issue.exact ? 1 : 0 } };
    }
    case 'invalid_format': {
      // A pattern the schemas use is named, so that the reader is told what is expected in words of their language.
      const format = issue.format === 'regex' && issue.pattern ? (PATTERNS[issue.pattern.replace(/^\/|\/[a-z]*$/g, '')] ?? 'regex') : issue.format;
      return { code, params: { format, ...(issue.pattern ? { pattern: issue.pattern } : {}) } };
    }
    case 'not_multiple_of':
      return { code, params: { divisor: Number(issue.divisor) } };
    case 'unrecognized_keys':
      return { code, params: { keys: issue.keys.map((k) => `"${k}"`).join(', '), count: issue.keys.length } };
    case 'invalid_key':
    case 'invalid_element':
    case 'invalid_union':
      return { code, params: {} };
    case 'custom':
      return { code, params: {} };
  }
}

/** A schema problem in English (what the scripts print, and the fallback of a custom check's own words). */
export function schemaProblemText({ code, params }: SchemaProblem): string {
  if (params.message !== undefined) return String(params.message);
  switch (code) {
    case 'schema.invalid_type':
      return params.received === undefined ? `expected ${params.expected}` : `expected ${params.expected}, received ${params.received}`;
    case 'schema.invalid_value':
      return `expected one of ${params.values}`;
    case 'schema.too_big':
    case 'schema.too_small': {
      const relation = params.exact ? 'exactly ' : code === 'schema.too_big' ? (params.inclusive ? 'at most ' : 'less than ') : params.inclusive ? 'at least ' : 'more than ';
      const unit = UNITS[String(params.origin)];
      return unit ? `expected ${params.origin} to have ${relation}${params.limit} ${unit}` : `expected ${params.origin ?? 'value'} to be ${relation}${params.limit}`;
    }
    case 'schema.invalid_format':
      return params.pattern
        ? `invalid ${FORMATS[String(params.format)] ?? params.format}: must match pattern ${params.pattern}`
        : `invalid ${FORMATS[String(params.format)] ?? params.format}`;
    case 'schema.not_multiple_of':
      return `expected a multiple of ${params.divisor}`;
    case 'schema.unrecognized_keys':
      return `unknown field${Number(params.count) > 1 ? 's' : ''} ${params.keys}`;
    case 'schema.invalid_key':
      return 'invalid key';
    case 'schema.invalid_element':
      return 'invalid element';
    case 'schema.invalid_union':
      return 'matches none of the allowed shapes';
    case 'schema.custom':
      return String(params.message ?? 'invalid input');
  }
}

/** A zod issue in English. */
export function schemaIssueText(issue: z.core.$ZodIssue): string {
  return schemaProblemText(schemaProblemOf(issue));
}
