import { restoreReviewAnswer } from '../domain/import/restore-packs';
import { distinct, restoreText } from '../domain/import/restore-text';
import { CELL_IDS, PACK_LIMITS } from '../domain/packs/constants';
import type { SummaryPack } from '../domain/packs/format';
import {
  newReviewSession,
  type ReviewAnswer,
  type ReviewSession,
} from '../domain/review-session';
import type { CellId } from '../domain/types';
import { db } from './db';
import { guarded, StorageError } from './errors';
import {
  logMerge,
  logPending,
  logWritten,
  pickFields,
  replayEntries,
} from './write-ahead';

/**
 * Starts reviewing a summary, or returns the review of the same summary
 * already in progress on this device, so opening a link twice resumes it.
 */
export function startReviewSession(pack: SummaryPack): Promise<ReviewSession> {
  return guarded(() =>
    db.transaction('rw', db.reviewSessions, async () => {
      const existing = (await db.reviewSessions.toArray()).find(
        (s) => s.pack.packId === pack.packId,
      );
      if (existing) return existing;
      const session = newReviewSession(
        pack,
        { id: crypto.randomUUID(), reviewId: crypto.randomUUID() },
        Date.now(),
      );
      await db.reviewSessions.add(session);
      return session;
    }),
  );
}

export type ReviewSessionPatch = Partial<
  Pick<
    ReviewSession,
    'answers' | 'priorities' | 'missing' | 'reviewer' | 'step'
  >
>;

function writeReviewSession(
  id: string,
  patch: ReviewSessionPatch,
): Promise<void> {
  return guarded(async () => {
    const count = await db.reviewSessions.update(id, {
      ...patch,
      updatedAt: Date.now(),
    });
    if (count === 0 && !(await db.reviewSessions.get(id)))
      throw new StorageError('missing');
  });
}

/** The typed fields of a review, kept in the write-ahead log until stored. */
const LOGGED_SESSION_FIELDS = ['priorities', 'missing', 'reviewer'] as const;

/**
 * Saves part of a review. Typed fields (what should change first, what is
 * missing, the name) go to the write-ahead log first, so a reload straight
 * after typing loses nothing.
 */
export async function saveReviewSession(
  id: string,
  patch: ReviewSessionPatch,
): Promise<void> {
  const typed = pickFields(patch, LOGGED_SESSION_FIELDS);
  const logKey = { kind: 'session', sessionId: id } as const;
  const logged = Object.keys(typed).length > 0;
  if (logged) logMerge(logKey, typed);
  await writeReviewSession(id, patch);
  if (logged) logWritten(logKey, typed);
}

export function deleteReviewSession(id: string): Promise<void> {
  return guarded(() => db.reviewSessions.delete(id));
}

/** Writes one cell's answer, merged inside a transaction so none is lost. */
function writeReviewAnswer(
  id: string,
  cellId: CellId,
  answer: ReviewAnswer,
): Promise<void> {
  return guarded(() =>
    db.transaction('rw', db.reviewSessions, async () => {
      const session = await db.reviewSessions.get(id);
      if (!session) throw new StorageError('missing');
      await db.reviewSessions.update(id, {
        answers: { ...session.answers, [cellId]: answer },
        updatedAt: Date.now(),
      });
    }),
  );
}

type Waiter = { resolve: () => void; reject: (error: unknown) => void };
/** The newest answer not yet written, per session and cell. */
const pending = new Map<string, { answer: ReviewAnswer; waiters: Waiter[] }>();
const writing = new Set<string>();
const keyOf = (id: string, cellId: CellId) => `${id}|${cellId}`;

async function drain(key: string, id: string, cellId: CellId) {
  writing.add(key);
  try {
    for (let next = pending.get(key); next; next = pending.get(key)) {
      pending.delete(key);
      try {
        await writeReviewAnswer(id, cellId, next.answer);
        logWritten({ kind: 'review', sessionId: id, cellId }, next.answer);
        for (const waiter of next.waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of next.waiters) waiter.reject(error);
      }
    }
  } finally {
    writing.delete(key);
  }
}

/**
 * Saves one cell's answer as it is typed. One write at a time per cell, and
 * only the newest answer waiting is written next, so a fast typist never
 * builds a queue and the last keystroke lands straight after the one
 * being written. Resolves when this answer (or a newer one) is stored.
 */
export function saveReviewAnswer(
  id: string,
  cellId: CellId,
  answer: ReviewAnswer,
): Promise<void> {
  const key = keyOf(id, cellId);
  // Synchronously on disk first, so a reload or crash loses nothing.
  logPending({ kind: 'review', sessionId: id, cellId }, answer);
  return new Promise<void>((resolve, reject) => {
    const waiting = pending.get(key);
    pending.set(key, {
      answer,
      waiters: [...(waiting?.waiters ?? []), { resolve, reject }],
    });
    if (!writing.has(key)) void drain(key, id, cellId);
  });
}

/**
 * An answer typed on this page but not yet stored, if any: a screen that
 * opens the cell again starts from it rather than from an older save.
 */
export function unsavedReviewAnswer(
  id: string,
  cellId: CellId,
): ReviewAnswer | undefined {
  return pending.get(keyOf(id, cellId))?.answer;
}

function loggedSessionPatch(
  value: Record<string, unknown>,
): ReviewSessionPatch {
  const patch: ReviewSessionPatch = {};
  if (typeof value.missing === 'string')
    patch.missing = restoreText(value.missing, PACK_LIMITS.missing);
  if (typeof value.reviewer === 'string')
    patch.reviewer = restoreText(value.reviewer, PACK_LIMITS.reviewer);
  if (Array.isArray(value.priorities))
    patch.priorities = distinct(
      value.priorities.filter((id): id is CellId => CELL_IDS.includes(id)),
    ).slice(0, PACK_LIMITS.priorities);
  return patch;
}

/**
 * Replays Champions' typing that the write-ahead log still holds (a reload
 * or crash beat IndexedDB). Entries for reviews no longer on this device are
 * dropped; entries that storage refuses stay for next time.
 */
export function replayReviewLog(): Promise<number> {
  return replayEntries(
    ['review', 'session'],
    async ([kind, id, cellId], value) => {
      if (kind === 'review' && id && cellId) {
        await writeReviewAnswer(
          id,
          cellId as CellId,
          restoreReviewAnswer(value),
        );
        return true;
      }
      if (kind === 'session' && id) {
        await writeReviewSession(id, loggedSessionPatch(value));
        return true;
      }
      return false;
    },
  );
}
