/**
 * Governance profile values against their items: whether a value fits its
 * item (as a problem code the UI words), and the value as plain text for
 * CSV files and the printed report. Pure: no DOM, no storage.
 */
import type { ProfileItem, Profile } from '../model/schema.ts';
import type { ProfileValue } from './schema.ts';

export type ProfileValueProblem =
  | { code: 'profile.value.not-a-number'; params: Record<string, never> }
  | { code: 'profile.value.not-whole'; params: Record<string, never> }
  | { code: 'profile.value.below-min'; params: { min: number } }
  | { code: 'profile.value.above-max'; params: { max: number } }
  | { code: 'profile.value.unknown-option'; params: { option: string } }
  | { code: 'profile.value.wrong-type'; params: { type: string } }
  | { code: 'profile.value.currency'; params: Record<string, never> };

/** Where a number may go for an item: its own min/max, else 0–100 for a percentage; whole numbers for integers and years. */
export function numberBounds(item: ProfileItem): { min?: number; max?: number; whole: boolean } {
  const percentage = item.type === 'percentage';
  return {
    min: item.min ?? (percentage ? 0 : undefined),
    max: item.max ?? (percentage ? 100 : undefined),
    whole: item.type === 'integer' || item.type === 'year',
  };
}

function checkNumber(item: ProfileItem, value: number): ProfileValueProblem | null {
  if (!Number.isFinite(value)) return { code: 'profile.value.not-a-number', params: {} };
  const { min, max, whole } = numberBounds(item);
  if (whole && !Number.isInteger(value)) return { code: 'profile.value.not-whole', params: {} };
  if (min !== undefined && value < min) return { code: 'profile.value.below-min', params: { min } };
  if (max !== undefined && value > max) return { code: 'profile.value.above-max', params: { max } };
  return null;
}

/** Whether `value` is one its item accepts: the right shape for its type, a known option, a number in bounds. */
export function checkProfileValue(item: ProfileItem, value: ProfileValue): ProfileValueProblem | null {
  const wrong = { code: 'profile.value.wrong-type', params: { type: item.type } } as const;
  const known = new Set((item.options ?? []).map((option) => option.id));
  switch (item.type) {
    case 'choice':
      if (typeof value !== 'string') return wrong;
      return known.has(value) ? null : { code: 'profile.value.unknown-option', params: { option: value } };
    case 'choices': {
      if (!Array.isArray(value)) return wrong;
      const unknown = value.find((id) => !known.has(id));
      return unknown === undefined ? null : { code: 'profile.value.unknown-option', params: { option: unknown } };
    }
    case 'integer':
    case 'year':
    case 'percentage':
      return typeof value === 'number' ? checkNumber(item, value) : wrong;
    case 'amount':
      if (typeof value !== 'object' || Array.isArray(value)) return wrong;
      if (!/^[A-Z]{3}$/.test(value.currency)) return { code: 'profile.value.currency', params: {} };
      return checkNumber(item, value.amount);
    case 'text':
      return typeof value === 'string' ? null : wrong;
  }
}

/**
 * A value as plain text, for files and print: a choice by its option's label
 * (`label` localises it; its id when the option is unknown), several joined
 * by "; ", an amount as "41500000 USD", a number as it is.
 */
export function profileValueText(item: ProfileItem, value: ProfileValue | undefined, label: (option: { id: string; label: ProfileItem['label'] }) => string): string {
  if (value === undefined) return '';
  const optionLabel = (id: string) => {
    const option = item.options?.find((o) => o.id === id);
    return option ? label(option) : id;
  };
  if (Array.isArray(value)) return value.map(optionLabel).join('; ');
  if (typeof value === 'object') return `${value.amount} ${value.currency}`;
  if (typeof value === 'number') return String(value);
  return item.type === 'choice' ? optionLabel(value) : value;
}

/**
 * The values given for the profile's items, in profile order; values for
 * items the profile does not have are left out. A value that does not fit
 * its item (free text from an older file where a choice is now asked) is
 * kept as given: it is a fact someone stated.
 */
export function givenProfileValues(profile: Profile | undefined, values: Readonly<Record<string, ProfileValue>> | undefined): [ProfileItem, ProfileValue][] {
  if (!profile || !values) return [];
  return profile.sections.flatMap((section) =>
    section.items.flatMap((item): [ProfileItem, ProfileValue][] => {
      const value = Object.hasOwn(values, item.id) ? values[item.id] : undefined;
      return value === undefined ? [] : [[item, value]];
    }),
  );
}
