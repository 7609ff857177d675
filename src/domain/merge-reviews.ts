/**
 * Bringing Champions' reviews together beside the organisation's own view:
 * agreement counts, their ratings and comments per cell, what they would
 * change first and what they say is missing. The same review opened twice
 * counts once; reviews of another reflection are left out and listed.
 */
import { CELL_IDS } from './packs/format';
import type { ReviewPack, ReviewResponse } from './packs/format';
import { isScored } from './scoring';
import type { Answer, CellId, Rating } from './types';

/** A review as the app keeps it; `id` is the pack's `reviewId`. */
export type StoredReview = {
  id: string;
  reflectionId: string;
  packId: string;
  reviewer: string;
  locale: string;
  responses: ReviewResponse[];
  priorities: CellId[];
  missing: string;
  receivedAt: number;
  /**
   * When the Champion made this version (ISO). A review sent again after a
   * change keeps its id; the newer version replaces the older one.
   */
  sentAt?: string;
};

/** What merging needs from a review; `receivedAt` decides which came first. */
export type MergeableReview = Pick<
  StoredReview,
  'id' | 'reflectionId' | 'reviewer' | 'responses' | 'priorities' | 'missing'
> & { receivedAt?: number; locale?: string };

/** A Champion's words, with the language they were written in (if known). */
export type ReviewerText = { reviewer: string; text: string; locale?: string };

export type MergedCell = {
  cellId: CellId;
  orgRating: Rating | null;
  agree: number;
  notSure: number;
  disagree: number;
  /** The Champions' own ratings, in the order the reviews came. */
  ratings: Rating[];
  comments: ReviewerText[];
  /** Reviews that gave a verdict, a rating or a comment for this cell. */
  responseCount: number;
  /** How far the Champions' view is from the organisation's; see below. */
  difference: number;
};

export type MergedReviews = {
  reflectionId: string;
  /** Every cell the organisation answered or a Champion responded to. */
  cells: MergedCell[];
  /** Cells chosen as "change this first", most often chosen first. */
  priorities: { cellId: CellId; count: number }[];
  missing: ReviewerText[];
  reviewCount: number;
  ignored: { reviewId: string; reason: 'otherReflection' | 'duplicate' }[];
};

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? 0) + upper) / 2;
}

/**
 * difference = disagree / (reviews giving a verdict)
 *            + |organisation's rating - median of Champions' scored ratings| / 4
 *
 * Each part runs from 0 to 1, so the whole runs from 0 (everyone agrees and
 * rates it the same) to 2. A part with nothing to compare (no verdicts; an
 * unscored organisation rating or no scored Champion ratings) counts 0.
 */
export function differenceOf(
  cell: Pick<
    MergedCell,
    'orgRating' | 'agree' | 'notSure' | 'disagree' | 'ratings'
  >,
): number {
  const verdicts = cell.agree + cell.notSure + cell.disagree;
  const disagreeShare = verdicts === 0 ? 0 : cell.disagree / verdicts;
  const scored = cell.ratings.filter(isScored);
  const gap =
    isScored(cell.orgRating) && scored.length > 0
      ? Math.abs(cell.orgRating - median(scored)) / 4
      : 0;
  return disagreeShare + gap;
}

function hasContent(response: ReviewResponse): boolean {
  return (
    response.verdict !== null ||
    response.rating !== null ||
    response.comment.trim().length > 0
  );
}

function emptyCell(cellId: CellId, orgRating: Rating | null): MergedCell {
  return {
    cellId,
    orgRating,
    agree: 0,
    notSure: 0,
    disagree: 0,
    ratings: [],
    comments: [],
    responseCount: 0,
    difference: 0,
  };
}

function addResponse(
  cell: MergedCell,
  { reviewer, locale }: Pick<MergeableReview, 'reviewer' | 'locale'>,
  r: ReviewResponse,
) {
  if (!hasContent(r)) return;
  cell.responseCount += 1;
  if (r.verdict !== null) cell[r.verdict] += 1;
  if (r.rating !== null) cell.ratings.push(r.rating);
  const text = r.comment.trim();
  if (text.length > 0)
    cell.comments.push({ reviewer, text, ...(locale ? { locale } : {}) });
}

/** Reviews in the order received; without times, in the order given. */
function inReceivedOrder<T extends { receivedAt?: number }>(
  items: readonly T[],
): T[] {
  const timed = items.every((item) => item.receivedAt !== undefined);
  if (!timed) return [...items];
  return [...items].sort((a, b) => (a.receivedAt ?? 0) - (b.receivedAt ?? 0));
}

export function mergeReviews(
  reflectionId: string,
  orgAnswers: readonly Pick<Answer, 'cellId' | 'rating'>[],
  reviews: readonly MergeableReview[],
): MergedReviews {
  const cells = new Map<CellId, MergedCell>();
  const cellFor = (cellId: CellId) => {
    const cell = cells.get(cellId) ?? emptyCell(cellId, null);
    cells.set(cellId, cell);
    return cell;
  };
  for (const answer of orgAnswers)
    cellFor(answer.cellId).orgRating = answer.rating;

  const ignored: MergedReviews['ignored'] = [];
  const seen = new Set<string>();
  const priorityCounts = new Map<CellId, number>();
  const missing: ReviewerText[] = [];
  for (const review of inReceivedOrder(reviews)) {
    if (review.reflectionId !== reflectionId) {
      ignored.push({ reviewId: review.id, reason: 'otherReflection' });
      continue;
    }
    if (seen.has(review.id)) {
      ignored.push({ reviewId: review.id, reason: 'duplicate' });
      continue;
    }
    seen.add(review.id);
    for (const response of review.responses) {
      addResponse(cellFor(response.cellId), review, response);
    }
    for (const cellId of new Set(review.priorities)) {
      priorityCounts.set(cellId, (priorityCounts.get(cellId) ?? 0) + 1);
    }
    const text = review.missing.trim();
    if (text.length > 0)
      missing.push({
        reviewer: review.reviewer,
        text,
        ...(review.locale ? { locale: review.locale } : {}),
      });
  }

  const order = (cellId: CellId) => CELL_IDS.indexOf(cellId);
  const merged = [...cells.values()].sort(
    (a, b) => order(a.cellId) - order(b.cellId),
  );
  for (const cell of merged) cell.difference = differenceOf(cell);
  const priorities = [...priorityCounts]
    .map(([cellId, count]) => ({ cellId, count }))
    .sort((a, b) => b.count - a.count || order(a.cellId) - order(b.cellId));

  return {
    reflectionId,
    cells: merged,
    priorities,
    missing,
    reviewCount: seen.size,
    ignored,
  };
}

/** Cells with at least one response, the most different first. */
export function cellsByDifference(merged: MergedReviews): MergedCell[] {
  return merged.cells
    .filter((cell) => cell.responseCount > 0)
    .sort(
      (a, b) =>
        b.difference - a.difference ||
        b.disagree - a.disagree ||
        b.responseCount - a.responseCount,
    );
}

/** The record to keep for a review pack that has just been opened. */
export function toStoredReview(
  pack: ReviewPack,
  receivedAt: number,
): StoredReview {
  return {
    id: pack.reviewId,
    reflectionId: pack.reflectionId,
    packId: pack.packId,
    reviewer: pack.reviewer,
    locale: pack.locale,
    responses: pack.responses,
    priorities: pack.priorities,
    missing: pack.missing,
    receivedAt,
  };
}
