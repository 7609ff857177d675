/**
 * Restore for the two packs: a fresh copy of a validated pack with exactly
 * the fields this app knows, every level rebuilt field by field. Unknown
 * fields are dropped, missing optional ones get their defaults, text is
 * cleaned and capped, lists are capped and lose repeats. `evidence`,
 * `examples` and `actions` stay absent when absent: in a summary that means
 * "not shared", which is not the same as shared and empty.
 */
import { PACK_LIMITS, VERDICTS } from '../packs/constants';
import type {
  ReviewPack,
  ReviewResponse,
  SummaryAction,
  SummaryCell,
  SummaryPack,
} from '../packs/format';
import type { ReviewAnswer } from '../review-session';
import { ALL_RATINGS, LIMITS } from '../types';
import { distinct, field, oneOf, restoreText } from './restore-text';

function restoreCell(cell: SummaryCell): SummaryCell {
  const out: SummaryCell = {
    cellId: cell.cellId,
    rating: oneOf(cell.rating, ALL_RATINGS, null),
    groupsReached: distinct(cell.groupsReached ?? []).slice(
      0,
      PACK_LIMITS.groups,
    ),
  };
  if (cell.evidence !== undefined) {
    out.evidence = restoreText(cell.evidence, LIMITS.longText);
  }
  if (cell.examples !== undefined) {
    out.examples = restoreText(cell.examples, LIMITS.longText);
  }
  return out;
}

function restoreAction(action: SummaryAction): SummaryAction {
  return {
    text: restoreText(action.text, LIMITS.actionText),
    owner: restoreText(action.owner, LIMITS.owner),
    due: typeof action.due === 'string' ? action.due : '',
    cellId: action.cellId ?? null,
  };
}

export function restoreSummary(pack: SummaryPack): SummaryPack {
  const { reflection } = pack;
  const out: SummaryPack = {
    format: pack.format,
    version: pack.version,
    app: pack.app,
    createdAt: pack.createdAt,
    packId: pack.packId,
    reflection: {
      id: reflection.id,
      organisationName: restoreText(
        reflection.organisationName,
        LIMITS.organisationName,
      ),
      organisationType: reflection.organisationType,
      area: restoreText(reflection.area, LIMITS.area),
      date: reflection.date,
      levels: distinct(reflection.levels),
      locale: reflection.locale,
      frameworkVersion: reflection.frameworkVersion,
    },
    cells: pack.cells.slice(0, PACK_LIMITS.cells).map(restoreCell),
  };
  if (pack.actions !== undefined) {
    out.actions = pack.actions.slice(0, PACK_LIMITS.actions).map(restoreAction);
  }
  return out;
}

/**
 * A Champion's answer to one cell, from anything: a review pack's response
 * or the write-ahead log's copy of one being typed.
 */
export function restoreReviewAnswer(answer: unknown): ReviewAnswer {
  return {
    verdict: oneOf(field(answer, 'verdict'), VERDICTS, null),
    rating: oneOf(field(answer, 'rating'), ALL_RATINGS, null),
    comment: restoreText(field(answer, 'comment'), PACK_LIMITS.comment),
  };
}

function restoreResponse(response: ReviewResponse): ReviewResponse {
  return { cellId: response.cellId, ...restoreReviewAnswer(response) };
}

type ReviewContent = Pick<
  ReviewPack,
  'reviewer' | 'responses' | 'priorities' | 'missing'
>;

/** The Champion's words: shared by review packs and stored reviews. */
export function restoreReviewContent(pack: ReviewContent): ReviewContent {
  return {
    reviewer: restoreText(pack.reviewer, PACK_LIMITS.reviewer),
    responses: (pack.responses ?? [])
      .slice(0, PACK_LIMITS.responses)
      .map(restoreResponse),
    priorities: distinct(pack.priorities ?? []).slice(
      0,
      PACK_LIMITS.priorities,
    ),
    missing: restoreText(pack.missing, PACK_LIMITS.missing),
  };
}

export function restoreReview(pack: ReviewPack): ReviewPack {
  const content = restoreReviewContent(pack);
  return {
    format: pack.format,
    version: pack.version,
    app: pack.app,
    createdAt: pack.createdAt,
    reviewId: pack.reviewId,
    packId: pack.packId,
    reflectionId: pack.reflectionId,
    reviewer: content.reviewer,
    locale: pack.locale,
    responses: content.responses,
    priorities: content.priorities,
    missing: content.missing,
  };
}
