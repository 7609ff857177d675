import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { getAnswer, saveAnswer } from '../../../src/storage/answers';
import {
  getConnectionState,
  openDatabase,
  subscribeConnection,
} from '../../../src/storage/connection';
import { db, DB_NAME } from '../../../src/storage/db';
import { guarded, StorageError } from '../../../src/storage/errors';
import { addReflection } from '../../../src/storage/reflections';
import { makeReflection } from '../../support/factories';

// One file, one order: the connection is lost and regained, then replaced.
describe('the database connection', () => {
  it('is open after start-up', async () => {
    await openDatabase();
    expect(getConnectionState()).toBe('open');
  });

  it('drops a lost connection, reopens once and retries the write', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    let tries = 0;
    await guarded(async () => {
      tries += 1;
      // What WebKit reports after "Connection to Indexed Database server lost".
      if (tries === 1) throw new Dexie.DatabaseClosedError('connection lost');
      await saveAnswer(reflection.id, 'service.space', { evidence: 'Kept' });
    });

    expect(tries).toBe(2);
    expect(await getAnswer(reflection.id, 'service.space')).toMatchObject({
      evidence: 'Kept',
    });
  });

  it('gives up after one retry, with a plain StorageError', async () => {
    let tries = 0;
    const failing = guarded(() => {
      tries += 1;
      return Promise.reject(new Dexie.DatabaseClosedError('still lost'));
    });
    await expect(failing).rejects.toMatchObject({ problem: 'unavailable' });
    expect(tries).toBe(2);
  });

  it('closes, says so and refuses to write when another tab opens a newer version', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    let told = 0;
    subscribeConnection(() => {
      if (getConnectionState() === 'replaced') told += 1;
    });

    // Another tab with a newer build: the same name, a higher version.
    const newer = new Dexie(DB_NAME);
    newer.version(2).stores({
      reflections: 'id, updatedAt',
      answers: '[reflectionId+cellId], reflectionId',
      actions: 'id, reflectionId',
      settings: 'key',
      reviews: 'id, reflectionId, receivedAt',
      reviewSessions: 'id, updatedAt',
    });
    newer.version(3).stores({ extra: 'id' });
    await newer.open(); // Resolves only if this tab let go (not blocked).

    expect(getConnectionState()).toBe('replaced');
    expect(told).toBe(1);
    await expect(
      saveAnswer(reflection.id, 'service.space', { evidence: 'Stale' }),
    ).rejects.toBeInstanceOf(StorageError);
    expect(
      await newer.table('answers').get([reflection.id, 'service.space']),
    ).toBeUndefined();
    expect(db.isOpen()).toBe(false);
    newer.close();
  });
});
