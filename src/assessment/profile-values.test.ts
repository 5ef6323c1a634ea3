import { describe, expect, it } from 'vitest';
import { smallProfile } from '../model/profile.fixture.ts';
import { profileItems } from '../model/profiles.ts';
import { localize } from '../model/text.ts';
import { checkProfileValue, givenProfileValues, numberBounds, profileValueText } from './profile-values.ts';

const item = (id: string) => profileItems(smallProfile()).find((i) => i.id === id)!;

describe('checkProfileValue', () => {
  it('accepts a value of the item’s type within its bounds', () => {
    expect(checkProfileValue(item('organization-kind'), 'fund-programme')).toBeNull();
    expect(checkProfileValue(item('operating-regions'), ['africa', 'europe'])).toBeNull();
    expect(checkProfileValue(item('operating-regions'), [])).toBeNull();
    expect(checkProfileValue(item('staff'), 0)).toBeNull();
    expect(checkProfileValue(item('figures-year'), 2025)).toBeNull();
    expect(checkProfileValue(item('ict-spending'), { amount: 1.5e7, currency: 'EUR' })).toBeNull();
    expect(checkProfileValue(item('ict-share-of-expenditure'), 4.25)).toBeNull();
    expect(checkProfileValue(item('cio-title'), 'CITO')).toBeNull();
  });

  it('names what is wrong as a code', () => {
    expect(checkProfileValue(item('organization-kind'), 'bank')).toEqual({ code: 'profile.value.unknown-option', params: { option: 'bank' } });
    expect(checkProfileValue(item('operating-regions'), ['africa', 'mars'])?.params).toEqual({ option: 'mars' });
    expect(checkProfileValue(item('staff'), -1)).toEqual({ code: 'profile.value.below-min', params: { min: 0 } });
    expect(checkProfileValue(item('staff'), 2.5)?.code).toBe('profile.value.not-whole');
    expect(checkProfileValue(item('figures-year'), 2200)).toEqual({ code: 'profile.value.above-max', params: { max: 2100 } });
    expect(checkProfileValue(item('staff'), Number.NaN)?.code).toBe('profile.value.not-a-number');
    expect(checkProfileValue(item('ict-spending'), { amount: 5, currency: 'usd' })?.code).toBe('profile.value.currency');
    expect(checkProfileValue(item('ict-spending'), { amount: -5, currency: 'USD' })?.code).toBe('profile.value.below-min');
    expect(checkProfileValue(item('staff'), '12')?.code).toBe('profile.value.wrong-type');
    expect(checkProfileValue(item('organization-kind'), ['fund-programme'])?.code).toBe('profile.value.wrong-type');
  });

  it('holds a percentage to 0–100 even when the item gives no bounds', () => {
    const bare = { id: 'share', type: 'percentage' as const, label: 'Share' };
    expect(numberBounds(bare)).toEqual({ min: 0, max: 100, whole: false });
    expect(checkProfileValue(bare, 100.5)?.code).toBe('profile.value.above-max');
    expect(numberBounds({ id: 'n', type: 'integer', label: 'N' })).toEqual({ min: undefined, max: undefined, whole: true });
  });
});

describe('profile values as text', () => {
  const label = (option: { label: Parameters<typeof localize>[0] }) => localize(option.label, 'fr', 'en');
  it('words choices by their labels in the reader’s language, keeping unknown ids and free text as given', () => {
    expect(profileValueText(item('organization-kind'), 'fund-programme', label)).toBe('Fonds ou programme');
    expect(profileValueText(item('organization-kind'), 'Geneva-based agency', label)).toBe('Geneva-based agency');
    expect(profileValueText(item('operating-regions'), ['africa', 'europe'], label)).toBe('Africa; Europe');
    expect(profileValueText(item('ict-spending'), { amount: 41500000, currency: 'USD' }, label)).toBe('41500000 USD');
    expect(profileValueText(item('staff'), 7200, label)).toBe('7200');
    expect(profileValueText(item('staff'), undefined, label)).toBe('');
  });

  it('lists the given values in profile order, leaving out items the profile does not have', () => {
    const given = givenProfileValues(smallProfile(), { 'cio-title': 'CIO', staff: 5, unknown: 'x', 'organization-kind': 'free text' });
    expect(given.map(([i, v]) => [i.id, v])).toEqual([
      ['organization-kind', 'free text'],
      ['staff', 5],
      ['cio-title', 'CIO'],
    ]);
    expect(givenProfileValues(undefined, { staff: 5 })).toEqual([]);
  });
});
