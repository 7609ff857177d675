import type { StoredReview } from '../domain/merge-reviews';
import type { ReviewPack } from '../domain/packs/format';
import { db } from './db';
import { guarded } from './errors';

export type ReviewImport =
  | { outcome: 'added'; reflectionId: string }
  | { outcome: 'duplicate'; reflectionId: string }
  | { outcome: 'updated'; reflectionId: string }
  | { outcome: 'noReflection' };

/**
 * Files a returned review with its reflection. The same review opened twice
 * is kept once; a changed version of it (sent again later, same id) replaces
 * the older one; a review of a reflection not on this device is not kept.
 */
export function importReview(
  pack: ReviewPack,
  now: number,
): Promise<ReviewImport> {
  return guarded(() =>
    db.transaction(
      'rw',
      db.reflections,
      db.reviews,
      async (): Promise<ReviewImport> => {
        if (!(await db.reflections.get(pack.reflectionId)))
          return { outcome: 'noReflection' };
        const existing = await db.reviews.get(pack.reviewId);
        const newer =
          existing !== undefined && pack.createdAt > (existing.sentAt ?? '');
        if (existing && !newer) {
          return { outcome: 'duplicate', reflectionId: pack.reflectionId };
        }
        const review: StoredReview = {
          id: pack.reviewId,
          reflectionId: pack.reflectionId,
          packId: pack.packId,
          reviewer: pack.reviewer,
          locale: pack.locale,
          responses: pack.responses,
          priorities: pack.priorities,
          missing: pack.missing,
          receivedAt: existing?.receivedAt ?? now,
          sentAt: pack.createdAt,
        };
        await db.reviews.put(review);
        return {
          outcome: existing ? 'updated' : 'added',
          reflectionId: pack.reflectionId,
        };
      },
    ),
  );
}

export function deleteReview(id: string): Promise<void> {
  return guarded(() => db.reviews.delete(id));
}

export function listReviews(reflectionId: string): Promise<StoredReview[]> {
  return guarded(() =>
    db.reviews.where('reflectionId').equals(reflectionId).sortBy('receivedAt'),
  );
}
