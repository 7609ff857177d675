import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/domain/backup/format';
import { applyChoice, planRestore } from '../../../src/domain/backup/restore';
import { importBytes } from '../../../src/domain/import/pipeline';
import type { ImportResult } from '../../../src/domain/import/types';
import { saveAnswer } from '../../../src/storage/answers';
import {
  listReflectionIds,
  readForBackup,
  writeRestore,
} from '../../../src/storage/backup';
import { db } from '../../../src/storage/db';
import { addReflection } from '../../../src/storage/reflections';
import { startReviewSession } from '../../../src/storage/review-sessions';
import { importReview } from '../../../src/storage/reviews';
import { useFreshDb } from '../../support/db';
import { makeReflection, makeStoredReview } from '../../support/factories';
import { damagedBytes, mutatedJson } from '../domain/import/arbitraries';

/** Every row of every table, in key order. */
async function snapshot() {
  return Object.fromEntries(
    await Promise.all(
      db.tables.map(async (table) => [table.name, await table.toArray()]),
    ),
  ) as Record<string, unknown[]>;
}

/** What the screens do with an import result: refused input writes nothing. */
async function apply(result: ImportResult): Promise<void> {
  if (!result.ok) return;
  if (result.kind === 'summary') await startReviewSession(result.document);
  else if (result.kind === 'review') await importReview(result.document, 1);
  else {
    const plan = planRestore(result.document, await listReflectionIds());
    await writeRestore(
      applyChoice(plan, 'keepBoth', {
        newId: () => crypto.randomUUID(),
        nameSuffix: ' (restored)',
      }),
    );
  }
}

async function seed() {
  const reflection = makeReflection({ id: crypto.randomUUID() });
  await addReflection(reflection);
  await saveAnswer(reflection.id, 'service.space', {
    rating: 2,
    evidence: 'E',
  });
  await db.reviews.add(
    makeStoredReview({ id: crypto.randomUUID(), reflectionId: reflection.id }),
  );
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('importing untrusted input into storage', () => {
  useFreshDb();

  it('never changes stored data when the pipeline refuses the input', async () => {
    await seed();
    const before = await snapshot();
    expect(before.reflections).toHaveLength(1);
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(mutatedJson.map(utf8), damagedBytes),
        async (bytes) => {
          const result = await importBytes(bytes);
          if (result.ok) return; // accepted input is checked below
          refused += 1;
          await apply(result);
          expect(await snapshot()).toEqual(before);
        },
      ),
      { numRuns: 800 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('stores only clean records from input the pipeline accepts', async () => {
    await seed();
    const backup = buildBackup(await readForBackup(), new Date());
    const text = JSON.stringify(backup).replace(
      '"reflections":[{',
      '"reflections":[{"__proto__":{"polluted":"yes"},"extra":1,',
    );
    const result = await importBytes(utf8(text));
    expect(result.ok).toBe(true);
    await apply(result);
    const after = await snapshot();
    expect(after.reflections).toHaveLength(2);
    expect(JSON.stringify(after)).not.toMatch(/polluted|"extra"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
