import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../src/domain/backup/format';
import type { Backup } from '../../../../src/domain/backup/format';
import {
  applyChoice,
  planRestore,
  suffixedName,
} from '../../../../src/domain/backup/restore';
import type { RestoreOptions } from '../../../../src/domain/backup/restore';
import { importBytes } from '../../../../src/domain/import/pipeline';
import { LIMITS } from '../../../../src/domain/types';
import { makeBackupInput, makeReflection } from '../../../support/factories';

const NOW = new Date('2026-05-01T09:30:00.000Z');

/** A backup of three reflections: a, b and c. */
function threeReflections(): Backup {
  return buildBackup(
    ['a', 'b', 'c'].map((id) =>
      makeBackupInput(
        makeReflection({
          id: `reflection-${id}`,
          organisationName: `Org ${id}`,
        }),
      ),
    ),
    NOW,
  );
}

function options(): RestoreOptions {
  let next = 0;
  return {
    newId: () => {
      next += 1;
      return `new-${next}`;
    },
    nameSuffix: ' (restored)',
  };
}

/** The item at `index`; fails the test if there is none. */
function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`No item ${index}`);
  return item;
}

const onDevice = new Set(['reflection-b', 'reflection-other']);

describe('planRestore', () => {
  it('lists which reflections are new and which are already on this device', () => {
    const plan = planRestore(threeReflections(), onDevice);
    expect(plan.total).toBe(3);
    expect(plan.new).toEqual(['reflection-a', 'reflection-c']);
    expect(plan.existing).toEqual(['reflection-b']);
  });

  it('finds no conflicts on an empty device, and nothing to do for an empty backup', () => {
    expect(planRestore(threeReflections(), new Set()).existing).toEqual([]);
    const empty = planRestore(buildBackup([], NOW), onDevice);
    expect(empty).toMatchObject({ total: 0, new: [], existing: [] });
    expect(applyChoice(empty, 'replace', options())).toEqual({
      deleteFirst: [],
      writes: [],
      skipped: [],
    });
  });
});

describe('applyChoice', () => {
  it('adds new reflections as they are, whatever the choice', () => {
    const backup = threeReflections();
    const plan = planRestore(backup, onDevice);
    for (const choice of ['keepBoth', 'replace', 'skip'] as const) {
      const added = applyChoice(plan, choice, options()).writes.filter(
        (write) => write.mode === 'add',
      );
      expect(added).toEqual([
        { ...backup.reflections[0], sourceId: 'reflection-a', mode: 'add' },
        { ...backup.reflections[2], sourceId: 'reflection-c', mode: 'add' },
      ]);
    }
  });

  it('skip leaves reflections already here alone and says so', () => {
    const outcome = applyChoice(
      planRestore(threeReflections(), onDevice),
      'skip',
      options(),
    );
    expect(outcome.skipped).toEqual(['reflection-b']);
    expect(outcome.deleteFirst).toEqual([]);
    expect(outcome.writes.map((w) => w.reflection.id)).toEqual([
      'reflection-a',
      'reflection-c',
    ]);
  });

  it('replace deletes the one here first, then writes the backup’s under the same id', () => {
    const backup = threeReflections();
    const outcome = applyChoice(
      planRestore(backup, onDevice),
      'replace',
      options(),
    );
    expect(outcome.deleteFirst).toEqual(['reflection-b']);
    expect(outcome.skipped).toEqual([]);
    expect(outcome.writes[1]).toEqual({
      ...backup.reflections[1],
      sourceId: 'reflection-b',
      mode: 'replace',
    });
  });

  it('keepBoth writes a copy under new ids, every record re-pointed, the name suffixed', () => {
    const backup = threeReflections();
    const source = nth(backup.reflections, 1);
    const outcome = applyChoice(
      planRestore(backup, onDevice),
      'keepBoth',
      options(),
    );
    expect(outcome.deleteFirst).toEqual([]);
    expect(outcome.skipped).toEqual([]);
    const copy = nth(outcome.writes, 1);
    expect(copy.mode).toBe('copy');
    expect(copy.sourceId).toBe('reflection-b');
    expect(copy.reflection).toEqual({
      ...source.reflection,
      id: 'new-1',
      organisationName: 'Org b (restored)',
    });
    expect(copy.answers).toEqual(
      source.answers.map((a) => ({ ...a, reflectionId: 'new-1' })),
    );
    expect(copy.actions).toEqual(
      source.actions.map((a) => ({ ...a, id: 'new-2', reflectionId: 'new-1' })),
    );
    expect(copy.reviews).toEqual(
      source.reviews.map((r) => ({ ...r, id: 'new-3', reflectionId: 'new-1' })),
    );
  });

  it('gives every copied record its own new id', () => {
    const input = makeBackupInput(makeReflection({ id: 'reflection-b' }));
    const twice = {
      ...input,
      actions: [
        ...input.actions,
        { ...nth(input.actions, 0), id: 'second-action' },
      ],
      reviews: [
        ...input.reviews,
        { ...nth(input.reviews, 0), id: 'second-review' },
      ],
    };
    const plan = planRestore(buildBackup([twice], NOW), onDevice);
    const [copy] = applyChoice(plan, 'keepBoth', options()).writes;
    const ids = [
      copy?.reflection.id,
      ...(copy?.actions ?? []).map((a) => a.id),
      ...(copy?.reviews ?? []).map((r) => r.id),
    ];
    expect(ids).toEqual(['new-1', 'new-2', 'new-3', 'new-4', 'new-5']);
  });

  it('leaves the plan itself unchanged', () => {
    const backup = threeReflections();
    const plan = planRestore(backup, onDevice);
    const before = structuredClone(plan);
    applyChoice(plan, 'keepBoth', options());
    applyChoice(plan, 'replace', options());
    expect(plan).toEqual(before);
  });

  it('writes copies that would themselves back up and restore', async () => {
    const long = 'x'.repeat(LIMITS.organisationName);
    const backup = buildBackup(
      [
        makeBackupInput(
          makeReflection({ id: 'reflection-b', organisationName: long }),
        ),
      ],
      NOW,
    );
    const [copy] = applyChoice(
      planRestore(backup, onDevice),
      'keepBoth',
      options(),
    ).writes;
    const again = buildBackup(copy ? [copy] : [], NOW);
    const file = new TextEncoder().encode(JSON.stringify(again));
    expect(
      await importBytes(file, { limits: { maxBytes: 1_000_000 } }),
    ).toEqual({ ok: true, kind: 'backup', document: again });
  });
});

describe('suffixedName', () => {
  it('adds the suffix', () => {
    expect(suffixedName('NHS Anytown', ' (restored)')).toBe(
      'NHS Anytown (restored)',
    );
  });

  it('cuts the name, not the suffix, to stay within the limit', () => {
    const name = suffixedName('x'.repeat(LIMITS.organisationName), ' (2)');
    expect(name).toHaveLength(LIMITS.organisationName);
    expect(name.endsWith('x (2)')).toBe(true);
  });

  it('never splits an emoji in two', () => {
    const max = LIMITS.organisationName;
    const name = suffixedName(`${'x'.repeat(max - 5)}😀😀`, ' (r)');
    expect(name).toBe(`${'x'.repeat(max - 5)} (r)`);
  });

  it('keeps within the limit even for a suffix that is too long', () => {
    const max = LIMITS.organisationName;
    expect(suffixedName('Org', 's'.repeat(max + 10))).toHaveLength(max);
  });
});
