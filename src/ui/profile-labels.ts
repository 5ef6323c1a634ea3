import { SOURCING_ITEMS, SOURCING_MIX_ITEM, type ProfileItemType } from '../compare/profile-values.ts';
import { formatNumber, t } from '../i18n/index.ts';
import type { LocalText, MaturityModel, Profile } from '../model/schema.ts';
import { modelText } from './model-text.ts';

/** What the labels need of a model's governance profile (the model format's optional `profile` section). */
interface ProfileSection {
  items: { id: string; type: ProfileItemType; label: LocalText; options?: { id: string; label: LocalText }[] }[];
}

export interface ProfileLabels {
  /** An item's label in the reader's language; its id when the model does not have it. */
  item: (id: string) => string;
  /** An option's label, a band of numbers in words ("500–1,999", "under 10"); the value as given (free text) otherwise. */
  value: (itemId: string, value: string) => string;
  /** Item types, for banding numbers. */
  types: Record<string, ProfileItemType>;
}

/**
 * A band of numbers (see `groupKeys` in src/compare/profile-values.ts) in
 * the reader's words and digits: "under-500", "500-1999", "10000-plus",
 * "under-10m" (millions), a percentage band, a decade "2010s", an amount's
 * band with its currency "USD:10m-50m". Null when `value` is not a band.
 */
export function bandText(value: string, type?: ProfileItemType): string | null {
  const amount = /^([A-Z]{3}):(.+)$/.exec(value);
  if (amount) {
    const range = bandText(amount[2]!, 'amount');
    return range === null ? null : t('compare.band.amount', { range, currency: amount[1]! });
  }
  const decade = /^(\d{4})s$/.exec(value);
  if (decade) return t('compare.band.decade', { decade: decade[1]! });
  const number = (text: string) => {
    const [, digits, millions] = /^(\d+)(m?)$/.exec(text)!;
    const n = Number(digits) * (millions ? 1e6 : 1);
    if (type === 'percentage') return formatNumber(n / 100, { style: 'percent' });
    return millions ? formatNumber(n, { notation: 'compact' }) : formatNumber(n);
  };
  const under = /^under-(\d+m?)$/.exec(value);
  if (under) return t('compare.band.under', { n: number(under[1]!) });
  const plus = /^(\d+m?)-plus$/.exec(value);
  if (plus) return t('compare.band.plus', { n: number(plus[1]!) });
  const range = /^(\d+m?)-(\d+m?)$/.exec(value);
  if (range) return t('compare.band.range', { from: number(range[1]!), to: number(range[2]!) });
  if (/^\d+$/.test(value)) return number(value);
  return null;
}

/**
 * Labels of profile items and their options from the profile the model's
 * assessments are asked (`profile`: the shared one for the default models,
 * see `./profiles.ts`), else the model's own profile section, where it has one.
 */
export function profileLabels(model: MaturityModel, profile?: Profile): ProfileLabels {
  const text = modelText(model);
  const sections: ProfileSection[] = (profile ?? (model as { profile?: { sections?: ProfileSection[] } }).profile)?.sections ?? [];
  const items = new Map(sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  const item = (id: string) => {
    if (id === SOURCING_MIX_ITEM && !items.has(id)) return t('compare.sourcingMix');
    const found = items.get(id);
    return found ? text(found.label) : id;
  };
  return {
    item,
    value: (itemId, value) => {
      const found = items.get(itemId);
      const option = found?.options?.find((o) => o.id === value);
      if (option) return text(option.label);
      // The derived sourcing mix names the source with the largest share: that share's item.
      if (itemId === SOURCING_MIX_ITEM && !found) {
        const share = SOURCING_ITEMS.find((id) => id === `sourcing-${value}`);
        if (share && items.has(share)) return item(share);
      }
      if (found && (found.type === 'choice' || found.type === 'choices' || found.type === 'text')) return value;
      return bandText(value, found?.type) ?? value;
    },
    types: Object.fromEntries([...items.values()].map((item) => [item.id, item.type])),
  };
}
