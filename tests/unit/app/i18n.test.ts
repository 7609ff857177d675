import { describe, expect, it } from 'vitest';
import {
  directionOf,
  FALLBACK_LOCALE,
  matchLocale,
  SUPPORTED_LOCALES,
} from '../../../src/app/i18n';

describe('locale choice', () => {
  it('offers every locale folder that ships', () => {
    expect(SUPPORTED_LOCALES).toContain('en-GB');
  });
  it('matches the browser language exactly, then by base language', () => {
    expect(matchLocale(['en-GB'])).toBe('en-GB');
    expect(matchLocale(['en-US', 'fr'])).toBe('en-GB');
  });
  it('falls back to English when nothing matches', () => {
    expect(matchLocale(['xx-YY'])).toBe(FALLBACK_LOCALE);
    expect(matchLocale([])).toBe(FALLBACK_LOCALE);
  });
  it('lays out Arabic and Urdu right to left, English and Welsh left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('ur-PK')).toBe('rtl');
    expect(directionOf('en-GB')).toBe('ltr');
    expect(directionOf('cy')).toBe('ltr');
  });
});
