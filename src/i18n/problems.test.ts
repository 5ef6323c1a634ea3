/**
 * Every problem code any module can return has its sentence in all six
 * languages. The list below is checked against the code unions by the type
 * checker (a code added to a module and not here fails `tsc`), and each
 * code's message is looked up in every catalog here.
 */
import { describe, expect, it } from 'vitest';
import type { MatrixNoteCode } from '../compare/matrix.ts';
import type { StatisticsProblemCode } from '../compare/network.ts';
import type { BenchmarkProblem } from '../exchange/benchmark-file.ts';
import type { ImportProblem } from '../exchange/import.ts';
import type { MigrationProblemCode } from '../model/migration.ts';
import type { ModelProblem } from '../model/validate.ts';
import type { SheetProblemCode } from '../model/spreadsheet.ts';
import type { CsvProblemCode } from '../exchange/csv-parse.ts';
import type { ImportBridgeProblemCode } from '../ui/compare/import-bridge.ts';
import type { BackupProblem } from '../storage/index.ts';
import type { ModelFileProblem } from '../ui/model-files.ts';
import { SCHEMA_FORMATS } from '../model/schema-issues.ts';
import { LANGUAGES } from './languages.ts';
import { problemsAr } from './problems/ar.ts';
import { problemsEn } from './problems/en.ts';
import { problemsEs } from './problems/es.ts';
import { problemsFr } from './problems/fr.ts';
import { problemsRu } from './problems/ru.ts';
import { problemsZh } from './problems/zh.ts';
import { problemText } from './problem-text.ts';

type AnyCode =
  | ImportProblem['code']
  | ModelProblem['code']
  | ModelFileProblem['code']
  | BackupProblem['code']
  | BenchmarkProblem['code']
  | MigrationProblemCode
  | StatisticsProblemCode
  | MatrixNoteCode
  | SheetProblemCode
  | CsvProblemCode
  | ImportBridgeProblemCode;

const CODES = [
  'json.too-large', 'json.not-utf8', 'json.syntax', 'json.truncated', 'json.not-json', 'json.too-deep', 'json.forbidden-key', 'json.duplicate-key', 'json.lone-surrogate', 'json.not-finite',
  'schema.invalid_type', 'schema.invalid_value', 'schema.too_big', 'schema.too_small', 'schema.invalid_format', 'schema.not_multiple_of', 'schema.unrecognized_keys', 'schema.invalid_key', 'schema.invalid_element', 'schema.invalid_union', 'schema.custom',
  'model.level-twice', 'model.level-order', 'model.bands-order', 'model.off-scale-recommendation', 'model.off-scale-descriptor', 'model.off-scale-evidence', 'model.duplicate-source', 'model.duplicate-framework', 'model.duplicate-framework-value', 'model.unknown-framework', 'model.unknown-framework-value', 'model.unknown-source', 'model.duplicate-id', 'model.recommendation-missing', 'model.target-off-scale', 'model.prefills-without-model', 'model.named-twice', 'model.descriptor-missing', 'model.recommendation-at-top', 'model.carries-from-current', 'model.default-language-missing', 'model.different', 'model.shipped', 'model.http', 'model.unknown-prefill',
  'profile.duplicate-id', 'profile.duplicate-option', 'profile.options-required', 'profile.options-unused', 'profile.min-above-max', 'profile.default-language-missing',
  'result.hash-mismatch', 'result.model-hash', 'result.model-mismatch',
  'seal.not-envelope', 'seal.no-key', 'seal.wrong-key', 'seal.damaged',
  'import.failed', 'import.unreadable', 'import.lost', 'import.figures', 'import.signature-mismatch', 'import.model-different', 'import.model-unknown', 'import.unknown-questions', 'import.answer-off-scale', 'import.target-off-scale', 'import.answer-twice', 'import.older', 'import.domain-unknown',
  'backup.not-json', 'backup.too-large', 'backup.no-assessment', 'backup.model-mismatch',
  'migration.other-model', 'migration.not-a-version', 'migration.same-version', 'migration.older', 'migration.not-from', 'migration.foreign-answers',
  'statistics.network.no-results', 'statistics.network.too-few', 'statistics.period.no-results', 'statistics.period.too-few', 'statistics.group.no-results', 'statistics.group.too-few', 'statistics.group.withheld', 'statistics.unstated.too-few', 'statistics.unstated.hidden', 'statistics.cross', 'statistics.no-group',
  'csv.unterminatedQuote', 'csv.malformedQuote',
  'import.worker-stopped',
  'sheet.empty', 'sheet.no-kind-column', 'sheet.unnamed-column', 'sheet.column-twice', 'sheet.columns-joined', 'sheet.no-such-level-column', 'sheet.unknown-column', 'sheet.column-language-missing', 'sheet.not-a-language-tag',
  'sheet.no-kind', 'sheet.unknown-kind', 'sheet.column-unused', 'sheet.not-a-text', 'sheet.id-used', 'sheet.level-used', 'sheet.recommendation-level-used', 'sheet.no-id', 'sheet.second-model', 'sheet.second-rating',
  'sheet.no-model', 'sheet.no-default-language', 'sheet.no-default-language-columns', 'sheet.no-parent', 'sheet.parent-wrong-kind', 'sheet.parent-unknown', 'sheet.level-off-scale', 'sheet.descriptor-off-scale',
  'sheet.no-version', 'sheet.no-citation', 'sheet.no-type', 'sheet.no-text', 'sheet.not-a-number', 'sheet.no-level', 'sheet.not-a-level', 'sheet.organization-rule', 'sheet.rating-rule', 'sheet.not-yes-no',
  'sheet.prefills-model-form', 'sheet.maps-to-form', 'sheet.framework-twice', 'sheet.recommendation-row-missing',
  'matrix.versions-together', 'matrix.kept-apart.different', 'matrix.kept-apart.unknown', 'matrix.kept-apart.both',
] as const satisfies readonly AnyCode[];

