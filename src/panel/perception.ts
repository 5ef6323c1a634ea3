/**
 * Perception gaps: how each role sees each key element. A respondent's
 * level for an element is the weighted mean of their levels for its
 * questions; a role's is the median of its respondents'. A gap is two roles
 * whose medians differ by one level or more ("ICT sees 3 where business
 * sees 1"), largest first.
 */
import type { MaturityModel } from '../model/schema.ts';
import type { PanelRole } from '../assessment/schema.ts';
import type { StoredContribution } from './contribution-file.ts';

export interface RoleView {
  role: PanelRole;
  /** The median of this role's respondents' levels for the element. */
  median: number;
  respondents: number;
}

export interface ElementPerception {
  domainId: string;
  elementId: string;
  /** Roles with at least one respondent who gave a level in the element, in the order of PANEL_ROLES. */
  roles: RoleView[];
}

export interface PerceptionGap {
  domainId: string;
  elementId: string;
  high: RoleView;
  low: RoleView;
  /** `high.median - low.median`, at least GAP_MINIMUM. */
  gap: number;
}

export interface Perception {
  elements: ElementPerception[];
  gaps: PerceptionGap[];
}

export const GAP_MINIMUM = 1;
const ROLE_ORDER: readonly PanelRole[] = ['ict', 'business', 'finance', 'oversight', 'field', 'other'];

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Rounded to 1e-9, so that a mean computed in another order compares equal. */
const tidy = (n: number) => Math.round(n * 1e9) / 1e9;

export function perceptionGaps(model: MaturityModel, contributions: readonly StoredContribution[]): Perception {
  const levelsOf = contributions.map((c) => ({
    role: c.respondent.role,
    levels: new Map(c.file.answers.flatMap((a) => (typeof a.value === 'number' ? [[a.questionId, a.value] as const] : []))),
  }));
  const elements: ElementPerception[] = [];
  const gaps: PerceptionGap[] = [];
  for (const domain of model.domains) {
    for (const element of domain.elements) {
      const byRole = new Map<PanelRole, number[]>();
      for (const { role, levels } of levelsOf) {
        let sum = 0;
        let weight = 0;
        for (const question of element.questions) {
          const level = levels.get(question.id);
          if (level !== undefined && question.weight > 0) {
            sum += level * question.weight;
            weight += question.weight;
          }
        }
        if (weight > 0) byRole.set(role, [...(byRole.get(role) ?? []), tidy(sum / weight)]);
      }
      const roles = ROLE_ORDER.flatMap((role) => {
        const values = byRole.get(role);
        return values ? [{ role, median: tidy(median(values)), respondents: values.length }] : [];
      });
      elements.push({ domainId: domain.id, elementId: element.id, roles });
      for (let i = 0; i < roles.length; i += 1) {
        for (let j = i + 1; j < roles.length; j += 1) {
          const [a, b] = [roles[i]!, roles[j]!];
          const gap = tidy(Math.abs(a.median - b.median));
          if (gap >= GAP_MINIMUM) gaps.push({ domainId: domain.id, elementId: element.id, high: a.median >= b.median ? a : b, low: a.median >= b.median ? b : a, gap });
        }
      }
    }
  }
  // Largest first; ties in the model's order (stable sort).
  gaps.sort((x, y) => y.gap - x.gap);
  return { elements, gaps };
}
