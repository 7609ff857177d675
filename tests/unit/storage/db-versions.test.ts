import { describe, expect, it } from 'vitest';
import { VoiceDb } from '../../../src/storage/db';
import { V1_FIXTURE, writeV1Database } from '../../fixtures/db-v1';

describe('VoiceDb versions', () => {
  it('opens a database written by schema version 1 and finds every answer', async () => {
    const name = `fixture-${crypto.randomUUID()}`;
    await writeV1Database(name);
    const db = new VoiceDb(name);
    await db.open();

    expect(await db.reflections.get('fixture-v1')).toEqual(
      V1_FIXTURE.reflection,
    );
    const answers = await db.answers
      .where('reflectionId')
      .equals('fixture-v1')
      .toArray();
    expect(answers).toEqual(expect.arrayContaining([...V1_FIXTURE.answers]));
    expect(answers).toHaveLength(V1_FIXTURE.answers.length);
    expect(
      await db.actions.where('reflectionId').equals('fixture-v1').toArray(),
    ).toEqual([...V1_FIXTURE.actions]);
    expect(await db.settings.get('locale')).toEqual(V1_FIXTURE.settings[0]);
    // Version 2 added the review tables, empty on an upgraded device.
    expect(await db.reviews.count()).toBe(0);
    expect(await db.reviewSessions.count()).toBe(0);
    db.close();
  });

  it('is at the newest version that has a fixture test above', () => {
    // When you add version(n + 1), add a fixture for version n and a test that
    // opens it, then raise this number.
    expect(new VoiceDb('version-check').verno).toBe(2);
  });
});
