import { describe, expect, it } from 'vitest';
import type { Perception, RoleView } from '../../panel/perception.ts';
import { perceptionRows } from './perception-rows.ts';

const view = (role: RoleView['role'], median: number): RoleView => ({ role, median, respondents: 1 });

describe('the perception table', () => {
  it('lists the roles that gave a level, in the panel order, and the elements with a gap first, the largest first', () => {
    const a = [view('business', 1), view('ict', 3)];
    const b = [view('ict', 2), view('finance', 2)];
    const c = [view('ict', 4), view('field', 3), view('business', 1)];
    const perception: Perception = {
      elements: [
        { domainId: 'd', elementId: 'a', roles: a },
        { domainId: 'd', elementId: 'b', roles: b },
        { domainId: 'd', elementId: 'c', roles: c },
        { domainId: 'd', elementId: 'none', roles: [] },
      ],
      gaps: [
        { domainId: 'd', elementId: 'c', high: c[0]!, low: c[2]!, gap: 3 },
        { domainId: 'd', elementId: 'a', high: a[1]!, low: a[0]!, gap: 2 },
        { domainId: 'd', elementId: 'c', high: c[1]!, low: c[2]!, gap: 2 },
        { domainId: 'd', elementId: 'c', high: c[0]!, low: c[1]!, gap: 1 },
      ],
    };
    const { roles, rows } = perceptionRows(perception);
    expect(roles).toEqual(['ict', 'business', 'finance', 'field']);
    expect(rows.map((r) => [r.element.elementId, r.gap?.gap])).toEqual([
      ['c', 3],
      ['a', 2],
      ['b', undefined],
    ]);
  });

  it('is empty when nobody gave a level', () => {
    expect(perceptionRows({ elements: [{ domainId: 'd', elementId: 'a', roles: [] }], gaps: [] })).toEqual({ roles: [], rows: [] });
  });
});
