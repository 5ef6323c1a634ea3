/**
 * Codes in place of organization names, for sharing a comparison.
 *
 * The choice: an organization's code is "ORG-" and the first six hex digits
 * of SHA-256 over a salt and its `organizationKey` (name and unit, with
 * case and spacing set aside). So:
 * - the same organization gets the same code whatever the order of import,
 *   and keeps it when others are added or removed (a numbering such as
 *   "ORG-01" would shift);
 * - the code says nothing of the name's alphabetical place;
 * - with a salt kept private (the comparison set's id, or a random one the
 *   CLI draws for each run), nobody can hash a list of candidate names to
 *   find who is who; an empty salt is refused.
 * Should two organizations share six digits, both get as many more as
 * tells them apart.
 *
 * Anonymised rows carry the code and the period, model and scores only:
 * no name, no unit, no region or type (a rare region–type pair would single
 * an organization out; the group statistics give that view under the
 * minimum group size rule) and no assessment id.
 */
import { sha256Hex } from '../exchange/canonical.ts';
import { compareNames, comparePeriods, organizationKey, type ComparedResult, type Matrix, type MatrixRow, type MatrixRowBase } from './matrix.ts';

export const CODE_PREFIX = 'ORG-';
const CODE_DIGITS = 6;

/** Organization key → code, for every organization among `results`. */
export type AnonymousCodes = ReadonlyMap<string, string>;

/**
 * A fresh salt of 128 random bits, for a comparison shared once: codes made
 * with it cannot be recomputed from a list of likely names, nor matched
 * with the codes of another run.
 */
export function randomSalt(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The codes of every organization among `results`; `salt` must not be empty (an unsalted code is a name anyone can hash). */
export async function anonymousCodes(results: readonly Pick<ComparedResult, 'organization'>[], salt: string): Promise<AnonymousCodes> {
  if (salt === '') throw new RangeError('anonymous codes need a salt: without one, anyone can hash a list of names and find who is who');
  const keys = [...new Set(results.map((r) => organizationKey(r.organization)))].sort();
  const hashes = new Map<string, string>();
  for (const key of keys) hashes.set(key, (await sha256Hex(JSON.stringify([salt, key]))).toUpperCase());

  const codes = new Map<string, string>();
  const assign = (group: readonly string[], digits: number) => {
    const byPrefix = new Map<string, string[]>();
    for (const key of group) {
      const prefix = hashes.get(key)!.slice(0, digits);
      byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), key]);
    }
    for (const [prefix, keysHere] of byPrefix) {
      if (keysHere.length === 1) codes.set(keysHere[0]!, `${CODE_PREFIX}${prefix}`);
      else assign(keysHere, digits + 2);
    }
  };
  assign(keys, CODE_DIGITS);
  return codes;
}

/** A matrix row once anonymised: nothing in it names the organization. */
export interface AnonymisedRow extends MatrixRowBase {
  code: string;
}

/**
 * The matrix with codes for names, rows in code then period order (an
 * order that reveals nothing about names). Every organization of the
 * matrix must have a code.
 */
export function anonymiseMatrix(matrix: Matrix<MatrixRow>, codes: AnonymousCodes): Matrix<AnonymisedRow> {
  const rows = matrix.rows
    .map((row): AnonymisedRow & { order: string } => {
      const code = codes.get(row.organizationKey);
      if (code === undefined) throw new RangeError('an organization of the matrix has no code: make the codes from the same results');
      return {
        code,
        label: code,
        period: row.period,
        modelId: row.modelId,
        modelVersion: row.modelVersion,
        total: { ...row.total },
        cells: Object.fromEntries(Object.entries(row.cells).map(([id, cell]) => [id, { ...cell }])),
        // Where the review stands says nothing of who the organization is; who approved it would.
        ...(row.reviewState ? { reviewState: row.reviewState } : {}),
        // Ties (one organization, two results of one period) keep a stable order without showing the id.
        order: `${row.updatedAt}\u0000${row.assessmentId}`,
      };
    })
    .sort((a, b) => compareNames(a.code, b.code) || comparePeriods(a.period, b.period) || (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map(({ order: _order, ...row }) => row);
  return { scope: matrix.scope, anonymised: true, columns: [...matrix.columns], rows };
}
