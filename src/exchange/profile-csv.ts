/**
 * Governance profile values as CSV columns, language-neutral so that files
 * from many organizations line up: one column per item, `profile.<item id>`,
 * holding the option id of a choice, the option ids of several choices
 * joined by "; ", a number as a number and text as given; an amount takes
 * two columns, `profile.<item id>` (the number) and
 * `profile.<item id>.currency` (its ISO 4217 code).
 */
import type { ProfileValue } from '../assessment/schema.ts';
import type { Profile } from '../model/schema.ts';
import type { CsvCell } from './csv.ts';

type Values = Readonly<Record<string, ProfileValue>> | undefined;

export interface ProfileColumn {
  header: string;
  cell: (values: Values) => CsvCell;
}

const valueOf = (values: Values, id: string): ProfileValue | undefined => (values && Object.hasOwn(values, id) ? values[id] : undefined);
const isAmount = (value: ProfileValue | undefined): value is { amount: number; currency: string } =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function columnsFor(id: string, amount: boolean): ProfileColumn[] {
  const header = `profile.${id}`;
  const main: ProfileColumn = {
    header,
    cell: (values) => {
      const value = valueOf(values, id);
      if (value === undefined) return null;
      if (isAmount(value)) return value.amount;
      if (Array.isArray(value)) return value.join('; ');
      return value;
    },
  };
  if (!amount) return [main];
  return [main, { header: `${header}.currency`, cell: (values) => { const value = valueOf(values, id); return isAmount(value) ? value.currency : null; } }];
}

/** The columns of every item of a profile, in its order, whether given or not (a result file's CSV). */
export function profileColumnsOf(profile: Profile | undefined): ProfileColumn[] {
  if (!profile) return [];
  return profile.sections.flatMap((section) => section.items.flatMap((item) => columnsFor(item.id, item.type === 'amount')));
}

/**
 * The columns of every item given in any of `valueSets` (many results, whose
 * profiles may differ): the items of `profile` first, in its order, then any
 * others alphabetically; an item takes the amount's two columns when any
 * value of it is an amount.
 */
export function profileColumnsFromValues(valueSets: readonly Values[], profile?: Profile): ProfileColumn[] {
  const given = new Map<string, boolean>();
  for (const values of valueSets) {
    for (const [id, value] of Object.entries(values ?? {})) given.set(id, (given.get(id) ?? false) || isAmount(value));
  }
  const ordered = profile ? profile.sections.flatMap((section) => section.items.map((item) => item.id)).filter((id) => given.has(id)) : [];
  const rest = [...given.keys()].filter((id) => !ordered.includes(id)).sort();
  return [...ordered, ...rest].flatMap((id) => columnsFor(id, given.get(id)!));
}
