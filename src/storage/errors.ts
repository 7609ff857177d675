/** Errors that storage functions raise for the UI to explain in plain words. */
import { isConnectionLost, reconnect } from './connection';

export type StorageProblem = 'quota' | 'missing' | 'unavailable' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(`storage: ${problem}`, options);
    this.name = 'StorageError';
  }
}

function namesOf(error: unknown): string[] {
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

/** Turns whatever IndexedDB or Dexie threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = namesOf(error);
  if (names.some((n) => n === 'QuotaExceededError')) {
    return new StorageError('quota', { cause: error });
  }
  if (
    names.some((n) =>
      [
        'MissingAPIError',
        'InvalidStateError',
        'DatabaseClosedError',
        'OpenFailedError',
      ].includes(n),
    )
  ) {
    return new StorageError('unavailable', { cause: error });
  }
  return new StorageError('unknown', { cause: error });
}

/**
 * Runs a storage operation, converting failures to StorageError. If the
 * connection was lost, reopens once and retries (the write is atomic, so a
 * failed first try changed nothing).
 */
export async function guarded<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (!isConnectionLost(error) || !(await reconnect())) {
      throw toStorageError(error);
    }
  }
  try {
    return await operation();
  } catch (error) {
    throw toStorageError(error);
  }
}
