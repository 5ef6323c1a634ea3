/** The address of an organization's view of its units for a period (and model; a Compare set to include, when drilled down from one). */
export function organizationPath(name: string, period: string, modelId?: string, setId?: string): string {
  const query = new URLSearchParams();
  if (modelId) query.set('model', modelId);
  if (setId) query.set('set', setId);
  const search = query.toString();
  return `/organizations/${encodeURIComponent(name.trim())}/${encodeURIComponent(period.trim())}${search ? `?${search}` : ''}`;
}
