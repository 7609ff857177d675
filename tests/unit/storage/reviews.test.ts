import { describe, expect, it } from 'vitest';
import { db } from '../../../src/storage/db';
import { addReflection } from '../../../src/storage/reflections';
import { importReview } from '../../../src/storage/reviews';
import { useFreshDb } from '../../support/db';
import { makeReflection, makeReviewPack } from '../../support/factories';

describe('importReview', () => {
  useFreshDb();

  it('keeps the same review once, and lets a changed version sent later replace it', async () => {
    const reflection = makeReflection({ id: crypto.randomUUID() });
    await addReflection(reflection);
    const first = makeReviewPack({
      reflectionId: reflection.id,
      createdAt: '2026-04-01T10:00:00.000Z',
    });
    expect((await importReview(first, 1)).outcome).toBe('added');
    expect((await importReview(first, 2)).outcome).toBe('duplicate');

    const changed = {
      ...first,
      createdAt: '2026-04-02T10:00:00.000Z',
      responses: [
        {
          cellId: 'service.space' as const,
          verdict: 'disagree' as const,
          rating: 1 as const,
          comment: 'Changed',
        },
      ],
    };
    expect((await importReview(changed, 3)).outcome).toBe('updated');
    // An older copy opened afterwards does not undo the change.
    expect((await importReview(first, 4)).outcome).toBe('duplicate');

    const stored = await db.reviews.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      receivedAt: 1,
      sentAt: changed.createdAt,
      responses: changed.responses,
    });
  });

  it('does not keep a review of a reflection that is not on this device', async () => {
    expect((await importReview(makeReviewPack(), 1)).outcome).toBe(
      'noReflection',
    );
    expect(await db.reviews.count()).toBe(0);
  });
});
