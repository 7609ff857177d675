import type { SummaryPack } from '../domain/packs/format';
import {
  newReviewSession,
  type ReviewAnswer,
  type ReviewSession,
} from '../domain/review-session';
import type { CellId } from '../domain/types';
import { db } from './db';
import { guarded, StorageError } from './errors';

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

export function saveReviewSession(
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

export function deleteReviewSession(id: string): Promise<void> {
  return guarded(() => db.reviewSessions.delete(id));
}

/** Saves one cell's answer, merged inside a transaction so none is lost. */
export function saveReviewAnswer(
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
