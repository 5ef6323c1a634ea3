/** Whether the browser keeps this site's data under storage pressure. */
/**
 * Asks the browser not to evict this site's data under storage pressure.
 * Resolves to whether storage is persistent; never throws.
 */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false;
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return false;
  }
}
