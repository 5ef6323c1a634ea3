/**
 * `npm run validate-models [file …]`: checks every assessments/*.json (or
 * the files named). For each bad file it prints the file, the JSON path and
 * what is wrong, and the command exits with status 1.
 */
import type { LanguageCoverage } from '../src/model/text.ts';
import { checkModelFile, modelFiles, profileFiles } from './lib/check-model-files.ts';

/** Missing paths listed per language before the rest are only counted. */
const MISSING_PATHS_SHOWN = 10;

const files = process.argv.length > 2 ? process.argv.slice(2) : [...modelFiles('assessments'), ...profileFiles('assessments')];
if (files.length === 0) {
  console.error('validate-models: no model files found in assessments/');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const report = checkModelFile(file);
  if (report.problems.length === 0) {
    console.log(`ok   ${file}  (${report.summary})`);
    for (const line of languageLines(report.languages ?? [])) console.log(`     ${line}`);
    continue;
  }
  failed += 1;
  console.error(`FAIL ${file}`);
  for (const problem of report.problems) console.error(`  ${file}: ${problem.path}: ${problem.message}`);
}
/**
 * Translations are reported, not enforced: a missing text falls back to the
 * model's default language, so the model still works, but a coordinator
 * must see what a reader of each language will get in another one.
 */
function languageLines(languages: LanguageCoverage[]): string[] {
  return languages.flatMap(({ language, present, missing }) => {
    const total = present + missing.length;
    if (missing.length === 0) return [`${language}: all ${total} texts`];
    const shown = missing.slice(0, MISSING_PATHS_SHOWN).map((path) => `       missing ${path}`);
    const more = missing.length > MISSING_PATHS_SHOWN ? [`       … and ${missing.length - MISSING_PATHS_SHOWN} more`] : [];
    return [`${language}: ${missing.length} of ${total} texts missing (shown in another language)`, ...shown, ...more];
  });
}

console.log(`${files.length - failed} of ${files.length} model files valid`);
process.exit(failed > 0 ? 1 : 0);
