/**
 * i18next set-up. Locale files are loaded on demand, one namespace at a time,
 * from locales/<lang>/<ns>.json; the service worker precaches them all so
 * every language works offline.
 */
import i18n from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import {
  directionOf,
  FALLBACK_LOCALE,
  PSEUDO_LOCALES,
  pseudoLocalePostProcessor,
  SUPPORTED_LOCALES,
} from '../lib/locale';
import { setSetting } from '../storage/settings';

export { directionOf, FALLBACK_LOCALE, SUPPORTED_LOCALES } from '../lib/locale';

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

/**
 * The pseudo-languages exist only in development (`npm run dev`, then
 * `?lng=qps-ploc` or `?lng=qps-plocm`); the built app never offers them.
 */
const DEV_LOCALES: readonly string[] = import.meta.env.DEV
  ? PSEUDO_LOCALES
  : [];
const KNOWN_LOCALES = [...SUPPORTED_LOCALES, ...DEV_LOCALES];

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
  // Pseudo-languages are English text, whatever their direction.
  document.documentElement.lang = PSEUDO_LOCALES.includes(locale)
    ? FALLBACK_LOCALE
    : locale;
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
  if (import.meta.env.DEV) {
    const asked = new URLSearchParams(location.search).get('lng');
    if (asked && KNOWN_LOCALES.includes(asked)) return asked;
  }
  const saved = savedLocale();
  if (saved && SUPPORTED_LOCALES.includes(saved)) return saved;
  return matchLocale(navigator.languages ?? [navigator.language]);
}

export async function setupI18n(): Promise<typeof i18n> {
  const lng = initialLocale();
  await i18n
    .use(
      resourcesToBackend(async (language: string, namespace: string) => {
        // Pseudo-languages are made from the English text.
        const folder = PSEUDO_LOCALES.includes(language)
          ? FALLBACK_LOCALE
          : language;
        const load = loaders[`../../locales/${folder}/${namespace}.json`];
        if (!load) throw new Error(`No locale file ${language}/${namespace}`);
        return (await load()).default;
      }),
    )
    .use(initReactI18next)
    .use(pseudoLocalePostProcessor)
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
      supportedLngs: KNOWN_LOCALES,
      postProcess: DEV_LOCALES.length > 0 ? ['pseudo'] : false,
      ns: ['common', 'home'],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
      react: { useSuspense: true },
    });
  applyToDocument(lng);
  // Registered after start-up, so only a change the user makes is remembered.
  i18n.on('languageChanged', (locale: string) => {
    applyToDocument(locale);
    remember(locale);
  });
  return i18n;
}

/**
 * Remembers a language the user chose (from the header, or "switch to the
 * reflection's language"): in localStorage for a fast start, and in the
 * settings table so backups carry it. The browser's language is followed
 * only until the first choice.
 */
function remember(locale: string): void {
  try {
    localStorage.setItem(LOCALE_KEY, locale);
  } catch {
    // Not remembered across visits in this browser; still changed now.
  }
  void setSetting('locale', locale).catch(() => undefined);
}

export async function changeLocale(locale: string): Promise<void> {
  await i18n.changeLanguage(locale);
}
