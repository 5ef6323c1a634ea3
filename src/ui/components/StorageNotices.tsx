import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n/index.ts';
import { setOpenHandlers } from '../../storage/db.ts';

/**
 * Tells the person when another tab stands in the way of the database:
 * an older version still open (blocked), or a newer one that needs this
 * tab to reload (outdated).
 */
export function StorageNotices() {
  const [notice, setNotice] = useState<'blocked' | 'outdated' | null>(null);
  useEffect(() => {
    setOpenHandlers({
      onBlocked: () => setNotice('blocked'),
      onOutdated: () => setNotice('outdated'),
    });
  }, []);
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
