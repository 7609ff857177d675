/**
 * Dates and numbers through Intl, in the user's language. Callers pass the
 * i18next language; pseudo-languages are mapped to a real Intl locale.
 *
 * Making an Intl formatter costs far more than using one (Home with 500
 * reflections formats 1,000 dates), so each formatter is made once per
 * locale and options, and kept.
 */
import { intlLocaleOf } from './locale';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** The formatter kept in `cache` for this language and options, made once. */
function kept<F>(
  cache: Map<string, F>,
  locale: string,
  options: object,
  make: (intlLocale: string) => F,
): F {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = make(intlLocaleOf(locale));
    cache.set(key, format);
  }
  return format;
}

function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return kept(
    dateFormats,
    locale,
    options,
    (l) => new Intl.DateTimeFormat(l, options),
  );
}

/** A shared Intl.NumberFormat for this i18next language and options. */
export function numberFormat(
  locale: string,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  return kept(
    numberFormats,
    locale,
    options,
    (l) => new Intl.NumberFormat(l, options),
  );
}

export function formatDate(isoDate: string, locale: string): string {
  const parsed = new Date(`${isoDate}T00:00:00`);
  if (Number.isNaN(parsed.getTime())) return isoDate;
  return dateFormat(locale, { dateStyle: 'long' }).format(parsed);
}

export function formatDateTime(timestamp: number, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(timestamp),
  );
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
