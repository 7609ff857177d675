import { describe, expect, it } from 'vitest';
import {
  getAnswer,
  listAnswers,
  saveAnswer,
  TOUCH_REFLECTION_MS,
} from '../../../src/storage/answers';
import { db } from '../../../src/storage/db';
import { StorageError } from '../../../src/storage/errors';
import { addReflection, getReflection } from '../../../src/storage/reflections';
import { useFreshDb } from '../../support/db';
import { makeReflection } from '../../support/factories';

describe('saveAnswer', () => {
  useFreshDb();

  it('creates an answer on the first change, with empty defaults for the rest', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', { rating: 2 });
    expect(await getAnswer(reflection.id, 'service.space')).toMatchObject({
      rating: 2,
      evidence: '',
      examples: '',
      groupsReached: [],
      privateNotes: '',
    });
  });

  it('merges later changes without losing earlier fields', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', { rating: 2 });
    await saveAnswer(reflection.id, 'service.space', {
      evidence: 'Youth forum minutes',
    });
    await saveAnswer(reflection.id, 'service.space', {
      groupsReached: ['youngCarers'],
    });
    expect(await getAnswer(reflection.id, 'service.space')).toMatchObject({
      rating: 2,
      evidence: 'Youth forum minutes',
      groupsReached: ['youngCarers'],
    });
  });

  it('keeps the last of many rapid changes', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const text = 'Evidence typed one letter at a time';
    await Promise.all(
      [...text].map((_, i) =>
        saveAnswer(reflection.id, 'service.voice', {
          evidence: text.slice(0, i + 1),
        }),
      ),
    );
    expect((await getAnswer(reflection.id, 'service.voice'))?.evidence).toBe(
      text,
    );
  });

  it('touches the reflection so Home shows when it was last saved', async () => {
    const reflection = makeReflection({ updatedAt: 1 });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', { rating: 1 });
    expect((await getReflection(reflection.id))?.updatedAt).toBeGreaterThan(1);
  });

  it('touches the reflection at most every few seconds while someone types', async () => {
    const start = Date.now();
    const reflection = makeReflection({ updatedAt: start });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', { evidence: 'a' });
    await saveAnswer(reflection.id, 'service.space', { evidence: 'ab' });
    expect((await getReflection(reflection.id))?.updatedAt).toBe(start);

    await db.reflections.update(reflection.id, {
      updatedAt: start - TOUCH_REFLECTION_MS,
    });
    await saveAnswer(reflection.id, 'service.space', { evidence: 'abc' });
    expect(
      (await getReflection(reflection.id))?.updatedAt,
    ).toBeGreaterThanOrEqual(start);
    expect((await getAnswer(reflection.id, 'service.space'))?.evidence).toBe(
      'abc',
    );
  });

  it('refuses to write for a reflection that was deleted (for example in another tab)', async () => {
    const error = await saveAnswer('gone', 'service.space', {
      rating: 1,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StorageError);
    expect((error as StorageError).problem).toBe('missing');
    expect(await db.answers.count()).toBe(0);
  });

  it('lists only the answers of one reflection', async () => {
    const a = makeReflection();
    const b = makeReflection();
    await addReflection(a);
    await addReflection(b);
    await saveAnswer(a.id, 'service.space', { rating: 1 });
    await saveAnswer(b.id, 'service.space', { rating: 3 });
    const listed = await listAnswers(a.id);
    expect(listed.map((x) => x.rating)).toEqual([1]);
  });
});
