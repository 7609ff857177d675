/**
 * Renders a component with the app's providers: i18next with the real en-GB
 * strings (loaded synchronously), react-aria's router wired to an in-memory
 * wouter location, and a Suspense boundary.
 */
import { render, type RenderResult } from '@testing-library/react';
import i18n from 'i18next';
import { Suspense, type ReactElement, type ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';

const files = import.meta.glob<Record<string, unknown>>('../../locales/en-GB/*.json', {
  eager: true,
  import: 'default',
});
const resources: Record<string, Record<string, unknown>> = {};
for (const [path, content] of Object.entries(files)) {
  const ns = path.split('/').at(-1)?.replace('.json', '') ?? '';
  resources[ns] = content;
}

export const testI18n = i18n.createInstance();
void testI18n.use(initReactI18next).init({
  lng: 'en-GB',
  fallbackLng: 'en-GB',
  resources: { 'en-GB': resources },
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

function AriaRouter({ children }: { children: ReactNode }) {
  const [, navigate] = useLocation();
  return <RouterProvider navigate={(to) => navigate(to)}>{children}</RouterProvider>;
}

export type RenderOptions = { path?: string };

export function renderWithProviders(
  ui: ReactElement,
  { path = '/' }: RenderOptions = {},
): RenderResult & { location: () => string } {
  const memory = memoryLocation({ path, record: true });
  const result = render(
    <I18nextProvider i18n={testI18n}>
      <I18nProvider locale="en-GB">
        <Router hook={memory.hook}>
          <AriaRouter>
            <Suspense fallback={null}>{ui}</Suspense>
          </AriaRouter>
        </Router>
      </I18nProvider>
    </I18nextProvider>,
  );
  return { ...result, location: () => memory.history.at(-1) ?? path };
}
