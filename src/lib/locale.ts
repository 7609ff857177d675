/**
 * What the rest of the app needs to know about a language: which locale to
 * give `Intl` and react-aria, which way text runs, and the two
 * pseudo-languages used in development and tests to find hard-coded text.
 */
import type { PostProcessorModule } from 'i18next';
import { useTranslation } from 'react-i18next';

export const FALLBACK_LOCALE = 'en-GB';

/** The languages offered to users: one per locale folder, English first. */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(
  import.meta.glob('../../locales/*/common.json'),
)
  .map((path) => path.split('/').at(-2) ?? '')
  .filter((l) => l.length > 0)
  .sort((a, b) =>
    a === FALLBACK_LOCALE ? -1 : b === FALLBACK_LOCALE ? 1 : a.localeCompare(b),
  );

/** A supported language for `wanted`, or null (for untrusted input). */
export function supportedLocale(wanted: string | null | undefined) {
  return SUPPORTED_LOCALES.find((l) => l === wanted) ?? null;
}

const RTL_LANGUAGES = new Set(['ar', 'ur', 'he', 'fa', 'ps', 'ckb', 'yi']);

/** Shows every string as `[[namespace:key]]`, so untranslated text stands out. */
export const PSEUDO_KEYS = 'qps-ploc';
/** A right-to-left pseudo-language: English wrapped in right-to-left marks. */
export const PSEUDO_RTL = 'qps-plocm';
export const PSEUDO_LOCALES: readonly string[] = [PSEUDO_KEYS, PSEUDO_RTL];

export type Direction = 'ltr' | 'rtl';

export function directionOf(locale: string): Direction {
  if (locale === PSEUDO_RTL) return 'rtl';
  return RTL_LANGUAGES.has(locale.split('-')[0]?.toLowerCase() ?? '')
    ? 'rtl'
    : 'ltr';
}

/**
 * The locale for `Intl` and react-aria. Pseudo-languages borrow English
 * formats, and the right-to-left one a right-to-left locale with Latin
 * digits, so react-aria mirrors its keyboard handling too.
 */
export function intlLocaleOf(locale: string): string {
  if (locale === PSEUDO_KEYS) return 'en-GB';
  if (locale === PSEUDO_RTL) return 'ar-u-nu-latn';
  return locale;
}

/** The interface language, its `Intl` locale and its direction. */
export function useLocale(): { lng: string; intl: string; dir: Direction } {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return { lng, intl: intlLocaleOf(lng), dir: directionOf(lng) };
}

const RLE = '\u202B';
const PDF = '\u202C';

/** i18next post-processor for the two pseudo-languages; a no-op otherwise. */
export const pseudoLocalePostProcessor: PostProcessorModule = {
  type: 'postProcessor',
  name: 'pseudo',
  process(value: string, key: string | string[], options, translator) {
    const language = (translator as { language?: string }).language;
    if (language === PSEUDO_KEYS) {
      const ns = (options as { ns?: string | string[] }).ns;
      const namespace = Array.isArray(ns) ? ns[0] : ns;
      const name = Array.isArray(key) ? key[0] : key;
      const label = name ?? '';
      // Keys written as `ns:key` already name their namespace.
      return `[[${namespace && !label.includes(':') ? `${namespace}:` : ''}${label}]]`;
    }
    if (language === PSEUDO_RTL) return `${RLE}⟦${value}⟧${PDF}`;
    return value;
  },
};
