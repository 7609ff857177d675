import { emptyAnswer } from '../domain/reflection';
import type { Answer, CellId } from '../domain/types';
import { db } from './db';
import { guarded, StorageError } from './errors';

export type AnswerPatch = Partial<
  Omit<Answer, 'reflectionId' | 'cellId' | 'updatedAt'>
>;

/**
 * How stale the reflection's "last saved" time may get while someone types.
 * Touching the reflection on every keystroke made every open screen that
 * shows the reflection re-read and redraw it for each letter.
 */
export const TOUCH_REFLECTION_MS = 5_000;

/**
 * Saves part of one answer. Runs in one transaction with the reflection so
 * that an answer is never written for a reflection deleted elsewhere (another
 * tab): that case fails with StorageError('missing'). The reflection's
 * `updatedAt` moves on at most every TOUCH_REFLECTION_MS.
 */
export function saveAnswer(
  reflectionId: string,
  cellId: CellId,
  patch: AnswerPatch,
): Promise<Answer> {
  return guarded(() =>
    db.transaction('rw', db.reflections, db.answers, async () => {
      const reflection = await db.reflections.get(reflectionId);
      if (!reflection) throw new StorageError('missing');
      const now = Date.now();
      const current =
        (await db.answers.get([reflectionId, cellId])) ??
        emptyAnswer(reflectionId, cellId);
      const next: Answer = { ...current, ...patch, updatedAt: now };
      await db.answers.put(next);
      if (now - reflection.updatedAt >= TOUCH_REFLECTION_MS) {
        await db.reflections.update(reflectionId, { updatedAt: now });
      }
      return next;
    }),
  );
}

export function getAnswer(
  reflectionId: string,
  cellId: CellId,
): Promise<Answer | undefined> {
  return guarded(() => db.answers.get([reflectionId, cellId]));
}

export function listAnswers(reflectionId: string): Promise<Answer[]> {
  return guarded(() =>
    db.answers.where('reflectionId').equals(reflectionId).toArray(),
  );
}
