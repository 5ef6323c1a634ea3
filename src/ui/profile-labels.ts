import type { ProfileItemType } from '../compare/profile-values.ts';
import type { LocalText, MaturityModel } from '../model/schema.ts';
import { modelText } from './model-text.ts';

/** What the labels need of a model's governance profile (the model format's optional `profile` section). */
interface ProfileSection {
  items: { id: string; type: ProfileItemType; label: LocalText; options?: { id: string; label: LocalText }[] }[];
}

export interface ProfileLabels {
  /** An item's label in the reader's language; its id when the model does not have it. */
  item: (id: string) => string;
  /** An option's label; the value as given (free text, a band) otherwise. */
  value: (itemId: string, value: string) => string;
  /** Item types, for banding numbers. */
  types: Record<string, ProfileItemType>;
}

/** Labels of profile items and their options from the model, where it has a profile. */
export function profileLabels(model: MaturityModel): ProfileLabels {
  const text = modelText(model);
  const sections = (model as { profile?: { sections?: ProfileSection[] } }).profile?.sections ?? [];
  const items = new Map(sections.flatMap((s) => s.items).map((item) => [item.id, item]));
  return {
    item: (id) => {
      const item = items.get(id);
      return item ? text(item.label) : id;
    },
    value: (itemId, value) => {
      const option = items.get(itemId)?.options?.find((o) => o.id === value);
      return option ? text(option.label) : value;
    },
    types: Object.fromEntries([...items.values()].map((item) => [item.id, item.type])),
  };
}
