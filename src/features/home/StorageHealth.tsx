import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes } from '../../lib/format';
import {
  requestPersistence,
  storageUsage,
  type Persistence,
  type Usage,
} from '../../lib/storage-health';
import { setSetting } from '../../storage/settings';

/** Asks for persistent storage once and says plainly what the browser decided. */
export function StorageHealth() {
  const { t, i18n } = useTranslation('home');
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [usage, setUsage] = useState<Usage | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const result = await requestPersistence();
      if (!live) return;
      setPersistence(result);
      setUsage(await storageUsage());
      await setSetting('persistence', result).catch(() => undefined);
    })();
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="storage-health" aria-labelledby="storage-health-title">
      <h2 id="storage-health-title">{t('storage.title')}</h2>
      <p
        data-testid="storage-status"
        data-persistence={persistence ?? 'checking'}
      >
        {persistence ? t(`storage.${persistence}`) : t('storage.checking')}
      </p>
      {usage ? (
        <p>
          {t('storage.usage', {
            used: formatBytes(usage.usage, i18n.language),
            quota: formatBytes(usage.quota, i18n.language),
          })}
        </p>
      ) : null}
    </section>
  );
}
