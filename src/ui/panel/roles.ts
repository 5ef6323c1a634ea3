import { t, type MessageKey } from '../../i18n/index.ts';
import type { PanelRole } from '../../assessment/schema.ts';

const ROLE_KEYS: Readonly<Record<PanelRole, MessageKey>> = {
  ict: 'panel.role.ict',
  business: 'panel.role.business',
  finance: 'panel.role.finance',
  oversight: 'panel.role.oversight',
  field: 'panel.role.field',
  other: 'panel.role.other',
};

/** A panel role in the reader's language. */
export function roleName(role: PanelRole): string {
  return t(ROLE_KEYS[role]);
}
