/**
 * i18next set-up. Locale files are loaded on demand, one namespace at a time,
 * from locales/<lang>/<ns>.json; the service worker precaches them all so
 * every language works offline.
 */
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { getSetting, setSetting } from '../storage/settings';

const loaders = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../locales/*/*.json',
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

async function initialLocale(): Promise<string> {
  try {
    const saved = await getSetting('locale');
    if (saved && SUPPORTED_LOCALES.includes(saved)) return saved;
  } catch {
    // Storage unavailable: fall back to the browser's language.
  }
  return matchLocale(navigator.languages ?? [navigator.language]);
}

export async function setupI18n(): Promise<typeof i18n> {
  const lng = await initialLocale();
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
  await setSetting('locale', locale).catch(() => undefined);
}
