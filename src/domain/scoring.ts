/** Rules for reading a single rating. */
import type { Rating, ScoredRating } from './types';

export type RatingBand = 'low' | 'middle' | 'high';

export function isScored(
  rating: Rating | null | undefined,
): rating is ScoredRating {
  return typeof rating === 'number';
}

/** A cell counts as answered once any rating, including Don't know, is chosen. */
export function isAnswered(rating: Rating | null | undefined): boolean {
  return rating !== null && rating !== undefined;
}

/**
 * Which next-step suggestion fits a rating. Don't know is treated as low:
 * finding out is the first step. Not relevant and unanswered have none.
 */
export function bandOf(rating: Rating | null | undefined): RatingBand | null {
  if (rating === 'dontKnow') return 'low';
  if (!isScored(rating)) return null;
  if (rating <= 1) return 'low';
  if (rating === 2) return 'middle';
  return 'high';
}

/** Mean of the scored ratings, or null when none is scored. */
export function meanRating(ratings: readonly (Rating | null)[]): number | null {
  const scored = ratings.filter(isScored);
  if (scored.length === 0) return null;
  return scored.reduce<number>((sum, r) => sum + r, 0) / scored.length;
}
