/** Errors that storage functions raise for the UI to explain in plain words. */
import { isConnectionLost, reconnect } from './connection';
import { errorNames } from './error-names';

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

/** Turns whatever IndexedDB or Dexie threw into a StorageError. */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const names = errorNames(error);
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
