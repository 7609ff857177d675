import { describe, expect, it } from 'vitest';
import {
  cellsByDifference,
  differenceOf,
  mergeReviews,
  toStoredReview,
} from '../../../src/domain/merge-reviews';
import type { ReviewResponse } from '../../../src/domain/packs/format';
import type { CellId } from '../../../src/domain/types';
import { makeReviewPack, makeStoredReview } from '../../support/factories';

const REFLECTION = 'reflection-under-review';

function response(
  cellId: CellId,
  verdict: ReviewResponse['verdict'],
  rating: ReviewResponse['rating'] = null,
  comment = '',
): ReviewResponse {
  return { cellId, verdict, rating, comment };
}

const orgAnswers = [
  { cellId: 'service.space' as const, rating: 3 as const },
  { cellId: 'service.voice' as const, rating: 1 as const },
  { cellId: 'service.audience' as const, rating: 'dontKnow' as const },
];

describe('mergeReviews', () => {
  it('gives an empty merge when there are no reviews', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, []);
    expect(merged.reviewCount).toBe(0);
    expect(merged.priorities).toEqual([]);
    expect(merged.missing).toEqual([]);
    expect(merged.ignored).toEqual([]);
    expect(
      merged.cells.map((c) => [c.cellId, c.orgRating, c.responseCount]),
    ).toEqual([
      ['service.space', 3, 0],
      ['service.voice', 1, 0],
      ['service.audience', 'dontKnow', 0],
    ]);
    expect(cellsByDifference(merged)).toEqual([]);
  });

  it('counts agreement and gathers ratings and comments from many reviews', () => {
    const reviews = [
      makeStoredReview({
        reviewer: 'JT',
        responses: [
          response('service.space', 'agree', 3, 'Yes, the youth room'),
        ],
      }),
      makeStoredReview({
        reviewer: '',
        responses: [
          response('service.space', 'disagree', 1, '  Only in term time '),
        ],
      }),
      makeStoredReview({
        responses: [response('service.space', 'notSure', 'dontKnow')],
      }),
      makeStoredReview({ responses: [response('service.space', 'agree')] }),
    ];
    const space = mergeReviews(REFLECTION, orgAnswers, reviews).cells[0];
    expect(space).toMatchObject({
      cellId: 'service.space',
      orgRating: 3,
      agree: 2,
      notSure: 1,
      disagree: 1,
      ratings: [3, 1, 'dontKnow'],
      responseCount: 4,
      comments: [
        { reviewer: 'JT', text: 'Yes, the youth room' },
        { reviewer: '', text: 'Only in term time' },
      ],
    });
  });

  it('merges many reviews, counting every verdict once', () => {
    const verdicts = ['agree', 'notSure', 'disagree'] as const;
    const reviews = Array.from({ length: 30 }, (_, i) =>
      makeStoredReview({
        responses: [response('service.voice', verdicts[i % 3] ?? null, 2)],
      }),
    );
    const merged = mergeReviews(REFLECTION, orgAnswers, reviews);
    expect(merged.reviewCount).toBe(30);
    expect(merged.cells[1]).toMatchObject({
      agree: 10,
      notSure: 10,
      disagree: 10,
      responseCount: 30,
    });
    expect(merged.cells[1]?.ratings).toHaveLength(30);
    expect(merged.cells[1]?.difference).toBeCloseTo(1 / 3 + 1 / 4);
  });

  it('counts the same review once, keeping the first received', () => {
    const first = makeStoredReview({
      id: 'same',
      receivedAt: 1,
      responses: [response('service.space', 'agree')],
    });
    const again = {
      ...first,
      receivedAt: 2,
      responses: [response('service.space', 'disagree')],
    };
    const merged = mergeReviews(REFLECTION, orgAnswers, [again, first]);
    expect(merged.reviewCount).toBe(1);
    expect(merged.cells[0]).toMatchObject({ agree: 1, disagree: 0 });
    expect(merged.ignored).toEqual([{ reviewId: 'same', reason: 'duplicate' }]);
  });

  it('leaves out reviews of another reflection and says so', () => {
    const other = makeStoredReview({
      id: 'elsewhere',
      reflectionId: 'another-reflection',
      responses: [response('service.space', 'disagree')],
      priorities: ['service.space'],
      missing: 'Not ours',
    });
    const merged = mergeReviews(REFLECTION, orgAnswers, [other]);
    expect(merged.reviewCount).toBe(0);
    expect(merged.cells[0]?.disagree).toBe(0);
    expect(merged.priorities).toEqual([]);
    expect(merged.missing).toEqual([]);
    expect(merged.ignored).toEqual([
      { reviewId: 'elsewhere', reason: 'otherReflection' },
    ]);
  });

  it('counts priorities, most chosen first and in framework order among equals', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({ priorities: ['system.voice', 'service.voice'] }),
      makeStoredReview({
        priorities: ['service.voice', 'individual.space', 'system.voice'],
      }),
      makeStoredReview({ priorities: ['service.voice'] }),
    ]);
    expect(merged.priorities).toEqual([
      { cellId: 'service.voice', count: 3 },
      { cellId: 'system.voice', count: 2 },
      { cellId: 'individual.space', count: 1 },
    ]);
  });

  it('gathers what is missing, skipping blanks', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({ reviewer: 'A', missing: ' Schools ' }),
      makeStoredReview({ reviewer: 'B', missing: '   ' }),
    ]);
    expect(merged.missing).toEqual([
      { reviewer: 'A', text: 'Schools', locale: 'en-GB' },
    ]);
  });

  it('keeps the language each Champion wrote in beside their words', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({
        reviewer: 'Ceri',
        locale: 'cy',
        missing: 'Ysgolion',
        responses: [response('service.space', 'agree', 3, 'Ydy, yn wir')],
      }),
      makeStoredReview({
        reviewer: 'Amal',
        locale: 'ar',
        responses: [response('service.space', 'disagree', 1, 'ليس دائمًا')],
      }),
    ]);
    expect(merged.missing).toEqual([
      { reviewer: 'Ceri', text: 'Ysgolion', locale: 'cy' },
    ]);
    expect(
      merged.cells.find((c) => c.cellId === 'service.space')?.comments,
    ).toEqual([
      { reviewer: 'Ceri', text: 'Ydy, yn wir', locale: 'cy' },
      { reviewer: 'Amal', text: 'ليس دائمًا', locale: 'ar' },
    ]);
  });

  it('adds cells Champions responded to that the organisation did not answer, in framework order', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({ responses: [response('individual.voice', 'agree')] }),
    ]);
    expect(merged.cells.map((c) => c.cellId)).toEqual([
      'individual.voice',
      'service.space',
      'service.voice',
      'service.audience',
    ]);
    expect(merged.cells[0]?.orgRating).toBeNull();
  });

  it('does not count an empty response', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({
        responses: [response('service.voice', null, null, '  ')],
      }),
    ]);
    expect(merged.cells[1]?.responseCount).toBe(0);
  });
});

