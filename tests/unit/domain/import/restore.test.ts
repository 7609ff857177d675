import { describe, expect, it } from 'vitest';
import {
  buildBackup,
  backupSchema,
} from '../../../../src/domain/backup/format';
import type { Backup } from '../../../../src/domain/backup/format';
import { restore } from '../../../../src/domain/import/restore';
import { restoreBackup } from '../../../../src/domain/import/restore-backup';
import {
  restoreReview,
  restoreSummary,
} from '../../../../src/domain/import/restore-packs';
import {
  PACK_LIMITS,
  reviewPackSchema,
  summaryPackSchema,
} from '../../../../src/domain/packs/format';
import type {
  ReviewPack,
  SummaryPack,
} from '../../../../src/domain/packs/format';
import { LIMITS } from '../../../../src/domain/types';
import {
  makeBackupInput,
  makeReviewPack,
  makeSummaryPack,
} from '../../../support/factories';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

/** The document with `extra` added at every level, as JSON.parse gives it. */
function withExtras<T>(doc: T, extra: string): T {
  const add = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(add);
    if (typeof value !== 'object' || value === null) return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = add(inner);
    return JSON.parse(
      JSON.stringify(copy).replace(/^\{/, `{${extra},`).replace(/,\}$/, '}'),
    ) as unknown;
  };
  return add(doc) as T;
}

function allKeys(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [
    key,
    ...allKeys((value as Record<string, unknown>)[key]),
  ]);
}

function everyObjectHasPlainPrototype(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return true;
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype) return false;
  return Object.values(value).every(everyObjectHasPlainPrototype);
}

const backup = (): Backup =>
  buildBackup([makeBackupInput(), makeBackupInput()], new Date());

