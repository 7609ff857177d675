/**
 * i18next set-up. Locale files are loaded on demand, one namespace at a time,
 * from locales/<lang>/<ns>.json; the service worker precaches them all so
 * every language works offline.
 */
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { setSetting } from '../storage/settings';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../locales/*/*.json',
);

/**
 * The English strings the home screen needs are in the main bundle, so the
 * first screen does not wait for another file; everything else loads on
 * demand.
 */
const bundled = import.meta.glob<Record<string, unknown>>(
  '../../locales/en-GB/{common,home}.json',
  { eager: true, import: 'default' },
);

export const FALLBACK_LOCALE = 'en-GB';
const RTL_LANGUAGES = new Set(['ar', 'ur', 'he', 'fa']);

export const SUPPORTED_LOCALES: readonly string[] = [
  ...new Set(Object.keys(loaders).map((path) => path.split('/').at(-2) ?? '')),
].filter((l) => l.length > 0);

export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.has(locale.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** The best supported locale for the browser's preferences. */
export function matchLocale(preferred: readonly string[]): string {
  for (const wanted of preferred) {
    const exact = SUPPORTED_LOCALES.find(
      (l) => l.toLowerCase() === wanted.toLowerCase(),
    );
    if (exact) return exact;
    const base = wanted.split('-')[0]?.toLowerCase();
    const partial = SUPPORTED_LOCALES.find(
      (l) => l.split('-')[0]?.toLowerCase() === base,
    );
    if (partial) return partial;
  }
  return FALLBACK_LOCALE;
}

function applyToDocument(locale: string): void {
  document.documentElement.lang = locale;
  document.documentElement.dir = directionOf(locale);
}

/**
 * The chosen language is mirrored in localStorage so it can be read without
 * waiting for IndexedDB at start-up; the settings table keeps it for backups.
 */
const LOCALE_KEY = 'vi-locale';

function savedLocale(): string | null {
  try {
    return localStorage.getItem(LOCALE_KEY);
  } catch {
    return null;
  }
}

function initialLocale(): string {
  const saved = savedLocale();
  if (saved && SUPPORTED_LOCALES.includes(saved)) return saved;
  return matchLocale(navigator.languages ?? [navigator.language]);
}

export async function setupI18n(): Promise<typeof i18n> {
  const lng = initialLocale();
  await i18n
    .use(
      resourcesToBackend(async (language: string, namespace: string) => {
        const load = loaders[`../../locales/${language}/${namespace}.json`];
        if (!load) throw new Error(`No locale file ${language}/${namespace}`);
        return (await load()).default;
      }),
    )
    .use(initReactI18next)
    .init({
      lng,
      partialBundledLanguages: true,
      resources: {
        [FALLBACK_LOCALE]: Object.fromEntries(
          Object.entries(bundled).map(([path, content]) => [
            path.split('/').at(-1)?.replace('.json', '') ?? '',
            content,
          ]),
        ),
      },
      fallbackLng: FALLBACK_LOCALE,
      supportedLngs: SUPPORTED_LOCALES,
      ns: ['common', 'home'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyToDocument(lng);
  i18n.on('languageChanged', applyToDocument);
  return i18n;
}

export async function changeLocale(locale: string): Promise<void> {
  await i18n.changeLanguage(locale);
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered across visits in this browser; still changed now.
  }
  await setSetting('locale', locale).catch(() => undefined);
}
