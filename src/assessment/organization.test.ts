import { describe, expect, it } from 'vitest';
import { organizationKey, sameOrganization } from './organization.ts';

describe('the same organization', () => {
  it('sets case, spacing and Unicode form aside', () => {
    expect(sameOrganization({ name: 'Health Org', unit: 'HQ' }, { name: '  health   ORG ', unit: 'hq' })).toBe(true);
    expect(sameOrganization({ name: 'Caf\u00e9' }, { name: 'Cafe\u0301', unit: '' })).toBe(true);
  });

  it('tells units and names apart', () => {
    expect(sameOrganization({ name: 'UNDP', unit: 'HQ' }, { name: 'UNDP', unit: 'Field' })).toBe(false);
    expect(sameOrganization({ name: 'UNDP' }, { name: 'UNDPA' })).toBe(false);
    // The name and unit cannot run together: "a b" + "" is not "a" + "b".
    expect(organizationKey({ name: 'a b', unit: '' })).not.toBe(organizationKey({ name: 'a', unit: 'b' }));
  });
});
