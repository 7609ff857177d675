/**
 * The state of this tab's connection to the database, for the UI to explain.
 *
 * - `replaced`: another tab opened a newer version. This tab lets its running
 *   writes finish, closes its connection for good (so it never writes stale
 *   data to the new schema) and asks the user to reload. Typing that had not
 *   reached IndexedDB is in the write-ahead log and is replayed on reload.
 * - `blocked`: this tab wants to upgrade but an older tab keeps it open.
 * - `unavailable`: IndexedDB is missing or refuses to open (private modes).
 * - `upgrade-failed`: the database exists but could not be upgraded; the old
 *   data is untouched because a failed upgrade rolls back.
 */
import { db } from './db';
import { errorNames } from './error-names';

export type ConnectionState =
  | 'opening'
  | 'open'
  | 'replaced'
  | 'blocked'
  | 'unavailable'
  | 'upgrade-failed';

let state: ConnectionState = 'opening';
const listeners = new Set<() => void>();

function setState(next: ConnectionState): void {
  if (state === next) return;
  // Once replaced, this tab stays replaced until it reloads.
  if (state === 'replaced') return;
  state = next;
  for (const listener of listeners) listener();
}

export function getConnectionState(): ConnectionState {
  return state;
}

/** Calls `listener` whenever the state changes; returns an unsubscribe. */
export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

db.on('versionchange', () => {
  setState('replaced');
  // close() waits for running transactions to complete, then closes. With
  // auto-open off, any later write fails loudly instead of reopening.
  db.close({ disableAutoOpen: true });
  return false; // Skip Dexie's default close, which would allow auto-open.
});

db.on('blocked', () => setState('blocked'));

function openFailure(error: unknown): ConnectionState {
  return errorNames(error).some(
    (n) => n === 'UpgradeError' || n === 'VersionError',
  )
    ? 'upgrade-failed'
    : 'unavailable';
}

/** Opens the database early (start-up), so the first screen's query is quick. */
export async function openDatabase(): Promise<void> {
  try {
    await db.open();
    setState('open');
  } catch (error) {
    setState(openFailure(error));
    throw error;
  }
}

const LOST = ['InvalidStateError', 'DatabaseClosedError'];

export function isConnectionLost(error: unknown): boolean {
  return errorNames(error).some((n) => LOST.includes(n));
}

/**
 * After a lost connection (WebKit's "Connection to Indexed Database server
 * lost"), drops the dead handle and opens a fresh one. Retrying on the dead
 * handle loses data silently. Never reopens once replaced by a newer version.
 */
export async function reconnect(): Promise<boolean> {
  if (state === 'replaced' || state === 'unavailable') return false;
  try {
    db.close({ disableAutoOpen: false });
    await db.open();
    return true;
  } catch {
    return false;
  }
}
