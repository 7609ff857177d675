/**
 * A Champion's review in progress on a tablet, and the review pack it turns
 * into. The session keeps the summary it is reviewing, so it works offline
 * and survives reloads.
 */
import {
  APP_ID,
  PACK_LIMITS,
  REVIEW_FORMAT,
  REVIEW_VERSION,
  cleanText,
  type Verdict,
} from './packs/constants';
import type { ReviewPack, SummaryPack } from './packs/format';
import type { CellId, Rating } from './types';

export const MAX_PRIORITIES = PACK_LIMITS.priorities;

export type ReviewAnswer = {
  verdict: Verdict | null;
  rating: Rating | null;
  comment: string;
};

export type ReviewSession = {
  id: string;
  /** The id the finished review pack carries; stays the same if sent twice. */
  reviewId: string;
  pack: SummaryPack;
  answers: Partial<Record<CellId, ReviewAnswer>>;
  priorities: CellId[];
  missing: string;
  reviewer: string;
  /** The screen the Champion was on, to resume there. */
  step: string;
  createdAt: number;
  updatedAt: number;
};

export function newReviewSession(
  pack: SummaryPack,
  ids: { id: string; reviewId: string },
  now: number,
): ReviewSession {
  return {
    ...ids,
    pack,
    answers: {},
    priorities: [],
    missing: '',
    reviewer: '',
    step: 'start',
    createdAt: now,
    updatedAt: now,
  };
}

export const EMPTY_REVIEW_ANSWER: ReviewAnswer = {
  verdict: null,
  rating: null,
  comment: '',
};

/** Adds or removes a priority, keeping at most three, in the order chosen. */
export function togglePriority(
  priorities: readonly CellId[],
  cellId: CellId,
): CellId[] {
  if (priorities.includes(cellId))
    return priorities.filter((p) => p !== cellId);
  if (priorities.length >= MAX_PRIORITIES) return [...priorities];
  return [...priorities, cellId];
}

/** How many shared cells have a verdict, a rating or a comment. */
export function reviewProgress(session: ReviewSession): {
  done: number;
  total: number;
} {
  const total = session.pack.cells.length;
  const done = session.pack.cells.filter((cell) => {
    const a = session.answers[cell.cellId];
    return Boolean(a && (a.verdict || a.rating !== null || a.comment.trim()));
  }).length;
  return { done, total };
}

/** The review pack handed back to the organisation. */
export function buildReviewPack(
  session: ReviewSession,
  now: Date,
  locale: string,
): ReviewPack {
  const shared = new Set(session.pack.cells.map((c) => c.cellId));
  return {
    format: REVIEW_FORMAT,
    version: REVIEW_VERSION,
    app: APP_ID,
    createdAt: now.toISOString(),
    reviewId: session.reviewId,
    packId: session.pack.packId,
    reflectionId: session.pack.reflection.id,
    reviewer: cleanText(session.reviewer, PACK_LIMITS.reviewer),
    locale,
    responses: session.pack.cells
      .map((cell) => ({
        cellId: cell.cellId,
        answer: session.answers[cell.cellId],
      }))
      .filter(({ answer }) => Boolean(answer))
      .map(({ cellId, answer }) => ({
        cellId,
        verdict: answer?.verdict ?? null,
        rating: answer?.rating ?? null,
        comment: cleanText(answer?.comment ?? '', PACK_LIMITS.comment),
      })),
    priorities: session.priorities
      .filter((p) => shared.has(p))
      .slice(0, MAX_PRIORITIES),
    missing: cleanText(session.missing, PACK_LIMITS.missing),
  };
}
