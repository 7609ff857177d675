/**
 * A write-ahead log for typing. Every change is first written synchronously
 * to localStorage (which survives a reload, a closed tab or a crashed tab the
 * moment the call returns), then to IndexedDB; once IndexedDB has it, the log
 * entry goes. At start-up, anything still in the log is replayed into
 * IndexedDB before the app renders. IndexedDB stays the source of truth.
 */
import type { CellId } from '../domain/types';
import { updateAction, type ActionPatch } from './actions';
import { saveAnswer, type AnswerPatch } from './answers';
import { StorageError } from './errors';
import { LOG_PREFIX as PREFIX, logStorage as storage } from './log-store';

export { hasPendingLog } from './log-store';

export type LogKey =
  | { kind: 'answer'; reflectionId: string; cellId: CellId }
  | { kind: 'action'; actionId: string }
  /** A Champion's answer to one cell (replayed by review-sessions.ts). */
  | { kind: 'review'; sessionId: string; cellId: CellId }
  /** A Champion's typed fields of a review (replayed by review-sessions.ts). */
  | { kind: 'session'; sessionId: string };

/** Kinds replayed elsewhere: replayLog leaves them alone. */
const REPLAYED_ELSEWHERE = new Set(['review', 'session']);

function keyOf(key: LogKey): string {
  switch (key.kind) {
    case 'answer':
      return `${PREFIX}answer:${key.reflectionId}:${key.cellId}`;
    case 'action':
      return `${PREFIX}action:${key.actionId}`;
    case 'review':
      return `${PREFIX}review:${key.sessionId}:${key.cellId}`;
    case 'session':
      return `${PREFIX}session:${key.sessionId}`;
  }
}

/** Records the full unsaved patch for one record. */
export function logPending(key: LogKey, patch: object): void {
  try {
    storage()?.setItem(keyOf(key), JSON.stringify(patch));
  } catch {
    // Full or blocked: the IndexedDB write still goes ahead.
  }
}

/** Forgets the entry once `written` is safely in IndexedDB, unless it changed since. */
export function logWritten(key: LogKey, written: object): void {
  const store = storage();
  try {
    if (store?.getItem(keyOf(key)) === JSON.stringify(written))
      store.removeItem(keyOf(key));
  } catch {
    // Nothing to do: a leftover entry is replayed harmlessly later.
  }
}

function parse(raw: string | null): Record<string, unknown> | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

const ANSWER_FIELDS = [
  'rating',
  'evidence',
  'examples',
  'groupsReached',
  'privateNotes',
] as const;
const ACTION_FIELDS = [
  'text',
  'owner',
  'due',
  'status',
  'feedbackToYoungPeople',
] as const;

/** The `fields` that `value` has of its own, and nothing else. */
export function pickFields<T extends string>(
  value: Record<string, unknown>,
  fields: readonly T[],
): Partial<Record<T, unknown>> {
  return Object.fromEntries(
    fields.filter((f) => Object.hasOwn(value, f)).map((f) => [f, value[f]]),
  ) as Partial<Record<T, unknown>>;
}

/**
 * Adds `patch` to what the log already holds for `key` (fields typed one
 * after another, each saved on its own, are all kept until written).
 */
export function logMerge(key: LogKey, patch: object): void {
  const store = storage();
  try {
    const held = parse(store?.getItem(keyOf(key)) ?? null) ?? {};
    store?.setItem(keyOf(key), JSON.stringify({ ...held, ...patch }));
  } catch {
    // Full or blocked: the IndexedDB write still goes ahead.
  }
}

export type LogEntry = {
  /** The kind, then the ids, as in the key: e.g. ['review', id, cellId]. */
  parts: string[];
  value: Record<string, unknown>;
  /** Removes this entry once it has been replayed (or has nowhere to go). */
  forget: () => void;
};

/** The entries of one kind still in the log, for the module that replays them. */
export function pendingEntries(kind: 'review' | 'session'): LogEntry[] {
  const store = storage();
  if (!store) return [];
  const entries: LogEntry[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (!key?.startsWith(`${PREFIX}${kind}:`)) continue;
    const value = parse(store.getItem(key));
    const forget = () => {
      try {
        store.removeItem(key);
      } catch {
        // A leftover entry is replayed harmlessly later.
      }
    };
    if (value)
      entries.push({
        parts: key.slice(PREFIX.length).split(':'),
        value,
        forget,
      });
    else forget();
  }
  return entries;
}

/**
 * Replays what the log still holds into IndexedDB. Entries for records that
 * no longer exist are dropped. Returns how many entries were replayed.
 */
export async function replayLog(): Promise<number> {
  const store = storage();
  if (!store) return 0;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i += 1) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  let replayed = 0;
  for (const key of keys) {
    const patch = parse(store.getItem(key));
    const [kind, first, second] = key.slice(PREFIX.length).split(':');
    if (kind && REPLAYED_ELSEWHERE.has(kind)) continue;
    try {
      if (patch && kind === 'answer' && first && second) {
        await saveAnswer(
          first,
          second as CellId,
          pickFields(patch, ANSWER_FIELDS) as AnswerPatch,
        );
        replayed += 1;
      } else if (patch && kind === 'action' && first) {
        await updateAction(
          first,
          pickFields(patch, ACTION_FIELDS) as ActionPatch,
        );
        replayed += 1;
      }
    } catch (error) {
      // Storage refused (full, unavailable): keep the entry for next time.
      // The record is gone (deleted): the entry has nowhere to go.
      if (!(error instanceof StorageError && error.problem === 'missing'))
        continue;
    }
    store.removeItem(key);
  }
  return replayed;
}
