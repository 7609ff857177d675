/**
 * The only consumer of virtual:pwa-register. A new version never reloads by
 * itself: the user chooses when, because a reload mid-sentence would be
 * unkind even though every change is already saved.
 */
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../../ui/Button';
import './UpdatePrompt.css';

const HOUR = 60 * 60 * 1000;

export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      // Check for a new version now and then while the app stays open.
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, HOUR);
    },
  });

  if (!needRefresh && !offlineReady) return null;
  return (
    <section className="update-prompt" aria-label={t('update.message')}>
      <p role="status" className="update-prompt__text">
        {needRefresh ? t('update.message') : t('update.offlineReady')}
      </p>
      <div className="update-prompt__buttons">
        {needRefresh ? (
          <Button onPress={() => void updateServiceWorker(true)}>
            {t('update.reload')}
          </Button>
        ) : null}
        <Button
          variant="secondary"
          onPress={() => {
            setNeedRefresh(false);
            setOfflineReady(false);
          }}
        >
          {needRefresh ? t('update.later') : t('actions.close')}
        </Button>
      </div>
    </section>
  );
}
