import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildBackup } from '../../domain/backup/format';
import { useDocumentTitle } from '../../lib/document-title';
import { downloadFile, fileNameFrom } from '../../lib/files';
import { formatDateTime } from '../../lib/format';
import { readForBackup } from '../../storage/backup';
import { toStorageError } from '../../storage/errors';
import { useReflectionList, useSetting } from '../../storage/live';
import { setSetting } from '../../storage/settings';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RestoreBackup } from './RestoreBackup';
import './BackupScreen.css';

type Message = { tone: 'success' | 'error'; text: string };

function todayStamp(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Download backups (everything, or one reflection) and restore from one. */
export function BackupScreen() {
  const { t, i18n } = useTranslation(['backup', 'common']);
  const items = useReflectionList();
  const lastBackup = useSetting('lastBackup');
  const [message, setMessage] = useState<Message | null>(null);
  useDocumentTitle(t('backup:title'), t('common:app.titleSuffix'));

  async function backUp(ids?: string[], name?: string) {
    try {
      const data = await readForBackup(ids);
      const json = JSON.stringify(buildBackup(data, new Date()), null, 2);
      const stem = name
        ? fileNameFrom(name, 'reflection')
        : 'voice-and-influence';
      downloadFile(
        new TextEncoder().encode(json),
        `${stem}-backup-${todayStamp()}.json`,
        'application/json',
      );
      if (!ids) await setSetting('lastBackup', Date.now());
      setMessage({
        tone: 'success',
        text: t('backup:backupAll.done', { count: data.length }),
      });
    } catch (error) {
      setMessage({
        tone: 'error',
        text: t(`common:errors.storage.${toStorageError(error).problem}`),
      });
    }
  }

  const reflections = items ?? [];
  return (
    <>
      <h1>{t('backup:title')}</h1>
      <p>{t('backup:intro')}</p>
      <p data-testid="last-backup">
        {lastBackup
          ? t('backup:lastBackup', {
              when: formatDateTime(lastBackup, i18n.language),
            })
          : t('backup:neverBackedUp')}
      </p>
      {message ? <Notice tone={message.tone}>{message.text}</Notice> : null}
      <section aria-labelledby="backup-all-heading">
        <h2 id="backup-all-heading">{t('backup:backupAll.heading')}</h2>
        <p>{t('backup:backupAll.hint')}</p>
        {reflections.length === 0 ? (
          <p>{t('backup:backupAll.empty')}</p>
        ) : (
          <Button onPress={() => void backUp()}>
            {t('backup:backupAll.button')}
          </Button>
        )}
      </section>
      {reflections.length > 0 ? (
        <section aria-labelledby="backup-one-heading">
          <h2 id="backup-one-heading">{t('backup:backupOne.heading')}</h2>
          <ul className="backup-list">
            {reflections.map(({ reflection }) => (
              <li key={reflection.id}>
                <span>{reflection.organisationName}</span>
                <Button
                  variant="secondary"
                  aria-label={t('backup:backupOne.buttonNamed', {
                    name: reflection.organisationName,
                  })}
                  onPress={() =>
                    void backUp([reflection.id], reflection.organisationName)
                  }
                >
                  {t('backup:backupOne.button')}
                </Button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <RestoreBackup />
    </>
  );
}
