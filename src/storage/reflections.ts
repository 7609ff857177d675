import type { CellId, Reflection } from '../domain/types';
import { db } from './db';
import { guarded, StorageError } from './errors';

export function addReflection(reflection: Reflection): Promise<string> {
  return guarded(() => db.reflections.add(reflection));
}

export function getReflection(id: string): Promise<Reflection | undefined> {
  return guarded(() => db.reflections.get(id));
}

/** Updates set-up fields; fails with 'missing' if the reflection is gone. */
export function updateReflection(
  id: string,
  changes: Partial<Omit<Reflection, 'id' | 'createdAt'>>,
): Promise<void> {
  return guarded(async () => {
    const count = await db.reflections.update(id, {
      ...changes,
      updatedAt: Date.now(),
    });
    if (count === 0 && !(await db.reflections.get(id))) {
      throw new StorageError('missing');
    }
  });
}

/** Remembers the cell the group was on, so a reload resumes there. */
export function rememberPosition(id: string, cellId: CellId): Promise<void> {
  return guarded(async () => {
    await db.reflections.update(id, { lastCellId: cellId });
  });
}

/** Deletes a reflection with its answers, actions and reviews, all or nothing. */
export function deleteReflection(id: string): Promise<void> {
  return guarded(() =>
    db.transaction(
      'rw',
      [db.reflections, db.answers, db.actions, db.reviews],
      async () => {
        await db.answers.where('reflectionId').equals(id).delete();
        await db.actions.where('reflectionId').equals(id).delete();
        await db.reviews.where('reflectionId').equals(id).delete();
        await db.reflections.delete(id);
      },
    ),
  );
}
