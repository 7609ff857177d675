/**
 * The small rules `restore` applies to every field: text has control
 * characters stripped and is capped, lists lose repeats, and
 * anything of the wrong type falls back to the field's default. Only ever
 * builds fresh plain values, so no key of the input (`__proto__` included)
 * can reach an object's prototype.
 */
import { stripControlCharacters } from '../packs/constants';

/** Text, control characters stripped, cut to `max` without splitting a pair. */
export function restoreText(
  value: unknown,
  max: number,
  fallback = '',
): string {
  if (typeof value !== 'string') return fallback;
  const out = stripControlCharacters(value);
  if (out.length <= max) return out;
  const last = out.charCodeAt(max - 1);
  return out.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** The list without repeats, first one kept. */
export function distinct<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}

/** The value when it is one of `allowed`, otherwise `fallback`. */
export function oneOf<T>(
  value: unknown,
  allowed: readonly T[],
  fallback: T,
): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** A whole number at least 0, or `fallback`. */
export function count(value: unknown, fallback = 0): number {
  return Number.isInteger(value) && Number(value) >= 0
    ? Number(value)
    : fallback;
}

/** A record's own field: never one found through the prototype chain. */
export function field(record: unknown, key: string): unknown {
  return typeof record === 'object' &&
    record !== null &&
    Object.hasOwn(record, key)
    ? (record as Record<string, unknown>)[key]
    : undefined;
}
