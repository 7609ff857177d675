import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { ErrorBoundary } from 'react-error-boundary';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { intlLocaleOf } from '../lib/locale';
import { ConnectionNotice } from './ConnectionNotice';
import { LanguageSwitcher } from './LanguageSwitcher';
import { RouteError } from './RouteError';
import { StorageUnavailable } from './StorageUnavailable';
import { useConnectionState } from './useConnectionState';

// Service-worker registration is not needed to paint the first screen.
const UpdatePrompt = lazy(async () => ({
  default: (await import('./pwa/UpdatePrompt')).UpdatePrompt,
}));

const HEADING_WAIT_MS = 3000;

/**
 * Moves focus to the new page's heading after in-app navigation, so screen
 * reader and keyboard users start at the top of the new screen. Lazy screens
 * render late, so it waits for a heading that is not the previous screen's.
 */
function useFocusOnNavigate(location: string) {
  const first = useRef(true);
  const previous = useRef<{ element: Element | null; text: string }>({
    element: null,
    text: '',
  });
  useEffect(() => {
    const isFirst = first.current;
    first.current = false;
    const started = Date.now();
    const timer = setInterval(() => {
      const heading = document.querySelector<HTMLElement>('main h1');
      const waitedLong = Date.now() - started > HEADING_WAIT_MS;
      const isNew =
        heading !== null &&
        (heading !== previous.current.element ||
          heading.textContent !== previous.current.text);
      if (!heading || (!isNew && !waitedLong)) {
        if (waitedLong) clearInterval(timer);
        return;
      }
      clearInterval(timer);
      previous.current = { element: heading, text: heading.textContent ?? '' };
      // On the first load the browser's own focus handling is right.
      if (isFirst) return;
      heading.tabIndex = -1;
      heading.focus();
    }, 30);
    return () => clearInterval(timer);
  }, [location]);
}

export function Layout({ children }: { children: ReactNode }) {
  const { t, i18n } = useTranslation('common');
  const [location, navigate] = useLocation();
  const connection = useConnectionState();
  useFocusOnNavigate(location);
  return (
    <RouterProvider navigate={(to) => navigate(to)}>
      <I18nProvider locale={intlLocaleOf(i18n.language)}>
        <a className="skip-link" href="#main">
          {t('app.skipLink')}
        </a>
        <header className="app-header">
          <div className="app-header__inner">
            <a
              className="app-header__name"
              href="/"
              onClick={(event) => {
                event.preventDefault();
                navigate('/');
              }}
            >
              {t('app.name')}
            </a>
            <div className="app-header__tools">
              <nav aria-label={t('nav.label')}>
                <a
                  className="app-header__link"
                  href="/guidance"
                  aria-current={
                    location.startsWith('/guidance') ? 'page' : undefined
                  }
                  onClick={(event) => {
                    event.preventDefault();
                    navigate('/guidance');
                  }}
                >
                  {t('nav.guidance')}
                </a>
              </nav>
              <LanguageSwitcher />
            </div>
          </div>
        </header>
        <Suspense fallback={null}>
          <UpdatePrompt />
        </Suspense>
        <ConnectionNotice />
        <main id="main" className="app-main" tabIndex={-1}>
          {connection === 'unavailable' || connection === 'upgrade-failed' ? (
            <StorageUnavailable state={connection} />
          ) : (
            <ErrorBoundary
              FallbackComponent={RouteError}
              resetKeys={[location]}
            >
              <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
                {children}
              </Suspense>
            </ErrorBoundary>
          )}
        </main>
        <footer className="app-footer">
          <p>{t('app.footer')}</p>
        </footer>
      </I18nProvider>
    </RouterProvider>
  );
}
