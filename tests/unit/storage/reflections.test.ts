import { describe, expect, it } from 'vitest';
import {
  addAction,
  listActions,
  moveAction,
  updateAction,
} from '../../../src/storage/actions';
import { listAnswers, saveAnswer } from '../../../src/storage/answers';
import { StorageError } from '../../../src/storage/errors';
import {
  addReflection,
  deleteReflection,
  getReflection,
  rememberPosition,
  updateReflection,
} from '../../../src/storage/reflections';
import { getSetting, setSetting } from '../../../src/storage/settings';
import { useFreshDb } from '../../support/db';
import { makeReflection } from '../../support/factories';

describe('reflections', () => {
  useFreshDb();

  it('deletes a reflection with all its answers and actions, and nothing else', async () => {
    const keep = makeReflection();
    const remove = makeReflection();
    await addReflection(keep);
    await addReflection(remove);
    await saveAnswer(keep.id, 'service.space', { rating: 1 });
    await saveAnswer(remove.id, 'service.space', { rating: 1 });
    await addAction(remove.id, 'service.space');
    await addAction(keep.id, null);

    await deleteReflection(remove.id);

    expect(await getReflection(remove.id)).toBeUndefined();
    expect(await listAnswers(remove.id)).toEqual([]);
    expect(await listActions(remove.id)).toEqual([]);
    expect(await getReflection(keep.id)).toBeDefined();
    expect(await listAnswers(keep.id)).toHaveLength(1);
    expect(await listActions(keep.id)).toHaveLength(1);
  });

  it('remembers the cell the group was on', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    await rememberPosition(reflection.id, 'service.audience');
    expect((await getReflection(reflection.id))?.lastCellId).toBe(
      'service.audience',
    );
  });

  it('updates set-up details, and says when the reflection has gone', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    await updateReflection(reflection.id, { organisationName: 'Renamed' });
    expect((await getReflection(reflection.id))?.organisationName).toBe(
      'Renamed',
    );
    await expect(
      updateReflection('gone', { organisationName: 'x' }),
    ).rejects.toMatchObject({
      problem: 'missing',
    });
  });
});

describe('actions', () => {
  useFreshDb();

  it('adds actions in order with sensible defaults', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const first = await addAction(reflection.id, 'service.space');
    const second = await addAction(reflection.id, null);
    expect(first).toMatchObject({
      order: 0,
      status: 'todo',
      text: '',
      cellId: 'service.space',
    });
    expect(second.order).toBe(1);
    expect((await listActions(reflection.id)).map((a) => a.id)).toEqual([
      first.id,
      second.id,
    ]);
  });

  it('saves edits to an action', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const action = await addAction(reflection.id, 'service.space');
    await updateAction(action.id, {
      text: 'Set up a youth panel',
      owner: 'Head of engagement',
      due: '2026-06-30',
    });
    expect((await listActions(reflection.id))[0]).toMatchObject({
      text: 'Set up a youth panel',
      owner: 'Head of engagement',
      due: '2026-06-30',
    });
  });

  it('will not add or edit actions of a deleted reflection', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const action = await addAction(reflection.id, null);
    await deleteReflection(reflection.id);
    await expect(addAction(reflection.id, null)).rejects.toBeInstanceOf(
      StorageError,
    );
    await expect(updateAction(action.id, { text: 'x' })).rejects.toMatchObject({
      problem: 'missing',
    });
  });
});

describe('settings', () => {
  useFreshDb();

  it('returns defaults until something is saved', async () => {
    expect(await getSetting('locale')).toBeNull();
    await setSetting('locale', 'en-GB');
    expect(await getSetting('locale')).toBe('en-GB');
  });
});

describe('moveAction', () => {
  useFreshDb();

  it('moves an action up and down the plan, and stops at the ends', async () => {
    const reflection = makeReflection();
    await addReflection(reflection);
    const a = await addAction(reflection.id, null);
    const b = await addAction(reflection.id, null);
    const c = await addAction(reflection.id, null);
    await moveAction(c.id, -1);
    expect((await listActions(reflection.id)).map((x) => x.id)).toEqual([
      a.id,
      c.id,
      b.id,
    ]);
    await moveAction(a.id, -1);
    await moveAction(b.id, 1);
    expect((await listActions(reflection.id)).map((x) => x.id)).toEqual([
      a.id,
      c.id,
      b.id,
    ]);
    await moveAction(a.id, 1);
    expect((await listActions(reflection.id)).map((x) => x.id)).toEqual([
      c.id,
      a.id,
      b.id,
    ]);
  });
});
