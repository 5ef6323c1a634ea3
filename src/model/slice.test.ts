import { describe, expect, it } from 'vitest';
import { indexSharedProfiles, indexShippedModels } from '../../scripts/lib/models-index.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { answerLookup, scoreAssessment } from '../scoring/score.ts';
import { bytesSha256, checkedCopyName, trustCheckedCopy } from './checked-copy.ts';
import { parseProfileFile } from './profile-file.ts';
import type { MaturityModel } from './schema.ts';
import { sliceModel } from './slice.ts';
import { smallModel } from './small-model.fixture.ts';
import { localize } from './text.ts';
import { mapTexts, modelTexts, parseModel } from './validate.ts';
import { questionsOf } from './walk.ts';
import { readFileSync } from 'node:fs';

const encode = (text: string) => new TextEncoder().encode(text);
/** The model with every text blanked: what is left is its structure (ids, levels, weights, rules). */
const structureOf = (model: MaturityModel) => mapTexts(model, () => '');

function small(): MaturityModel {
  const checked = parseModel(smallModel());
  if (!checked.ok) throw new Error('the fixture is not a valid model');
  return checked.model;
}

describe('a model’s language slice', () => {
  it('keeps, of each text, the one a reader of the language is shown, with the language it is in', () => {
    const model = small();
    expect(model.title).toEqual({ en: 'Small model', fr: 'Petit modèle' });
    expect(sliceModel(model, 'fr').title).toEqual({ fr: 'Petit modèle' });
    // No Arabic text: the default language's, as a reader of Arabic is shown it.
    expect(sliceModel(model, 'ar').title).toEqual({ en: 'Small model' });
    // A plain string stays as it is.
    expect(sliceModel(model, 'fr').description).toBe('A model for tests.');
  });

  it('is, for every shipped model and every language, the same structure as the whole model and as the slice of any other language', async () => {
    for (const entry of await indexShippedModels()) {
      const whole = JSON.parse(entry.checkedCopy.text) as MaturityModel;
      const structure = structureOf(whole);
      for (const { tag } of LANGUAGES) {
        const slice = JSON.parse(entry.slices[tag]!.text) as MaturityModel;
        expect(structureOf(slice), `${entry.file} ${tag}`).toEqual(structure);
      }
      expect(structureOf(JSON.parse(entry.slices.en!.text))).toEqual(structureOf(JSON.parse(entry.slices.zh!.text)));
    }
  });

  it('shows every text as the whole model shows it in that language, and scores answers the same', async () => {
    const [entry] = (await indexShippedModels()).filter((e) => e.file === 'ict-governance.json');
    const whole = JSON.parse(entry!.checkedCopy.text) as MaturityModel;
    const answers = questionsOf(whole).map(({ question }, i) => ({ questionId: question.id, value: (i % 5) as 0 | 1 | 2 | 3 | 4 }));
    const report = scoreAssessment(whole, answerLookup(whole, answers));
    const wholeTexts = modelTexts(whole);
    for (const { tag } of LANGUAGES) {
      const slice = JSON.parse(entry!.slices[tag]!.text) as MaturityModel;
      const sliceTexts = modelTexts(slice);
      expect(sliceTexts.map((t) => t.path)).toEqual(wholeTexts.map((t) => t.path));
      sliceTexts.forEach((text, i) => {
        expect(localize(text.text, tag, slice.defaultLanguage), `${tag} ${text.path}`).toBe(localize(wholeTexts[i]!.text, tag, whole.defaultLanguage));
      });
      expect(scoreAssessment(slice, answerLookup(slice, answers))).toEqual(report);
    }
    // What it is for: a fraction of the bytes to fetch and parse.
    expect(entry!.slices.en!.text.length).toBeLessThan(entry!.checkedCopy.text.length / 4);
  });

  it('is pinned by the SHA-256 of its bytes like the checked copy: a tampered slice is not trusted', async () => {
    const [entry] = await indexShippedModels();
    const slice = entry!.slices.fr!;
    expect(slice.sha256).toBe(await bytesSha256(encode(slice.text)));
    expect(await trustCheckedCopy(encode(slice.text), slice.sha256)).toEqual(JSON.parse(slice.text));
    const tampered = encode(slice.text.replace(/"fr":"[^"]+"/, '"fr":"Une question que personne n’a écrite"'));
    expect(tampered).not.toEqual(encode(slice.text));
    expect(await trustCheckedCopy(tampered, slice.sha256)).toBeUndefined();
  });

  it('is named after its model file, its language and its own SHA-256', () => {
    expect(checkedCopyName('ict-governance-1.1.0.json', 'ab'.repeat(32), 'fr')).toBe('ict-governance-1.1.0.fr.checked-abababababab.json');
  });
});

describe('a shared profile’s checked copy', () => {
  it('is the profile that validating its file gives', async () => {
    const profiles = await indexSharedProfiles();
    expect(profiles.map((p) => p.name)).toContain('un-system-profile');
    for (const profile of profiles) {
      const checked = parseProfileFile(JSON.parse(readFileSync(`assessments/profiles/${profile.file}`, 'utf8')));
      if (!checked.ok) throw new Error(profile.file);
      expect(await trustCheckedCopy(encode(profile.checkedCopy.text), profile.checkedCopy.sha256)).toEqual(checked.profile);
    }
  });
});