describe('restore', () => {
  it('gives back a valid document of each kind unchanged', () => {
    const summary = makeSummaryPack();
    const review = makeReviewPack();
    const full = backup();
    expect(restoreSummary(summary)).toEqual(summary);
    expect(restoreReview(review)).toEqual(review);
    expect(restoreBackup(full)).toEqual(full);
    expect(restore({ ok: true, kind: 'backup', document: full })).toEqual({
      ok: true,
      kind: 'backup',
      document: full,
    });
  });

  it('drops unknown fields at every level of a summary, a review and a backup', () => {
    const extra = '"sneaky":"x"';
    const restored = [
      restoreSummary(withExtras(makeSummaryPack(), extra)),
      restoreReview(withExtras(makeReviewPack(), extra)),
      restoreBackup(withExtras(backup(), extra)),
    ];
    for (const doc of restored) {
      expect(allKeys(doc)).not.toContain('sneaky');
      expect(allKeys(doc).length).toBeGreaterThan(10);
    }
  });

  it('never lets __proto__, constructor or prototype reach an object or its prototype', () => {
    const extra =
      '"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"prototype":{"polluted":"yes"}';
    const hostile = withExtras(backup(), extra);
    expect(Object.hasOwn(hostile, '__proto__')).toBe(true);
    const restored = restoreBackup(hostile);
    const summary = restoreSummary(withExtras(makeSummaryPack(), extra));
    const review = restoreReview(withExtras(makeReviewPack(), extra));
    for (const doc of [restored, summary, review]) {
      expect(allKeys(doc)).not.toContain('__proto__');
      expect(allKeys(doc)).not.toContain('constructor');
      expect(allKeys(doc)).not.toContain('prototype');
      expect(everyObjectHasPlainPrototype(doc)).toBe(true);
      expect((doc as RawJson).polluted).toBeUndefined();
    }
    expect(({} as RawJson).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('fills in missing optional fields of a review with their defaults', () => {
    const bare = { ...makeReviewPack() } as Partial<ReviewPack>;
    delete bare.reviewer;
    delete bare.responses;
    delete bare.priorities;
    delete bare.missing;
    const restored = restoreReview(bare as ReviewPack);
    expect(restored).toMatchObject({
      reviewer: '',
      responses: [],
      priorities: [],
      missing: '',
    });
    expect(reviewPackSchema.safeParse(restored).success).toBe(true);
  });

  it('fills in missing optional fields of backup records with their defaults', () => {
    const full = backup();
    const raw = JSON.parse(JSON.stringify(full)) as RawJson;
    const entry = raw.reflections[0];
    delete entry.reflection.area;
    delete entry.reflection.facilitator;
    delete entry.reflection.status;
    delete entry.reflection.lastCellId;
    delete entry.answers[0].evidence;
    delete entry.answers[0].groupsReached;
    delete entry.answers[0].rating;
    delete entry.actions[0].status;
    delete entry.actions[0].order;
    delete entry.actions[0].cellId;
    delete raw.reflections[1].reviews;
    const restored = restoreBackup(raw as Backup);
    const [first, second] = restored.reflections;
    expect(first?.reflection).toMatchObject({
      area: '',
      facilitator: '',
      status: 'inProgress',
      lastCellId: null,
    });
    expect(first?.answers[0]).toMatchObject({
      evidence: '',
      groupsReached: [],
      rating: null,
    });
    expect(first?.actions[0]).toMatchObject({
      status: 'todo',
      order: 0,
      cellId: null,
    });
    expect(second?.reviews).toEqual([]);
    expect(backupSchema.safeParse(restored).success).toBe(true);
  });

  it('keeps a summary’s unshared evidence and actions absent, not empty', () => {
    const pack = makeSummaryPack();
    const bare = {
      ...pack,
      cells: pack.cells.map(({ cellId, rating, groupsReached }) => ({
        cellId,
        rating,
        groupsReached,
      })),
    } as SummaryPack;
    delete bare.actions;
    const restored = restoreSummary(bare);
    expect(restored).not.toHaveProperty('actions');
    for (const cell of restored.cells) {
      expect(cell).not.toHaveProperty('evidence');
      expect(cell).not.toHaveProperty('examples');
    }
  });

  it('caps every free-text field, without splitting an emoji in two', () => {
    const long = 'a'.repeat(10_000);
    const pack = makeSummaryPack();
    const summary = restoreSummary({
      ...pack,
      reflection: { ...pack.reflection, organisationName: long, area: long },
      cells: pack.cells.map((cell) => ({ ...cell, evidence: long })),
    });
    expect(summary.reflection.organisationName).toHaveLength(
      LIMITS.organisationName,
    );
    expect(summary.reflection.area).toHaveLength(LIMITS.area);
    expect(summary.cells[0]?.evidence).toHaveLength(LIMITS.longText);

    const emoji = `${'a'.repeat(PACK_LIMITS.reviewer - 1)}😀`;
    const review = restoreReview({
      ...makeReviewPack(),
      reviewer: emoji,
      missing: long,
    });
    expect(review.reviewer).toBe('a'.repeat(PACK_LIMITS.reviewer - 1));
    expect(review.missing).toHaveLength(PACK_LIMITS.missing);

    const full = backup();
    const entry = full.reflections[0];
    if (!entry?.answers[0] || !entry.actions[0]) throw new Error('sample');
    entry.answers[0].privateNotes = long;
    entry.actions[0].feedbackToYoungPeople = long;
    const restored = restoreBackup(full).reflections[0];
    expect(restored?.answers[0]?.privateNotes).toHaveLength(LIMITS.longText);
    expect(restored?.actions[0]?.feedbackToYoungPeople).toHaveLength(
      LIMITS.longText,
    );
  });

  it('strips control characters but keeps tabs, line breaks and script-like text', () => {
    const review = restoreReview({
      ...makeReviewPack(),
      missing: 'a\u0000b\u0007c\td\ne\r\u009f<script>',
    });
    expect(review.missing).toBe('abc\td\ne\r<script>');
  });

  it('removes repeated levels, groups and priorities, keeping the first', () => {
    const pack = makeSummaryPack();
    const first = pack.cells[0];
    if (!first) throw new Error('sample');
    const summary = restoreSummary({
      ...pack,
      reflection: {
        ...pack.reflection,
        levels: [...pack.reflection.levels, ...pack.reflection.levels],
      },
      cells: [{ ...first, groupsReached: ['youngCarers', 'youngCarers'] }],
    });
    expect(summary.reflection.levels).toEqual(pack.reflection.levels);
    expect(summary.cells[0]?.groupsReached).toEqual(['youngCarers']);
    const review = makeReviewPack();
    const cell = review.responses[0]?.cellId ?? 'service.space';
    expect(
      restoreReview({ ...review, priorities: [cell, cell] }).priorities,
    ).toEqual([cell]);
  });

  it('replaces values of the wrong type with the field’s default', () => {
    const full = backup();
    const raw = JSON.parse(JSON.stringify(full)) as RawJson;
    raw.reflections[0].reflection.status = 'deleted';
    raw.reflections[0].answers[0].rating = 9;
    raw.reflections[0].actions[0].order = 'first';
    raw.reflections[0].actions[0].text = { html: '<b>' };
    const [entry] = restoreBackup(raw as Backup).reflections;
    expect(entry?.reflection.status).toBe('inProgress');
    expect(entry?.answers[0]?.rating).toBeNull();
    expect(entry?.actions[0]?.order).toBe(0);
    expect(entry?.actions[0]?.text).toBe('');
  });

  it('gives documents that pass their schema again, unchanged by it', () => {
    const summary = restoreSummary(withExtras(makeSummaryPack(), '"x":1'));
    const review = restoreReview(withExtras(makeReviewPack(), '"x":1'));
    const full = restoreBackup(withExtras(backup(), '"x":1'));
    expect(summaryPackSchema.parse(summary)).toEqual(summary);
    expect(reviewPackSchema.parse(review)).toEqual(review);
    expect(backupSchema.parse(full)).toEqual(full);
  });
});
