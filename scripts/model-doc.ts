/**
 * `npm run model:doc -- <model.json> [--lang fr] [--format md|html] [--out file]`:
 * writes a model as a document to review (see `src/model/describe.ts`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { describeModel, type DocumentFormat } from '../src/model/describe.ts';
import { LanguageTagSchema } from '../src/model/schema.ts';
import { languagesOf } from '../src/model/text.ts';
import { forEachText } from '../src/model/validate.ts';
import { parseProfileFile } from '../src/model/profile-file.ts';
import { sharedProfileName } from '../src/model/profiles.ts';
import { loadModelOrExit } from './lib/check-model-files.ts';
import { problemText } from '../src/i18n/problem-text.ts';

const USAGE = `usage: npm run model:doc -- <model.json> [--lang fr] [--format md|html] [--out file]

Writes a review document of the model: its identity, its own scale, how it rates (the rule for key
elements, domains and the organization, and the bands, in words), a table of contents, then every
domain, key element and question with all their texts and recommendations, and the governance
profile its assessments are asked (the model's own, or the shared one in assessments/profiles/ for
the default models), in one language.

  --lang tag      the language of the texts (default: the model's default language); texts not yet
                  in it are shown in another language and marked with that language's tag
  --format f      md (Markdown) or html (a standalone page that prints well); by default taken
                  from --out's extension, else md
  --out file      where to write it; by default <model>.<lang>.<format> next to the model.
                  "--out -" writes to standard output (use npm run -s so npm adds nothing to it)`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
const file = positionals[0];
if (values.help || !file || positionals.length > 1) {
  (values.help ? console.log : console.error)(USAGE);
  process.exit(values.help ? 0 : 2);
}
const fail = (message: string): never => {
  console.error(message);
  process.exit(2);
};

const format = values.format ?? (/\.html?$/i.test(values.out ?? '') ? 'html' : 'md');
if (format !== 'md' && format !== 'html') fail(`--format must be md or html, not "${format}"`);
if (values.lang !== undefined && !LanguageTagSchema.safeParse(values.lang).success) {
  fail(`--lang must be a language tag such as fr or zh-Hans, not "${values.lang}"`);
}

const model = loadModelOrExit(file);
const language = values.lang ?? model.defaultLanguage;
const languages = new Set<string>();
forEachText(model, [], (text) => languagesOf(text, model.defaultLanguage).forEach((tag) => languages.add(tag)));
if (![...languages].some((tag) => tag === language || tag === language.split('-')[0])) {
  console.error(`note: the model has no text in "${language}" (it has ${[...languages].join(', ')}); every text falls back to another language`);
}

// The shared profile the default models' assessments are asked, when the model has none of its own.
const profileName = model.profile ? undefined : sharedProfileName(model.id);
const profilePath = profileName && new URL(`../assessments/profiles/${profileName}.json`, import.meta.url);
let sharedProfile: { name: string; profile: NonNullable<typeof model.profile> } | undefined;
if (profileName && profilePath && existsSync(profilePath)) {
  const checked = parseProfileFile(JSON.parse(readFileSync(profilePath, 'utf8')), model.defaultLanguage);
  if (!checked.ok) fail(`assessments/profiles/${profileName}.json: ${checked.problems.map(problemText).join('; ')}`);
  else sharedProfile = { name: profileName, profile: checked.profile };
}

const document = describeModel(model, { language, format: format as DocumentFormat, ...(sharedProfile ? { sharedProfile } : {}) });
const out = values.out ?? `${file.replace(/\.json$/i, '')}.${language}.${format}`;
if (out === '-') process.stdout.write(document);
else {
  writeFileSync(out, document);
  console.log(`wrote ${out}`);
}
