/**
 * Renders a component with the app's providers: i18next with the real
 * strings of every language (loaded synchronously), react-aria's locale and
 * router wired to an in-memory wouter location, and a Suspense boundary.
 *
 * English (en-GB) is the default. A test can ask for Welsh ('cy'), Arabic
 * ('ar') or one of the two pseudo-languages: 'qps-ploc' shows every string
 * as `[[namespace:key]]` (to find hard-coded text) and 'qps-plocm' is a
 * right-to-left English.
 */
import { render, type RenderResult } from '@testing-library/react';
import i18n, { type i18n as I18n, type InitOptions } from 'i18next';
import { Suspense, type ReactElement, type ReactNode } from 'react';
import { I18nProvider, RouterProvider } from 'react-aria-components';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { Router, useLocation } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import {
  FALLBACK_LOCALE,
  intlLocaleOf,
  PSEUDO_KEYS,
  PSEUDO_RTL,
  pseudoLocalePostProcessor,
} from '../../src/lib/locale';

export type TestLocale = 'en-GB' | 'cy' | 'ar' | 'qps-ploc' | 'qps-plocm';

const files = import.meta.glob<Record<string, unknown>>(
  '../../locales/*/*.json',
  { eager: true, import: 'default' },
);

type Bundle = Record<string, Record<string, unknown>>;

/** Every locale file, by language then namespace. */
export const localeResources: Record<string, Bundle> = {};
for (const [path, content] of Object.entries(files)) {
  const parts = path.split('/');
  const language = parts.at(-2) ?? '';
  const ns = parts.at(-1)?.replace('.json', '') ?? '';
  localeResources[language] ??= {};
  localeResources[language][ns] = content;
}

function englishBundle(): Bundle {
  const bundle = localeResources[FALLBACK_LOCALE];
  if (!bundle) throw new Error('No en-GB locale files found');
  return bundle;
}
const english = englishBundle();

function createTestI18n(locale: TestLocale): I18n {
  const instance = i18n.createInstance();
  const options: InitOptions = {
    lng: locale,
    fallbackLng: FALLBACK_LOCALE,
    // Pseudo-languages are made from the English text, as in the app.
    resources: {
      ...localeResources,
      [PSEUDO_KEYS]: english,
      [PSEUDO_RTL]: english,
    },
    postProcess: ['pseudo'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    react: { useSuspense: false },
  };
  void instance
    .use(initReactI18next)
    .use(pseudoLocalePostProcessor)
    .init(options);
  return instance;
}

const instances = new Map<TestLocale, I18n>();

/**
 * The i18next instance for a language, one per language so tests in other
 * languages never change the English one. A screen may change its
 * instance's language (such as "Switch to Cymraeg"): the next render puts
 * it back.
 */
export function i18nFor(locale: TestLocale): I18n {
  let instance = instances.get(locale);
  if (!instance) {
    instance = createTestI18n(locale);
    instances.set(locale, instance);
  }
  if (instance.language !== locale) void instance.changeLanguage(locale);
  return instance;
}

/** The English instance, for tests that translate a string themselves. */
export const testI18n = i18nFor('en-GB');

function AriaRouter({ children }: { children: ReactNode }) {
  const [, navigate] = useLocation();
  return (
    <RouterProvider navigate={(to) => navigate(to)}>{children}</RouterProvider>
  );
}

export type RenderOptions = { path?: string; locale?: TestLocale };

export function renderWithProviders(
  ui: ReactElement,
  { path = '/', locale = 'en-GB' }: RenderOptions = {},
): RenderResult & { location: () => string; i18n: I18n } {
  const memory = memoryLocation({ path, record: true });
  const instance = i18nFor(locale);
  const result = render(
    <I18nextProvider i18n={instance}>
      <I18nProvider locale={intlLocaleOf(locale)}>
        <Router hook={memory.hook}>
          <AriaRouter>
            <Suspense fallback={null}>{ui}</Suspense>
          </AriaRouter>
        </Router>
      </I18nProvider>
    </I18nextProvider>,
  );
  return {
    ...result,
    location: () => memory.history.at(-1) ?? path,
    i18n: instance,
  };
}
