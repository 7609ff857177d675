/**
 * The names of an error and of the errors it wraps (Dexie's `inner`, the
 * standard `cause`), outermost first: Dexie reports a full disk as an
 * AbortError whose inner error is the QuotaExceededError.
 */
export function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    if (typeof current === 'object' && 'name' in current) {
      names.push(String((current as { name: unknown }).name));
    }
    current =
      typeof current === 'object' && current !== null
        ? ((current as { inner?: unknown; cause?: unknown }).inner ??
          (current as { cause?: unknown }).cause)
        : undefined;
  }
  return names;
}
