/**
 * `npm run sample-results -- --count N --out DIR [--seed S]`: writes N
 * plausible, valid result files of the default model, the same files for
 * the same seed, for demos, tests and benchmarks. Organizations are made
 * up; each has a maturity of its own, improving a little period by period,
 * and a governance profile (`organization.profile`) of the model's profile
 * (its own, or the shared one such as the UN-system profile) drawn from a
 * few archetypes, leaning weakly with its maturity (see
 * `scripts/lib/sample-profile.ts`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Answer, AnswerValue, Assessment } from '../src/assessment/schema.ts';
import { publishedModelHash } from '../src/exchange/model-identity.ts';
import { createResultFile } from '../src/exchange/result-file.ts';
import { highestLevel, lowestLevel } from '../src/model/schema.ts';
import { parseModel } from '../src/model/validate.ts';
import { parseProfileFile } from '../src/model/profile-file.ts';
import { sharedProfileName } from '../src/model/profiles.ts';
import type { Profile } from '../src/model/schema.ts';
import { archetypeOf, sampleProfile } from './lib/sample-profile.ts';
import { seededRandom } from '../src/scoring/calibration.ts';
import { answerLookup, scoreAssessment } from '../src/scoring/score.ts';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '20' },
    out: { type: 'string', default: 'sample-results' },
    seed: { type: 'string', default: '1' },
    model: { type: 'string', default: 'assessments/ict-governance.json' },
    /** Embed the model, as a custom model's files do (a shipped model's files refer to it). */
    embed: { type: 'boolean', default: false },
    /** Each organization's result split into this many units ("Office 1", …), each a file of its own; 0: one result per organization. */
    units: { type: 'string', default: '0' },
  },
});

const NAMES = ['Health', 'Food', 'Labour', 'Maritime', 'Aviation', 'Telecommunication', 'Meteorological', 'Education', 'Refugee', 'Development', 'Environment', 'Trade', 'Postal', 'Tourism', 'Statistics', 'Migration', 'Water', 'Energy', 'Housing', 'Children'];
const PERIODS = ['2024', '2025', '2026'];

const count = Number(values.count);
const published: unknown = JSON.parse(readFileSync(values.model!, 'utf8'));
const checked = parseModel(published);
if (!checked.ok || !Number.isInteger(count) || count < 1) {
  console.error(checked.ok ? '--count must be a whole number above 0' : `${values.model}: not a valid model`);
  process.exit(1);
}
const model = checked.model;
const lowest = lowestLevel(model);
const highest = highestLevel(model);
// The profile its assessments are asked: the model's own, else the shared one named for it.
function profileFor(): Profile | undefined {
  if (model.profile) return model.profile;
  const name = sharedProfileName(model.id);
  const path = name === undefined ? undefined : `assessments/profiles/${name}.json`;
  if (path === undefined || !existsSync(path)) return undefined;
  const checked = parseProfileFile(JSON.parse(readFileSync(path, 'utf8')), model.defaultLanguage);
  if (!checked.ok) {
    console.error(`${path}: not a valid profile file`);
    process.exit(1);
  }
  return checked.profile;
}
const profile = profileFor();
const modelIdentity = { sha256: await publishedModelHash(published), ...(values.embed ? { published } : {}) };
const next = seededRandom(Number(values.seed));
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
mkdirSync(values.out!, { recursive: true });

const organizations = Math.max(1, Math.ceil(count / PERIODS.length));
const unitCount = Number(values.units);
const units: (number | null)[] = unitCount > 0 ? Array.from({ length: unitCount }, (_, u) => u + 1) : [null];
let written = 0;
for (let i = 0; i < count; i += 1) for (const unit of units) {
  const org = i % organizations;
  const period = PERIODS[Math.floor(i / organizations) % PERIODS.length]!;
  const orgRandom = seededRandom(Number(values.seed) * 7919 + org);
  // The organization's overall maturity; a unit's own, around it.
  const orgMaturity = orgRandom();
  const base = 0.8 + orgMaturity * 3 + (unit === null ? 0 : (next() - 0.5) * 2);
  const name = `${NAMES[org % NAMES.length]} Organization${org >= NAMES.length ? ` ${Math.floor(org / NAMES.length) + 1}` : ''}`;
  // The same organization gives the same profile every period (its own random source), the figures of the year before.
  const archetype = archetypeOf(org + Number(values.seed));
  const details = profile ? { profile: sampleProfile(profile, { archetype, maturity: orgMaturity, year: Number(period) }, orgRandom) } : {};
  const growth = PERIODS.indexOf(period) * 0.3;
  const id = `sample-${values.seed}-${org}-${period}${unit === null ? '' : `-unit-${unit}`}`;
  const created = `${period}-06-01T00:00:00.000Z`;
  const answers: Answer[] = [];
  for (const domain of model.domains) {
    const domainBias = next() * 1.4 - 0.7;
    for (const element of domain.elements) {
      for (const question of element.questions) {
        let value: AnswerValue;
        if (question.allowNotApplicable && next() < 0.1) value = 'na';
        else value = Math.max(lowest, Math.min(highest, Math.round(base + growth + domainBias + (next() - 0.5) * 1.6)));
        answers.push({
          assessmentId: id,
          questionId: question.id,
          value,
          // "Not applicable" always comes with its reason.
          comment:
            value === 'na'
              ? pick(['Served by another organization\'s system.', 'Outside our mandate.'])
              : next() < 0.15
                ? pick(['Evidence in the annual ICT report.', 'To be confirmed with the governance committee.', 'Partly in place in field offices.'])
                : '',
          answeredAt: created,
        });
      }
    }
  }
  const assessment: Assessment = {
    id,
    model: { id: model.id, version: model.version },
    organization: { name, unit: unit === null ? '' : `Office ${unit}` },
    period,
    status: 'final',
    createdAt: created,
    updatedAt: created,
    targets: {},
    actions: {},
  };
  const report = scoreAssessment(model, answerLookup(model, answers));
  // The export time is the assessment's own date, so a seed always gives the same bytes.
  const file = await createResultFile({ assessment, model, modelIdentity, answers, report, appVersion: 'sample', organizationDetails: details, exportedAt: created });
  const fileName = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}${unit === null ? '' : `-office-${unit}`}-${model.id}-${period}.json`;
  writeFileSync(join(values.out!, fileName), `${JSON.stringify(file)}\n`);
  written += 1;
}
console.log(`wrote ${written} result files to ${values.out}`);
