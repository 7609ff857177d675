import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../src/domain/import/pipeline';
import {
  buildReviewPack,
  newReviewSession,
  reviewProgress,
  togglePriority,
} from '../../../src/domain/review-session';
import { makeSummaryPack } from '../../support/factories';

const ids = { id: 'session-1', reviewId: crypto.randomUUID() };

describe('togglePriority', () => {
  it('adds in the order chosen, removes on a second press, and keeps at most three', () => {
    let p = togglePriority([], 'service.space');
    p = togglePriority(p, 'service.voice');
    p = togglePriority(p, 'service.audience');
    expect(togglePriority(p, 'service.influence')).toEqual([
      'service.space',
      'service.voice',
      'service.audience',
    ]);
    expect(togglePriority(p, 'service.voice')).toEqual([
      'service.space',
      'service.audience',
    ]);
  });
});

describe('reviewProgress', () => {
  it('counts a cell once it has a verdict, a rating or a comment', () => {
    const session = newReviewSession(makeSummaryPack(), ids, 1);
    session.answers['service.space'] = {
      verdict: 'agree',
      rating: null,
      comment: '',
    };
    session.answers['service.voice'] = {
      verdict: null,
      rating: null,
      comment: '  ',
    };
    session.answers['service.audience'] = {
      verdict: null,
      rating: null,
      comment: 'We were not asked',
    };
    expect(reviewProgress(session)).toEqual({ done: 2, total: 7 });
  });
});

describe('buildReviewPack', () => {
  it('makes a valid review pack that names the summary and reflection it answers', async () => {
    const summary = makeSummaryPack();
    const session = newReviewSession(summary, ids, 1);
    session.answers['service.space'] = {
      verdict: 'disagree',
      rating: 1,
      comment: ' Never asked \u0007',
    };
    session.priorities = ['service.space'];
    session.missing = 'Transport costs';
    session.reviewer = 'AB';
    const pack = buildReviewPack(
      session,
      new Date('2026-04-01T12:00:00Z'),
      'en-GB',
    );

    expect(pack).toMatchObject({
      reviewId: ids.reviewId,
      packId: summary.packId,
      reflectionId: summary.reflection.id,
      reviewer: 'AB',
      responses: [
        {
          cellId: 'service.space',
          verdict: 'disagree',
          rating: 1,
          comment: 'Never asked',
        },
      ],
      priorities: ['service.space'],
      missing: 'Transport costs',
    });
    // What it hands back opens, unchanged, through the import pipeline.
    const file = new TextEncoder().encode(JSON.stringify(pack));
    expect(await importBytes(file)).toEqual({
      ok: true,
      kind: 'review',
      document: pack,
    });
  });

  it('keeps the same review id when the review is sent again, so it is counted once', () => {
    const session = newReviewSession(makeSummaryPack(), ids, 1);
    const first = buildReviewPack(session, new Date(), 'en-GB');
    session.missing = 'Changed my mind';
    expect(buildReviewPack(session, new Date(), 'en-GB').reviewId).toBe(
      first.reviewId,
    );
  });

  it('drops priorities for cells that were not shared', () => {
    const session = newReviewSession(makeSummaryPack(), ids, 1);
    session.priorities = ['system.space', 'service.voice'];
    expect(buildReviewPack(session, new Date(), 'en-GB').priorities).toEqual([
      'service.voice',
    ]);
  });
});