describe('differenceOf', () => {
  const none = { agree: 0, notSure: 0, disagree: 0, ratings: [] };

  it('is 0 when everyone agrees and rates it the same', () => {
    expect(
      differenceOf({ ...none, orgRating: 3, agree: 4, ratings: [3, 3] }),
    ).toBe(0);
  });

  it('adds the share who disagree to the rating gap over 4', () => {
    // 1 of 4 disagree; median of [0, 1, 4] is 1; |3 - 1| / 4 = 0.5.
    expect(
      differenceOf({
        ...none,
        orgRating: 3,
        agree: 3,
        disagree: 1,
        ratings: [0, 1, 4],
      }),
    ).toBe(0.75);
  });

  it('uses the mean of the middle two for an even number of ratings', () => {
    expect(differenceOf({ ...none, orgRating: 4, ratings: [0, 1, 3, 4] })).toBe(
      0.5,
    );
  });

  it('ignores unscored ratings on either side', () => {
    expect(
      differenceOf({
        ...none,
        orgRating: 'dontKnow',
        disagree: 1,
        ratings: [0],
      }),
    ).toBe(1);
    expect(
      differenceOf({
        ...none,
        orgRating: 2,
        ratings: ['dontKnow', 'notRelevant'],
      }),
    ).toBe(0);
    expect(differenceOf({ ...none, orgRating: null, ratings: [4] })).toBe(0);
  });

  it('reaches 2 when everyone disagrees and rates at the other end', () => {
    expect(
      differenceOf({ ...none, orgRating: 4, disagree: 3, ratings: [0, 0] }),
    ).toBe(2);
  });
});

describe('cellsByDifference', () => {
  it('lists responded cells, most different first', () => {
    const merged = mergeReviews(REFLECTION, orgAnswers, [
      makeStoredReview({
        responses: [
          response('service.space', 'agree', 3),
          response('service.voice', 'disagree', 4),
        ],
      }),
      makeStoredReview({
        responses: [
          response('service.space', 'notSure', 2),
          response('service.voice', 'disagree', 3),
          response('service.audience', 'disagree'),
        ],
      }),
    ]);
    const ordered = cellsByDifference(merged);
    expect(ordered.map((c) => [c.cellId, c.difference])).toEqual([
      ['service.voice', 1 + 2.5 / 4],
      ['service.audience', 1],
      ['service.space', 0.5 / 4],
    ]);
  });
});

describe('toStoredReview', () => {
  it('keeps a review pack under its review id with the time it came in', () => {
    const pack = makeReviewPack({ reviewer: 'JT', missing: 'Schools' });
    expect(toStoredReview(pack, 42)).toEqual({
      id: pack.reviewId,
      reflectionId: pack.reflectionId,
      packId: pack.packId,
      reviewer: 'JT',
      locale: 'en-GB',
      responses: pack.responses,
      priorities: [],
      missing: 'Schools',
      receivedAt: 42,
    });
  });
});
