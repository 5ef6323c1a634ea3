/**
 * `npm run model:to-csv -- <model.json> [--out file.csv]`: writes a model
 * as one spreadsheet (see `src/model/spreadsheet.ts`) for people to edit
 * and translate in a spreadsheet program. `npm run model:from-csv` reads it back.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { toCsv } from '../src/exchange/csv.ts';
import { LanguageTagSchema } from '../src/model/schema.ts';
import { modelToSpreadsheet } from '../src/model/spreadsheet.ts';
import { loadModelOrExit } from './lib/check-model-files.ts';

const USAGE = `usage: npm run model:to-csv -- <model.json> [--out file.csv] [--languages ar,zh,fr]

Writes the model as one sheet, CSV in UTF-8 with a byte-order mark (so spreadsheet programs read
every script): one row per thing of the model, a column per text and language (title:en, level3:fr…),
a level column for each level of the model's scale, and a rating row with its rating rules.

  --out file.csv   where to write it; by default <model>.csv next to the model.
                   "--out -" writes to standard output (use npm run -s so npm adds nothing to it).
  --languages a,b  also add empty columns for these languages, for translators to fill in
                   (the model's own languages always get theirs).

Then: open it, edit or translate, save as "CSV UTF-8 (comma-delimited)", and run
  npm run model:from-csv -- <file.csv> --out <model.json>`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string' }, languages: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
const file = positionals[0];
if (values.help || !file || positionals.length > 1) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}

const languages = (values.languages ?? '').split(/[\s,]+/).filter(Boolean);
const badTag = languages.find((tag) => !LanguageTagSchema.safeParse(tag).success);
if (badTag !== undefined) {
  console.error(`--languages: "${badTag}" is not a language tag; write tags such as ar,zh,fr,ru,es or zh-Hans`);
  process.exit(2);
}
const model = loadModelOrExit(file);

const rows = modelToSpreadsheet(model, { languages });
const csv = toCsv(rows, { verbatim: true }); // the sheet must read back as the model was
const out = values.out ?? file.replace(/\.json$/i, '') + '.csv';
if (out === '-') process.stdout.write(csv);
else {
  writeFileSync(out, csv);
  console.log(`wrote ${out}: ${rows.length - 1} rows, ${rows[0]!.length} columns`);
}
