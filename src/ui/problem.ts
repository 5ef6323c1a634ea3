/**
 * A problem from the domain or storage (`{ code, path, params }`) in the
 * reader's language: `problem.<code>` of the network's messages (loaded
 * with every page that can show one), with the value types and formats of
 * a shape problem worded too, and the path before it when it concerns a part of
 * the input.
 */
import { t, type MessageKey } from '../i18n/index.ts';
import type { Problem } from '../model/problem.ts';
import { SCHEMA_FORMATS, type SchemaFormat } from '../model/schema-issues.ts';

const TYPES = new Set(['string', 'number', 'boolean', 'object', 'array', 'null', 'undefined']);

function typeName(value: string | number | undefined): string | number | undefined {
  return typeof value === 'string' && TYPES.has(value) ? t(`problem.type.${value}` as MessageKey) : value;
}

/** The sentence of a problem, without its path. */
export function problemMessage({ code, params = {} }: Problem): string {
  const worded =
    code === 'schema.invalid_type'
      ? { ...params, expected: typeName(params.expected)! }
      : code === 'schema.invalid_format'
        ? { ...params, format: t(`problem.format.${SCHEMA_FORMATS.includes(params.format as SchemaFormat) ? params.format : 'regex'}` as MessageKey) }
        : params;
  return t(`problem.${code}` as MessageKey, worded);
}

/** The problem with its path first, when it concerns a part of the input. */
export function problemText(problem: Problem): string {
  const message = problemMessage(problem);
  return problem.path && problem.path !== '$' ? t('problem.at', { path: problem.path, problem: message }) : message;
}
