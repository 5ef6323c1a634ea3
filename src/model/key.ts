/** A model version's key, `id@version`: how maps and lists name one version of one model, everywhere. */
export function modelKeyOf(model: { id: string; version: string }): string {
  return `${model.id}@${model.version}`;
}
