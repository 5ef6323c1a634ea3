/**
 * `npm run model:from-csv -- <sheet.csv> --out <model.json>`: reads a sheet
 * written by `npm run model:to-csv` (and edited in a spreadsheet program)
 * back into a model, checks it as `npm run validate-models` does, and writes
 * it as JSON. On any problem it prints "file: row N, column X: message" for
 * each, writes nothing and exits 1.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readCsv } from '../src/exchange/csv-parse.ts';
import { problemText, sheetProblemText } from '../src/i18n/problem-text.ts';
import { modelFromSpreadsheet } from '../src/model/spreadsheet.ts';
import { elementsOf, questionsOf } from '../src/model/walk.ts';

const USAGE = `usage: npm run model:from-csv -- <sheet.csv> --out <model.json>

Reads a sheet written by npm run model:to-csv (saved as "CSV UTF-8 (comma-delimited)") back into a
model, checks it as npm run validate-models does, and writes it as JSON (2-space indent).
--out is required, so that a model file is never replaced by surprise; it may be the model the sheet
came from. On problems, each is printed as "file: row N, column X: message" and nothing is written.`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const file = positionals[0];
if (values.help || !file || !values.out || positionals.length > 1) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
} catch (error) {
  const notUtf8 = error instanceof TypeError;
  console.error(
    notUtf8
      ? `${file}: not UTF-8 text: save the sheet as "CSV UTF-8 (comma-delimited)", so that accents and non-Latin scripts survive`
      : `${file}: cannot read the sheet: ${(error as Error).message}`,
  );
  process.exit(1);
}

const sheet = readCsv(text);
if (!sheet.ok) {
  for (const problem of sheet.problems) console.error(`${file}: ${problemText(problem)}`);
  console.error(`${sheet.problems.length} problem${sheet.problems.length === 1 ? '' : 's'}; ${values.out} not written`);
  process.exit(1);
}

const result = modelFromSpreadsheet(sheet.rows);
if (!result.ok) {
  for (const problem of result.problems) console.error(`${file}: ${sheetProblemText(problem)}`);
  console.error(`${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}; ${values.out} not written`);
  process.exit(1);
}

const { model } = result;
writeFileSync(values.out, `${JSON.stringify(model, null, 2)}\n`);
const elements = elementsOf(model);
const questions = questionsOf(model);
console.log(
  `wrote ${values.out}: ${model.id} ${model.version}, ${model.domains.length} domains, ${elements.length} key elements, ${questions.length} questions`,
);
