/**
 * Reading everything out for a backup, and writing a restore: both in one
 * transaction each, so a backup is a consistent snapshot and a failed
 * restore leaves the device exactly as it was.
 */
import type { BackupInput } from '../domain/backup/format';
import type { RestoreOutcome } from '../domain/backup/restore';
import { db } from './db';
import { guarded } from './errors';

/** Every reflection (or the ones named), with what belongs to it. */
export function readForBackup(ids?: readonly string[]): Promise<BackupInput[]> {
  return guarded(() =>
    db.transaction(
      'r',
      [db.reflections, db.answers, db.actions, db.reviews],
      async () => {
        const reflections = ids
          ? (await db.reflections.bulkGet([...ids])).filter(
              (r) => r !== undefined,
            )
          : await db.reflections.orderBy('updatedAt').toArray();
        return Promise.all(
          reflections.map(async (reflection) => ({
            reflection,
            answers: await db.answers
              .where('reflectionId')
              .equals(reflection.id)
              .toArray(),
            actions: await db.actions
              .where('reflectionId')
              .equals(reflection.id)
              .sortBy('order'),
            reviews: await db.reviews
              .where('reflectionId')
              .equals(reflection.id)
              .toArray(),
          })),
        );
      },
    ),
  );
}

export function listReflectionIds(): Promise<Set<string>> {
  return guarded(
    async () =>
      new Set((await db.reflections.toCollection().primaryKeys()) as string[]),
  );
}

/** Writes a planned restore: replaced reflections go first, all or nothing. */
export function writeRestore(outcome: RestoreOutcome): Promise<void> {
  return guarded(() =>
    db.transaction(
      'rw',
      [db.reflections, db.answers, db.actions, db.reviews],
      async () => {
        for (const id of outcome.deleteFirst) {
          await db.answers.where('reflectionId').equals(id).delete();
          await db.actions.where('reflectionId').equals(id).delete();
          await db.reviews.where('reflectionId').equals(id).delete();
          await db.reflections.delete(id);
        }
        for (const write of outcome.writes) {
          await db.reflections.add(write.reflection);
          await db.answers.bulkAdd(write.answers);
          await db.actions.bulkAdd(write.actions);
          await db.reviews.bulkPut(write.reviews);
        }
      },
    ),
  );
}
