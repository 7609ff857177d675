import { useTranslation } from 'react-i18next';
import { Button } from '../ui/Button';
import { Notice } from '../ui/Notice';
import { useConnectionState } from './useConnectionState';

/**
 * A persistent message when another tab updated the app (this tab can no
 * longer save) or when this tab's update waits for other tabs to close.
 */
export function ConnectionNotice() {
  const { t } = useTranslation('common');
  const state = useConnectionState();
  if (state === 'replaced') {
    return (
      <div className="connection-notice" data-testid="connection-replaced">
        <Notice tone="error" title={t('connection.replaced.title')}>
          <p>{t('connection.replaced.body')}</p>
          <Button onPress={() => window.location.reload()}>
            {t('connection.replaced.reload')}
          </Button>
        </Notice>
      </div>
    );
  }
  if (state === 'blocked') {
    return (
      <div className="connection-notice" data-testid="connection-blocked">
        <Notice tone="warning" title={t('connection.blocked.title')}>
          <p>{t('connection.blocked.body')}</p>
        </Notice>
      </div>
    );
  }
  return null;
}
