import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatBytes, formatDateTime } from '../../lib/format';
import {
  requestPersistence,
  storageUsage,
  type Persistence,
  type Usage,
} from '../../lib/storage-health';
import { useReflectionCount, useSetting } from '../../storage/live';
import { setSetting } from '../../storage/settings';
import { TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

/** Remind people to back up after this many days. */
const REMIND_AFTER_DAYS = 14;
const DAY = 24 * 60 * 60 * 1000;

function lastBackupAge(at: number): number {
  return (Date.now() - at) / DAY;
}

/** Asks for persistent storage once and says plainly what the browser decided. */
export function StorageHealth() {
  const { t, i18n } = useTranslation('home');
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const [usage, setUsage] = useState<Usage | null>(null);
  const lastBackup = useSetting('lastBackup');
  const hasData = (useReflectionCount() ?? 0) > 0;
  const stale =
    hasData &&
    lastBackup !== undefined &&
    (lastBackup === null || lastBackupAge(lastBackup) > REMIND_AFTER_DAYS);

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
      {lastBackup ? (
        <p>
          {t('storage.lastBackup', {
            when: formatDateTime(lastBackup, i18n.language),
          })}
        </p>
      ) : null}
      {stale ? (
        <Notice tone="warning">
          {lastBackup
            ? t('storage.reminder', { days: REMIND_AFTER_DAYS })
            : t('storage.reminderNever')}
        </Notice>
      ) : null}
      <p>
        <TextLink href="/backup">{t('storage.backupLink')}</TextLink>
      </p>
    </section>
  );
}
