/**
 * `npm run calibration [-- --model assessments/ict-governance.json]`: prints
 * the confusion tables of the rating method (true level × headline level)
 * for 1,000 simulated organizations at 10 % and 20 % noise, as published in
 * the README. The same simulation is asserted by src/scoring/calibration.test.ts.
 */
import { parseArgs } from 'node:util';
import { calibrate } from '../src/scoring/calibration.ts';
import { scaleLevels } from '../src/model/schema.ts';
import { loadModelOrExit } from './lib/check-model-files.ts';

const { values } = parseArgs({ options: { model: { type: 'string', default: 'assessments/ict-governance.json' }, seed: { type: 'string', default: '2026' } } });
const model = loadModelOrExit(values.model);
const levels = scaleLevels(model);

for (const noise of [0.1, 0.2]) {
  const { table, agreement, domainAgreement, elementAgreement } = calibrate(model, { organizations: 1000, trueLevels: [1, 2, 3, 4], noise, seed: Number(values.seed) });
  console.log(`\n${model.id} ${model.version}, 1,000 organizations, ${noise * 100} % of answers one level off: headline = true level for ${(agreement * 100).toFixed(1)} % (domains ${(domainAgreement * 100).toFixed(1)} %, key elements ${(elementAgreement * 100).toFixed(1)} %)\n`);
  console.log(`| true level | ${levels.map((l) => `rated ${l}`).join(' | ')} |`);
  console.log(`| --- | ${levels.map(() => '---').join(' | ')} |`);
  for (const [truth, row] of table) console.log(`| ${truth} | ${levels.map((l) => row.get(l) ?? 0).join(' | ')} |`);
}
