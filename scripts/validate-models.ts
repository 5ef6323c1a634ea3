/**
 * `npm run validate-models [file …]`: checks every assessments/*.json (or
 * the files named). For each bad file it prints the file, the JSON path and
 * what is wrong, and the command exits with status 1.
 */
import { checkModelFile, modelFiles } from './lib/check-model-files.ts';

const files = process.argv.length > 2 ? process.argv.slice(2) : modelFiles('assessments');
if (files.length === 0) {
  console.error('validate-models: no model files found in assessments/');
  process.exit(1);
}
let failed = 0;
for (const file of files) {
  const report = checkModelFile(file);
  if (report.problems.length === 0) {
    console.log(`ok   ${file}  (${report.summary})`);
    continue;
  }
  failed += 1;
  console.error(`FAIL ${file}`);
  for (const problem of report.problems) console.error(`  ${file}: ${problem.path}: ${problem.message}`);
}
console.log(`${files.length - failed} of ${files.length} model files valid`);
process.exit(failed > 0 ? 1 : 0);
