/**
 * Where the write-ahead log lives (localStorage, under one prefix), and the
 * one check start-up needs before anything else loads: whether the log holds
 * anything. The log itself is in ./write-ahead; replaying it (./replay) is
 * loaded only when this says there is something to replay.
 */
export const LOG_PREFIX = 'vi-wal:';

export function logStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // Blocked (some private modes): IndexedDB alone then.
  }
}

/** True when the log holds typing not yet known to be in IndexedDB. */
export function hasPendingLog(): boolean {
  const store = logStorage();
  if (!store) return false;
  for (let i = 0; i < store.length; i += 1) {
    if (store.key(i)?.startsWith(LOG_PREFIX)) return true;
  }
  return false;
}
