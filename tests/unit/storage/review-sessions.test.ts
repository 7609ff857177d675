import { describe, expect, it, vi } from 'vitest';
import type { ReviewAnswer } from '../../../src/domain/review-session';
import { db } from '../../../src/storage/db';
import {
  saveReviewAnswer,
  startReviewSession,
  unsavedReviewAnswer,
} from '../../../src/storage/review-sessions';
import { useFreshDb } from '../../support/db';
import { makeSummaryPack } from '../../support/factories';

const answer = (comment: string): ReviewAnswer => ({
  verdict: 'disagree',
  rating: 1,
  comment,
});

describe('saveReviewAnswer', () => {
  useFreshDb();

  it('writes fast typing one save at a time, newest last, and never leaves an older answer stored', async () => {
    const session = await startReviewSession(makeSummaryPack());
    const transaction = vi.spyOn(db, 'transaction');
    const text = 'Nobody told us what changed.';
    const saves = [...text].map((_, i) =>
      saveReviewAnswer(
        session.id,
        'service.space',
        answer(text.slice(0, i + 1)),
      ),
    );
    // While writes are waiting, a screen opening the cell sees the newest.
    expect(unsavedReviewAnswer(session.id, 'service.space')?.comment).toBe(
      text,
    );
    await Promise.all(saves);
    const stored = await db.reviewSessions.get(session.id);
    expect(stored?.answers['service.space']?.comment).toBe(text);
    expect(unsavedReviewAnswer(session.id, 'service.space')).toBeUndefined();
    // The first keystroke's write, then one for everything typed meanwhile.
    expect(transaction.mock.calls.length).toBeLessThanOrEqual(3);
    transaction.mockRestore();
  });

  it('tells every waiting save when the write fails', async () => {
    const saves = [
      saveReviewAnswer('no-such-session', 'service.space', answer('a')),
      saveReviewAnswer('no-such-session', 'service.space', answer('ab')),
    ];
    const results = await Promise.allSettled(saves);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
