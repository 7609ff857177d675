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

export type LogKey =
  | { kind: 'answer'; reflectionId: string; cellId: CellId }
  | { kind: 'action'; actionId: string }
  /** A Champion's answer to one cell (replayed by review-sessions.ts). */
  | { kind: 'review'; sessionId: string; cellId: CellId }
  /** A Champion's typed fields of a review (replayed by review-sessions.ts). */
  | { kind: 'session'; sessionId: string };

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

type LogEntry = {
  /** The kind, then the ids, as in the key: e.g. ['review', id, cellId]. */
  parts: string[];
  value: Record<string, unknown>;
  /** Removes this entry once it has been replayed (or has nowhere to go). */
  forget: () => void;
};

/** The entries of one kind still in the log; unreadable ones are dropped. */
function pendingEntries(kind: LogKey['kind']): LogEntry[] {
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
 * Replays the log's entries of `kinds` into IndexedDB through `write`, which
 * says whether it wrote anything. An entry whose record no longer exists
 * (deleted) is dropped; one that storage refuses (full, unavailable) stays
 * for next time. Returns how many entries were written.
 */
export async function replayEntries(
  kinds: readonly LogKey['kind'][],
  write: (parts: string[], value: Record<string, unknown>) => Promise<boolean>,
): Promise<number> {
  let replayed = 0;
  for (const { parts, value, forget } of kinds.flatMap((kind) =>
    pendingEntries(kind),
  )) {
    try {
      if (await write(parts, value)) replayed += 1;
    } catch (error) {
      if (!(error instanceof StorageError && error.problem === 'missing'))
        continue;
    }
    forget();
  }
  return replayed;
}

/** Replays the organisation's typing (answers and actions) the log still holds. */
export function replayLog(): Promise<number> {
  return replayEntries(
    ['answer', 'action'],
    async ([kind, first, second], value) => {
      if (kind === 'answer' && first && second) {
        await saveAnswer(
          first,
          second as CellId,
          pickFields(value, ANSWER_FIELDS) as AnswerPatch,
        );
        return true;
      }
      if (kind === 'action' && first) {
        await updateAction(
          first,
          pickFields(value, ACTION_FIELDS) as ActionPatch,
        );
        return true;
      }
      return false;
    },
  );
}
