/**
 * The only consumer of virtual:pwa-register. A new version never reloads by
 * itself: the user chooses when, because a reload mid-sentence would be
 * unkind even though every change is already saved.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { Button } from '../../ui/Button';
import { Toast } from '../../ui/Toast';
import './UpdatePrompt.css';

const HOUR = 60 * 60 * 1000;

export function UpdatePrompt() {
  const { t } = useTranslation('common');
  // workbox-window can miss the first install: when the registration's
  // `updatefound` fires before it starts listening (seen about one first
  // visit in eight on a busy machine), it never reports "installed", and
  // the offline-ready message would never show. So on a first visit (no
  // worker in control yet) the app also waits for an active worker itself.
  const [activeOnFirstVisit, setActiveOnFirstVisit] = useState(false);
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    offlineReady: [offlineReady, setOfflineReady],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const container = navigator.serviceWorker as
        ServiceWorkerContainer | undefined;
      if (container && !container.controller) {
        void container.ready.then(() => setActiveOnFirstVisit(true));
      }
      // Check for a new version now and then while the app stays open.
      setInterval(() => {
        if (navigator.onLine) void registration.update().catch(() => undefined);
      }, HOUR);
    },
  });

  const ready = offlineReady || activeOnFirstVisit;
  if (!needRefresh && !ready) return null;
  const message = needRefresh ? t('update.message') : t('update.offlineReady');
  return (
    <Toast label={message}>
      <div className="update-prompt">
        <p role="status" className="update-prompt__text">
          {message}
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
              setActiveOnFirstVisit(false);
            }}
          >
            {needRefresh ? t('update.later') : t('actions.close')}
          </Button>
        </div>
      </div>
    </Toast>
  );
}
