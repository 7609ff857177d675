import { beforeEach, describe, expect, it } from 'vitest';
import { addAction, listActions } from '../../../src/storage/actions';
import { getAnswer, saveAnswer } from '../../../src/storage/answers';
import { addReflection } from '../../../src/storage/reflections';
import {
  logPending,
  logWritten,
  replayLog,
} from '../../../src/storage/write-ahead';
import { useFreshDb } from '../../support/db';
import { makeReflection } from '../../support/factories';

describe('write-ahead log', () => {
  useFreshDb();
  beforeEach(() => localStorage.clear());

  it('replays typing that never reached IndexedDB (a reload or crash mid-save)', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', {
      rating: 2,
      evidence: 'Typed and rel',
    });
    logPending(
      { kind: 'answer', reflectionId: reflection.id, cellId: 'service.space' },
      { evidence: 'Typed and reloaded at once' },
    );

    expect(await replayLog()).toBe(1);
    expect(await getAnswer(reflection.id, 'service.space')).toMatchObject({
      rating: 2,
      evidence: 'Typed and reloaded at once',
    });
    expect(localStorage.length).toBe(0);
  });

  it('replays action edits too', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const action = await addAction(reflection.id, null);
    logPending(
      { kind: 'action', actionId: action.id },
      { text: 'Tell the youth panel what changed' },
    );
    await replayLog();
    expect((await listActions(reflection.id))[0]?.text).toBe(
      'Tell the youth panel what changed',
    );
  });

  it('forgets an entry once it is written, but not if newer typing came in meanwhile', () => {
    const key = {
      kind: 'answer',
      reflectionId: 'r',
      cellId: 'service.space',
    } as const;
    logPending(key, { evidence: 'abc' });
    logWritten(key, { evidence: 'ab' });
    expect(localStorage.length).toBe(1);
    logWritten(key, { evidence: 'abc' });
    expect(localStorage.length).toBe(0);
  });

  it('drops entries for reflections that were deleted, and ignores damaged entries', async () => {
    logPending(
      { kind: 'answer', reflectionId: 'gone', cellId: 'service.space' },
      { evidence: 'x' },
    );
    localStorage.setItem('vi-wal:answer:r:service.voice', '{not json');
    localStorage.setItem('unrelated', 'kept');
    expect(await replayLog()).toBe(0);
    expect(localStorage.getItem('unrelated')).toBe('kept');
    expect(localStorage.length).toBe(1);
  });

  it('only replays known answer fields', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    localStorage.setItem(
      `vi-wal:answer:${reflection.id}:service.space`,
      JSON.stringify({
        evidence: 'ok',
        reflectionId: 'hijack',
        __proto__: { polluted: true },
      }),
    );
    await replayLog();
    const answer = await getAnswer(reflection.id, 'service.space');
    expect(answer).toMatchObject({
      evidence: 'ok',
      reflectionId: reflection.id,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
