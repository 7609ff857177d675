import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReviewAnswer } from '../../../src/domain/review-session';
import { db } from '../../../src/storage/db';
import {
  replayReviewLog,
  saveReviewAnswer,
  saveReviewSession,
  startReviewSession,
  unsavedReviewAnswer,
} from '../../../src/storage/review-sessions';
import { logMerge, logPending } from '../../../src/storage/write-ahead';
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

describe('the write-ahead log for Champions’ typing', () => {
  useFreshDb();
  beforeEach(() => localStorage.clear());

  const logged = () =>
    Object.keys(localStorage).filter((k) => k.startsWith('vi-wal:'));

  it('holds an answer on disk the moment it is typed, and lets it go once stored', async () => {
    const session = await startReviewSession(makeSummaryPack());
    const saved = saveReviewAnswer(
      session.id,
      'service.space',
      answer('Typed, then the page reloaded.'),
    );
    expect(logged()).toEqual([`vi-wal:review:${session.id}:service.space`]);
    await saved;
    expect(logged()).toEqual([]);
  });

  it('replays an answer and typed fields a reload beat to the database', async () => {
    const session = await startReviewSession(makeSummaryPack());
    // What the log holds when the page died before IndexedDB had the writes.
    logPending(
      { kind: 'review', sessionId: session.id, cellId: 'service.voice' },
      answer('Only in the log.'),
    );
    logMerge({ kind: 'session', sessionId: session.id }, { missing: 'Buses' });
    logMerge({ kind: 'session', sessionId: session.id }, { reviewer: 'Sam' });

    expect(await replayReviewLog()).toBe(2);
    const stored = await db.reviewSessions.get(session.id);
    expect(stored?.answers['service.voice']).toEqual(
      answer('Only in the log.'),
    );
    expect(stored?.missing).toBe('Buses');
    expect(stored?.reviewer).toBe('Sam');
    expect(logged()).toEqual([]);
  });

  it('keeps typed review fields logged until stored, and replays only known, well-formed values', async () => {
    const session = await startReviewSession(makeSummaryPack());
    await saveReviewSession(session.id, { missing: 'Youth workers' });
    expect(logged()).toEqual([]);
    logPending(
      { kind: 'review', sessionId: session.id, cellId: 'service.space' },
      { verdict: 'maybe', rating: 9, comment: 42, extra: 'x' },
    );
    await replayReviewLog();
    const stored = await db.reviewSessions.get(session.id);
    expect(stored?.answers['service.space']).toEqual({
      verdict: null,
      rating: null,
      comment: '',
    });
    expect(stored?.missing).toBe('Youth workers');
  });

  it('drops log entries for a review no longer on this device, and leaves the organisation’s log alone', async () => {
    logPending(
      { kind: 'review', sessionId: 'gone', cellId: 'service.space' },
      answer('Nowhere to go.'),
    );
    logPending(
      { kind: 'answer', reflectionId: 'r1', cellId: 'service.space' },
      { evidence: 'An organisation’s typing.' },
    );
    expect(await replayReviewLog()).toBe(0);
    expect(logged()).toEqual(['vi-wal:answer:r1:service.space']);
  });
});
