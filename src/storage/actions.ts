import type { Action, CellId } from '../domain/types';
import { db } from './db';
import { guarded, StorageError } from './errors';

export type ActionPatch = Partial<
  Pick<Action, 'text' | 'owner' | 'due' | 'status' | 'feedbackToYoungPeople'>
>;

export function addAction(
  reflectionId: string,
  cellId: CellId | null,
): Promise<Action> {
  return guarded(() =>
    db.transaction('rw', db.reflections, db.actions, async () => {
      if (!(await db.reflections.get(reflectionId))) {
        throw new StorageError('missing');
      }
      const now = Date.now();
      const count = await db.actions
        .where('reflectionId')
        .equals(reflectionId)
        .count();
      const action: Action = {
        id: crypto.randomUUID(),
        reflectionId,
        cellId,
        text: '',
        owner: '',
        due: '',
        status: 'todo',
        feedbackToYoungPeople: '',
        order: count,
        createdAt: now,
        updatedAt: now,
      };
      await db.actions.add(action);
      await db.reflections.update(reflectionId, { updatedAt: now });
      return action;
    }),
  );
}

export function updateAction(id: string, patch: ActionPatch): Promise<void> {
  return guarded(() =>
    db.transaction('rw', db.reflections, db.actions, async () => {
      const action = await db.actions.get(id);
      if (!action || !(await db.reflections.get(action.reflectionId))) {
        throw new StorageError('missing');
      }
      const now = Date.now();
      await db.actions.update(id, { ...patch, updatedAt: now });
      await db.reflections.update(action.reflectionId, { updatedAt: now });
    }),
  );
}

export function deleteAction(id: string): Promise<void> {
  return guarded(() => db.actions.delete(id));
}

export function listActions(reflectionId: string): Promise<Action[]> {
  return guarded(() =>
    db.actions.where('reflectionId').equals(reflectionId).sortBy('order'),
  );
}

/** Moves an action one place up or down the plan (swaps with its neighbour). */
export function moveAction(id: string, direction: -1 | 1): Promise<void> {
  return guarded(() =>
    db.transaction('rw', db.actions, async () => {
      const action = await db.actions.get(id);
      if (!action) throw new StorageError('missing');
      const plan = await db.actions
        .where('reflectionId')
        .equals(action.reflectionId)
        .sortBy('order');
      const index = plan.findIndex((a) => a.id === id);
      const neighbour = plan[index + direction];
      if (!neighbour) return;
      // Re-number the whole plan so orders stay distinct even if they were not.
      const reordered = [...plan];
      reordered[index] = neighbour;
      reordered[index + direction] = action;
      await Promise.all(
        reordered.map((a, order) => db.actions.update(a.id, { order })),
      );
    }),
  );
}
