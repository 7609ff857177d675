import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/domain/backup/format';
import { applyChoice, planRestore } from '../../../src/domain/backup/restore';
import { importBytes } from '../../../src/domain/import/pipeline';
import { addAction, updateAction } from '../../../src/storage/actions';
import { saveAnswer } from '../../../src/storage/answers';
import {
  listReflectionIds,
  readForBackup,
  writeRestore,
} from '../../../src/storage/backup';
import { db } from '../../../src/storage/db';
import { addReflection } from '../../../src/storage/reflections';
import { useFreshDb } from '../../support/db';
import { makeReflection, makeStoredReview } from '../../support/factories';

async function everything() {
  const [reflections, answers, actions, reviews] = await Promise.all([
    db.reflections.orderBy('id').toArray(),
    db.answers.orderBy('[reflectionId+cellId]').toArray(),
    db.actions.orderBy('id').toArray(),
    db.reviews.orderBy('id').toArray(),
  ]);
  return { reflections, answers, actions, reviews };
}

describe('backup and restore storage', () => {
  useFreshDb();

  it('gives back identical data after backup, deleting everything and restoring', async () => {
    const reflection = makeReflection({ id: crypto.randomUUID() });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.space', {
      rating: 3,
      evidence: 'Minutes',
      privateNotes: 'Private',
    });
    const action = await addAction(reflection.id, 'service.space');
    await updateAction(action.id, {
      text: 'Tell the panel',
      feedbackToYoungPeople: 'Newsletter',
    });
    await db.reviews.add(
      makeStoredReview({
        id: crypto.randomUUID(),
        reflectionId: reflection.id,
      }),
    );
    const before = await everything();

    const text = JSON.stringify(buildBackup(await readForBackup(), new Date()));
    await Promise.all(db.tables.map((table) => table.clear()));
    const parsed = await importBytes(new TextEncoder().encode(text), {
      limits: { maxBytes: 10_000_000 },
    });
    if (!parsed.ok) throw new Error(parsed.reason);
    if (parsed.kind !== 'backup') throw new Error(`a ${parsed.kind} pack`);
    const plan = planRestore(parsed.document, await listReflectionIds());
    await writeRestore(
      applyChoice(plan, 'skip', {
        newId: () => crypto.randomUUID(),
        nameSuffix: ' (restored)',
      }),
    );

    expect(await everything()).toEqual(before);
  });

  it('replaces a reflection and everything under it, leaving nothing of the old one', async () => {
    const reflection = makeReflection({
      id: crypto.randomUUID(),
      organisationName: 'Old',
    });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.voice', { rating: 1 });
    const backup = buildBackup(await readForBackup(), new Date());
    await saveAnswer(reflection.id, 'service.space', { rating: 4 });

    const plan = planRestore(backup, await listReflectionIds());
    expect(plan.existing).toEqual([reflection.id]);
    await writeRestore(
      applyChoice(plan, 'replace', {
        newId: () => crypto.randomUUID(),
        nameSuffix: '',
      }),
    );
    const answers = await db.answers
      .where('reflectionId')
      .equals(reflection.id)
      .toArray();
    expect(answers.map((a) => [a.cellId, a.rating])).toEqual([
      ['service.voice', 1],
    ]);
  });

  it('keeps both as a renamed copy with new ids', async () => {
    const reflection = makeReflection({
      id: crypto.randomUUID(),
      organisationName: 'NHS Anytown ICB',
    });
    await addReflection(reflection);
    await saveAnswer(reflection.id, 'service.voice', { rating: 2 });
    const plan = planRestore(
      buildBackup(await readForBackup(), new Date()),
      await listReflectionIds(),
    );
    await writeRestore(
      applyChoice(plan, 'keepBoth', {
        newId: () => crypto.randomUUID(),
        nameSuffix: ' (restored)',
      }),
    );
    const names = (await db.reflections.toArray())
      .map((r) => r.organisationName)
      .sort();
    expect(names).toEqual(['NHS Anytown ICB', 'NHS Anytown ICB (restored)']);
    expect(await db.answers.count()).toBe(2);
  });
});
