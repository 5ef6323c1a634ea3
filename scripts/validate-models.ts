/**
 * `npm run validate-models [file …]`: checks every assessments/*.json (or
 * the files named). For each bad file it prints the file, the JSON path and
 * what is wrong, and the command exits with status 1.
 *
 * Beyond each file alone:
 * - the terms: every text of every model, in every language, against
 *   assessments/glossary.json; a text that uses a variant to avoid fails
 *   its model, named by model, path and language. Published copies frozen
 *   under a versioned file name (`…-1.1.0.json`) are exempt: their bytes
 *   can never change.
 * - the pre-fills: a model that pre-fills another (`prefillsModel`) names
 *   only questions that model has, when both are among the files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { GlossarySchema, glossaryFindings, type Glossary } from '../src/model/glossary.ts';
import type { LanguageCoverage } from '../src/model/text.ts';
import { checkPrefills } from '../src/model/prefill-check.ts';
import { formatPath } from '../src/model/validate.ts';
import { GLOSSARY_FILE, checkModelFile, inEnglish, modelFiles, profileFiles, type FileReport } from './lib/check-model-files.ts';

/** Missing paths listed per language before the rest are only counted. */
const MISSING_PATHS_SHOWN = 10;

const files = process.argv.length > 2 ? process.argv.slice(2) : [...modelFiles('assessments'), ...profileFiles('assessments')];
/** A published version kept beside the current one, under a file name that carries its version. */
const FROZEN_COPY = /-\d+\.\d+\.\d+\.json$/;

if (files.length === 0) {
  console.error('validate-models: no model files found in assessments/');
  process.exit(1);
}

/** The glossary beside the models (the first file's folder), or null when there is none. */
function readGlossary(file: string): Glossary | null {
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`FAIL ${file}: not valid JSON: ${(error as Error).message}`);
    process.exit(1);
  }
  const parsed = GlossarySchema.safeParse(json);
  if (!parsed.success) {
    console.error(`FAIL ${file}`);
    for (const issue of parsed.error.issues) console.error(`  ${file}: ${formatPath(issue.path)}: ${issue.message}`);
    process.exit(1);
  }
  return parsed.data;
}

const glossaryFile = join(dirname(files[0]!), GLOSSARY_FILE);
const glossary = readGlossary(glossaryFile);
if (glossary) console.log(`glossary ${glossaryFile}: ${glossary.terms.length} terms in ${glossary.languages.join(', ')}`);

const reports: FileReport[] = files.map((file) => checkModelFile(file));
for (const report of reports) {
  const model = report.model;
  if (!model) continue;
  if (glossary) {
    if (FROZEN_COPY.test(basename(report.file))) report.terms = 'exempt (a frozen published copy)';
    else {
      const findings = glossaryFindings(glossary, model);
      for (const finding of findings) {
        const { language, term, accepted, variant } = finding.params;
        report.problems.push({
          path: finding.path,
          message: `${model.id} ${model.version}, ${language}: "${variant}" is a variant to avoid of the term "${term}"; the glossary's term is "${accepted}"`,
        });
      }
      if (findings.length === 0) report.terms = 'every text uses the glossary\'s terms';
    }
  }
  if (model.prefillsModel) {
    const full = reports.find((r) => r.model?.id === model.prefillsModel!.id && r.model.version === model.prefillsModel!.version)?.model;
    if (full) {
      report.problems.push(...checkPrefills(model, full).map(inEnglish));
      if (!report.problems.length) report.terms = `${report.terms ?? ''}; pre-fills name questions of ${full.id} ${full.version}`;
    } else report.terms = `${report.terms ?? ''}; pre-fills ${model.prefillsModel.id} ${model.prefillsModel.version}, not among the files checked`;
  }
}

let failed = 0;
for (const report of reports) {
  const { file } = report;
  if (report.problems.length === 0) {
    console.log(`ok   ${file}  (${report.summary})`);
    if (report.terms) console.log(`     terms: ${report.terms.replace(/^; /, '')}`);
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
