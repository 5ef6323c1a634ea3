import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/index.ts';
import { loadMessagePart } from '../i18n/parts.ts';
import { parseProfileFile } from '../model/profile-file.ts';
import { MaturityModelSchema } from '../model/schema.ts';
import { smallModel } from '../model/small-model.fixture.ts';
import { bandText, profileLabels } from './profile-labels.ts';

const checked = parseProfileFile(JSON.parse(readFileSync('assessments/profiles/un-system-profile.json', 'utf8')));
if (!checked.ok) throw new Error('the UN-system profile does not load');
const model = MaturityModelSchema.parse(smallModel());

describe('profile labels', () => {
  beforeAll(async () => {
    await loadLanguage('en');
    await loadMessagePart('network');
  });

  it('names the items and options of the shared profile given for a model that has none', () => {
    const labels = profileLabels(model, checked.profile);
    expect(labels.item('decision-rights')).not.toBe('decision-rights');
    expect(labels.value('decision-rights', 'federated')).toBe('Federated');
    expect(labels.types['staff']).toBe('integer');
    // Without it, ids as they are.
    expect(profileLabels(model).item('decision-rights')).toBe('decision-rights');
  });

  it('words bands of numbers, the derived sourcing mix, and leaves free text as given', () => {
    const labels = profileLabels(model, checked.profile);
    expect(labels.value('staff', '500-1999')).toBe('500–1,999');
    expect(labels.value('staff', 'under-500')).toBe('under 500');
    expect(labels.value('staff', '10000-plus')).toBe('10,000 or more');
    expect(labels.value('ict-contractor-share', '25-49')).toBe('25%–49%');
    expect(labels.value('ict-spending', 'USD:10m-50m')).toBe('10M–50M USD');
    expect(labels.value('figures-year', '2010s')).toBe('the 2010s');
    expect(labels.item('sourcing-mix')).toBe('Largest source of ICT delivery');
    expect(labels.value('sourcing-mix', 'unicc')).toBe(labels.item('sourcing-unicc'));
    expect(labels.value('hq-region', 'Europe and Central Asia')).toBe('Europe and Central Asia');
    expect(labels.value('hq-region', '2010s')).toBe('2010s');
    expect(bandText('Europe')).toBeNull();
  });

  it('follows the language', async () => {
    await loadLanguage('fr');
    expect(bandText('10000-plus')).toBe(`${new Intl.NumberFormat('fr').format(10000)} ou plus`);
    await loadLanguage('en');
  });
});
