/**
 * Dates and numbers through Intl, in the user's language. Callers pass the
 * i18next language; pseudo-languages are mapped to a real Intl locale.
 */
import { intlLocaleOf } from './locale';

export function formatDate(isoDate: string, locale: string): string {
  const parsed = new Date(`${isoDate}T00:00:00`);
  if (Number.isNaN(parsed.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocaleOf(locale), {
    dateStyle: 'long',
  }).format(parsed);
}

export function formatDateTime(timestamp: number, locale: string): string {
  return new Intl.DateTimeFormat(intlLocaleOf(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(timestamp));
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(intlLocaleOf(locale), {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  }).format(value);
}