// Compile-time: every code of the unions is listed (benchmark's own codes are worded by `benchmark.problem.<code>`).
type Unlisted = Exclude<AnyCode, (typeof CODES)[number] | `benchmark.${string}`>;
const everyCodeListed: [Unlisted] extends [never] ? true : Unlisted = true;

const catalogs = { en: problemsEn, fr: problemsFr, es: problemsEs, ar: problemsAr, zh: problemsZh, ru: problemsRu } as const;

describe('problem messages', () => {
  it('lists every code a module can return', () => {
    expect(everyCodeListed).toBe(true);
    expect(new Set(CODES).size).toBe(CODES.length);
  });

  it.each(LANGUAGES.map((l) => l.tag))('has a sentence for every code in %s, not the English one', (tag) => {
    const catalog: Readonly<Record<string, unknown>> = catalogs[tag];
    for (const code of CODES) {
      const message = catalog[`problem.${code}`];
      expect(message, `${tag}: problem.${code}`).toBeDefined();
      if (tag !== 'en' && typeof message === 'string' && !/^[^a-z]*$/.test(message)) expect(message, `${tag}: problem.${code}`).not.toBe(problemsEn[`problem.${code}`]);
    }
  });

  it('has no sentence for a code no module returns', () => {
    const known = new Set<string>([...CODES.map((code) => `problem.${code}`), 'problem.at']);
    const orphans = Object.keys(problemsEn).filter((key) => !known.has(key) && !key.startsWith('problem.type.') && !key.startsWith('problem.format.'));
    expect(orphans).toEqual([]);
  });

  it('names every format a shape problem can give, in every language', () => {
    for (const catalog of Object.values(catalogs)) for (const format of SCHEMA_FORMATS) expect(catalog[`problem.format.${format}`], format).toBeDefined();
  });

  it('words a problem in English for the CLI, its path first', () => {
    expect(problemText({ code: 'import.answer-twice', path: '$.answers[3]', params: { question: 'a.b' } })).toBe('At $.answers[3]: A second answer to the question “a.b”.');
    expect(problemText({ code: 'json.truncated', path: '$' })).toBe('The file is not valid JSON: it ends too early, as if it had been cut short.');
    expect(problemText({ code: 'sheet.id-used', params: { id: 'strategy', first: 12 } })).toBe('The id “strategy” is already used in row 12.');
    expect(problemText({ code: 'csv.unterminatedQuote', params: { row: 2, column: 3 } })).toMatch(/^Row 2, column 3: a quoted field is never closed/);
  });
});
