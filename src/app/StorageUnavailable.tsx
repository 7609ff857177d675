import { useTranslation } from 'react-i18next';
import type { ConnectionState } from '../storage/connection';

/**
 * Shown instead of any screen when the database cannot open at all, so no
 * screen waits forever for data that will never load.
 */
export function StorageUnavailable({
  state,
}: {
  state: Extract<ConnectionState, 'unavailable' | 'upgrade-failed'>;
}) {
  const { t } = useTranslation('common');
  const key = state === 'unavailable' ? 'unavailable' : 'upgradeFailed';
  return (
    <div data-testid={`storage-${state}`}>
      <h1>{t(`connection.${key}.title`)}</h1>
      <p>{t(`connection.${key}.body`)}</p>
      <p>{t(`connection.${key}.next`)}</p>
      <p>
        <a className="vi-link" href="/">
          {t('connection.tryAgain')}
        </a>
      </p>
    </div>
  );
}
