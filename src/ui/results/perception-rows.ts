import { PANEL_ROLES, type PanelRole } from '../../assessment/schema.ts';
import type { ElementPerception, Perception, PerceptionGap } from '../../panel/perception.ts';

export interface PerceptionRow {
  element: ElementPerception;
  /** The largest gap between two roles on this element; undefined when no two roles are a level apart. */
  gap: PerceptionGap | undefined;
}

/**
 * The perception table's columns and rows: the roles that gave a level
 * anywhere (in the panel's order of roles), and the elements someone rated,
 * those with a gap first, the largest first, then the others in the model's order.
 */
export function perceptionRows(perception: Perception): { roles: PanelRole[]; rows: PerceptionRow[] } {
  const roles = PANEL_ROLES.filter((role) => perception.elements.some((e) => e.roles.some((r) => r.role === role)));
  const largest = new Map<string, PerceptionGap>();
  for (const gap of perception.gaps) if (!largest.has(gap.elementId)) largest.set(gap.elementId, gap);
  const rated = perception.elements.filter((e) => e.roles.length > 0);
  const withGap = [...largest.values()].flatMap((gap) => rated.filter((e) => e.elementId === gap.elementId).map((element) => ({ element, gap })));
  const without = rated.filter((e) => !largest.has(e.elementId)).map((element) => ({ element, gap: undefined }));
  return { roles, rows: [...withGap, ...without] };
}
