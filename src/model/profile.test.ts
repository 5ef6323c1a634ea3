import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { smallProfile } from './profile.fixture.ts';
import { profileItems, profileOf, sharedProfileName } from './profiles.ts';
import { smallModel } from './small-model.fixture.ts';
import { parseModel } from './validate.ts';
import { parseProfileFile } from './profile-file.ts';

function modelWithProfile(change: (profile: ReturnType<typeof smallProfile>) => void = () => undefined) {
  const profile = smallProfile();
  change(profile);
  return { ...smallModel(), profile };
}

function problemsOf(json: unknown) {
  const checked = parseModel(json);
  if (checked.ok) throw new Error('expected the model to be rejected');
  return checked.problems;
}

describe('the profile section of a model', () => {
  it('is optional, and kept when given', () => {
    const without = parseModel(smallModel());
    expect(without.ok && without.model.profile).toBe(undefined);
    const withProfile = parseModel(modelWithProfile());
    expect(withProfile.ok ? profileItems(withProfile.model.profile).map((item) => item.type) : []).toEqual([
      'choice',
      'choices',
      'integer',
      'year',
      'amount',
      'percentage',
      'text',
    ]);
  });

  it('refuses an unknown item type and an unknown field', () => {
    const problems = problemsOf(
      modelWithProfile((p) => {
        (p.sections[0]!.items[2] as { type: string }).type = 'number';
        (p.sections[1]!.items[0] as Record<string, unknown>).unit = 'years';
      }),
    );
    expect(problems.map((p) => p.path).sort()).toEqual(['$.profile.sections[0].items[2].type', '$.profile.sections[1].items[0]']);
  });

  it('refuses an item id used twice, even in another section, as a code with its first use', () => {
    const problems = problemsOf(modelWithProfile((p) => (p.sections[1]!.items[3]!.id = 'staff')));
    expect(problems).toEqual([
      expect.objectContaining({
        path: '$.profile.sections[1].items[3].id',
        code: 'profile.duplicate-id',
        params: { id: 'staff', first: '$.profile.sections[0].items[2].id' },
      }),
    ]);
  });

  it('requires options for choice types, refuses them elsewhere, and refuses an option id twice', () => {
    const problems = problemsOf(
      modelWithProfile((p) => {
        delete p.sections[0]!.items[0]!.options;
        p.sections[0]!.items[1]!.options![1]!.id = 'africa';
        p.sections[0]!.items[2]!.options = [{ id: 'x', label: 'X' }];
      }),
    );
    expect(problems.map((p) => [p.path, p.code])).toEqual([
      ['$.profile.sections[0].items[0].options', 'profile.options-required'],
      ['$.profile.sections[0].items[1].options[1].id', 'profile.duplicate-option'],
      ['$.profile.sections[0].items[2].options', 'profile.options-unused'],
    ]);
    expect(problemsOf(modelWithProfile((p) => (p.sections[0]!.items[1]!.options = []))).map((p) => p.code)).toEqual(['profile.options-required']);
  });

  it('requires min ≤ max', () => {
    const problems = problemsOf(modelWithProfile((p) => Object.assign(p.sections[1]!.items[2]!, { min: 50, max: 10 })));
    expect(problems).toEqual([expect.objectContaining({ path: '$.profile.sections[1].items[2].min', code: 'profile.min-above-max', params: { min: 50, max: 10 } })]);
    expect(parseModel(modelWithProfile((p) => Object.assign(p.sections[1]!.items[2]!, { min: 10, max: 10 }))).ok).toBe(true);
  });

  it('requires every text in the model’s default language, options and help included', () => {
    const problems = problemsOf(
      modelWithProfile((p) => {
        p.sections[0]!.items[0]!.options![0]!.label = { fr: 'Fonds ou programme' };
        p.sections[0]!.items[0]!.help = { fr: 'Aide' };
      }),
    );
    expect(problems.map((p) => [p.path, p.code]).sort()).toEqual([
      ['$.profile.sections[0].items[0].help', 'profile.default-language-missing'],
      ['$.profile.sections[0].items[0].options[0].label', 'profile.default-language-missing'],
    ]);
  });
});

describe('the shared UN system profile', () => {
  const file = JSON.parse(readFileSync('assessments/profiles/un-system-profile.json', 'utf8')) as unknown;
  const checked = parseProfileFile(file);

  it('is a valid profile file', () => {
    expect(checked.ok ? [] : checked.problems).toEqual([]);
  });

  it('has the well-known items with the agreed types', () => {
    if (!checked.ok) throw new Error('invalid');
    const types = Object.fromEntries(profileItems(checked.profile).map((item) => [item.id, item.type]));
    expect(types).toMatchObject({
      'organization-kind': 'choice',
      'hq-region': 'choice',
      'operating-regions': 'choices',
      staff: 'integer',
      'field-offices': 'integer',
      'decision-rights': 'choice',
      'cio-reporting-line': 'choice',
      'ict-spending': 'amount',
      'ict-share-of-expenditure': 'percentage',
      'sourcing-in-house': 'percentage',
      'sourcing-unicc': 'percentage',
      'sourcing-un-shared': 'percentage',
      'sourcing-commercial': 'percentage',
    });
    const decisionRights = profileItems(checked.profile).find((item) => item.id === 'decision-rights')!;
    expect(decisionRights.options!.map((o) => o.id)).toEqual(['centralized', 'federated', 'decentralized', 'hybrid']);
  });

  it('gives every text in all six languages, each distinct from English where it is words', () => {
    if (!checked.ok) throw new Error('invalid');
    const texts: Record<string, string>[] = [];
    for (const section of checked.profile.sections) {
      texts.push(section.title as Record<string, string>);
      for (const item of section.items) {
        texts.push(item.label as Record<string, string>);
        if (item.help) texts.push(item.help as Record<string, string>);
        for (const option of item.options ?? []) texts.push(option.label as Record<string, string>);
      }
    }
    for (const text of texts) expect(Object.keys(text).sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
    // Arabic, Chinese and Russian are in their own scripts wherever English is more than a name or grade.
    const wordy = texts.filter((text) => /[a-z]{4}/.test(text.en!) && !/^(SAP|Oracle|Workday|Microsoft Dynamics)$/.test(text.en!));
    for (const text of wordy) {
      expect(text.ar).toMatch(/[\u0600-\u06FF]/);
      expect(text.zh).toMatch(/[\u4E00-\u9FFF]/);
      expect(text.ru).toMatch(/[\u0400-\u04FF]/);
    }
  });

  it('names UNICC as the UN names it', () => {
    const unicc = JSON.stringify(file);
    expect(unicc).toContain('United Nations International Computing Centre');
    expect(unicc).toContain('联合国国际电子计算中心');
  });
});

describe('profileOf', () => {
  const shared = { 'un-system-profile': smallProfile() };
  it('prefers the model’s own profile, then the shared one for the default models, else none', () => {
    const own = { ...smallProfile(), sections: [smallProfile().sections[1]!] };
    expect(profileOf({ id: 'ict-governance', profile: own }, shared)).toBe(own);
    expect(profileOf({ id: 'ict-governance' }, shared)).toBe(shared['un-system-profile']);
    expect(profileOf({ id: 'ict-governance-quick' }, shared)).toBe(shared['un-system-profile']);
    expect(profileOf({ id: 'someone-elses-model' }, shared)).toBeUndefined();
    expect(profileOf({ id: 'ict-governance' }, {})).toBeUndefined();
    expect(sharedProfileName('constructor')).toBeUndefined();
  });
});
