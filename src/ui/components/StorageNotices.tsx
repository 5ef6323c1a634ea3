import { t } from '../../i18n/index.ts';

export type StorageNotice = 'blocked' | 'outdated';

/**
 * Tells the person when another tab stands in the way of the database:
 * an older version still open (blocked), or a newer one that needs this
 * tab to reload (outdated). App learns it from the handlers it opened
 * storage with.
 */
export function StorageNotices({ notice }: { notice: StorageNotice | null }) {
  if (!notice) return null;
  return (
    <div class="notice notice-warning" role="alert">
      <p>{t(notice === 'blocked' ? 'storage.blocked' : 'storage.outdated')}</p>
      {notice === 'outdated' && (
        <button type="button" onClick={() => location.reload()}>
          {t('storage.reload')}
        </button>
      )}
    </div>
  );
}
