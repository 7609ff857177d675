import { describe, expect, it } from 'vitest';
import { importBytes } from '../../../../src/domain/import/pipeline';
import type { ImportResult } from '../../../../src/domain/import/types';
import {
  cleanText,
  stripControlCharacters,
} from '../../../../src/domain/packs/format';
import { LIMITS } from '../../../../src/domain/types';
import { makeReviewPack, makeSummaryPack } from '../../../support/factories';

/** Parsed JSON, edited freely by the tests below to make hostile input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

/** A copy of a document with one change, as JSON would bring it. */
function edited(doc: object, edit: (raw: RawJson) => void): unknown {
  const raw = JSON.parse(JSON.stringify(doc)) as RawJson;
  edit(raw);
  return raw;
}

/** Every own key of every object inside `value`. */
function ownKeysDeep(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [
    key,
    ...ownKeysDeep((value as Record<string, unknown>)[key]),
  ]);
}

/** A document as a file of JSON text, through the one import pipeline. */
function check(value: unknown): Promise<ImportResult> {
  return importBytes(new TextEncoder().encode(JSON.stringify(value)));
}

async function reasonOf(value: unknown) {
  const result = await check(value);
  return result.ok ? 'ok' : result.reason;
}

describe('importBytes with a pack document', () => {
  it('accepts a summary pack and a review pack as they are', async () => {
    const summary = makeSummaryPack();
    const review = makeReviewPack();
    expect(await check(edited(summary, () => {}))).toEqual({
      ok: true,
      kind: 'summary',
      document: summary,
    });
    expect(await check(edited(review, () => {}))).toEqual({
      ok: true,
      kind: 'review',
      document: review,
    });
  });

  it('says what is wrong with a document that is not one of our packs', async () => {
    // Only an object can be one of our documents.
    expect(await reasonOf(null)).toBe('notAPack');
    expect(await reasonOf([makeSummaryPack()])).toBe('notAPack');
    expect(await reasonOf('voice-influence/summary')).toBe('notAPack');
    // An object of another app, or of no kind this app knows.
    expect(
      await reasonOf({ type: 'excalidraw', version: 2, elements: [] }),
    ).toBe('wrongFormat');
    expect(
      await reasonOf(
        edited(makeSummaryPack(), (r) => (r.format = 'other-app/summary')),
      ),
    ).toBe('wrongFormat');
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => (r.app = 'another-app'))),
    ).toBe('wrongFormat');
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => (r.format = 'toString'))),
    ).toBe('wrongFormat');
    // A summary relabelled as a backup is checked as a backup, and is not one.
    expect(
      await check(
        edited(makeSummaryPack(), (r) => (r.format = 'voice-influence/backup')),
      ),
    ).toEqual({ ok: false, reason: 'invalid', kind: 'backup' });
  });

  it('says a newer version needs a newer app', async () => {
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => (r.version = 2))),
    ).toBe('newerVersion');
    expect(
      await reasonOf(edited(makeReviewPack(), (r) => (r.version = 2))),
    ).toBe('newerVersion');
  });

  it('refuses versions that are not a known whole number', async () => {
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => (r.version = 0))),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => (r.version = '1'))),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(makeSummaryPack(), (r) => delete r.version)),
    ).toBe('invalid');
  });

  it('drops unknown fields at every level', async () => {
    const summary = makeSummaryPack({
      actions: [{ text: 'Pay for time', owner: '', due: '', cellId: null }],
    });
    const result = await check(
      edited(summary, (r) => {
        r.extra = 1;
        r.reflection.facilitator = 'Sam';
        r.reflection.privateNotes = 'secret';
        r.cells[0].privateNotes = 'secret';
        r.actions[0].status = 'done';
      }),
    );
    expect(result).toEqual({ ok: true, kind: 'summary', document: summary });
  });

  it('fills in optional fields that are missing', async () => {
    const review = edited(makeReviewPack(), (r) => {
      delete r.reviewer;
      delete r.priorities;
      delete r.missing;
      r.responses = [{ cellId: 'service.voice' }];
    });
    const result = await check(review);
    expect(
      result.ok && result.kind === 'review' && result.document,
    ).toMatchObject({
      reviewer: '',
      priorities: [],
      missing: '',
      responses: [
        { cellId: 'service.voice', verdict: null, rating: null, comment: '' },
      ],
    });
  });

  it('refuses unknown ids, ratings, types and groups', async () => {
    const summary = makeSummaryPack();
    expect(
      await reasonOf(
        edited(summary, (r) => (r.cells[0].cellId = 'service.nonsense')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(summary, (r) => (r.cells[0].rating = 5))),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(summary, (r) => (r.cells[0].rating = '3'))),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.reflection.levels = ['service', 'galaxy'])),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.reflection.organisationType = 'bank')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.cells[0].groupsReached = ['young carers'])),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(makeReviewPack(), (r) => (r.responses[0].cellId = 'x.y')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(makeReviewPack(), (r) => (r.responses[0].verdict = 'maybe')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(makeReviewPack(), (r) => (r.priorities = ['galaxy.voice'])),
      ),
    ).toBe('invalid');
  });

  it('refuses cells outside the shared levels and repeated cells', async () => {
    const summary = makeSummaryPack();
    expect(
      await reasonOf(
        edited(summary, (r) => (r.cells[0].cellId = 'system.space')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.cells[1].cellId = 'service.space')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(
          summary,
          (r) => (r.actions = [{ text: 'x', cellId: 'system.voice' }]),
        ),
      ),
    ).toBe('invalid');
  });

  it('refuses more than three priorities and repeated ones', async () => {
    const review = makeReviewPack();
    expect(
      await reasonOf(
        edited(
          review,
          (r) =>
            (r.priorities = [
              'service.space',
              'service.voice',
              'service.audience',
            ]),
        ),
      ),
    ).toBe('ok');
    expect(
      await reasonOf(
        edited(
          review,
          (r) =>
            (r.priorities = [
              'service.space',
              'service.voice',
              'service.audience',
              'service.safety',
            ]),
        ),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(
          review,
          (r) => (r.priorities = ['service.space', 'service.space']),
        ),
      ),
    ).toBe('invalid');
  });

  it('refuses over-long text and over-long lists', async () => {
    const summary = makeSummaryPack();
    const review = makeReviewPack();
    expect(
      await reasonOf(
        edited(
          summary,
          (r) =>
            (r.reflection.organisationName = 'x'.repeat(
              LIMITS.organisationName + 1,
            )),
        ),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(
          summary,
          (r) => (r.cells[0].evidence = 'x'.repeat(LIMITS.longText + 1)),
        ),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(
          summary,
          (r) => (r.cells[0].evidence = 'x'.repeat(LIMITS.longText)),
        ),
      ),
    ).toBe('ok');
    expect(
      await reasonOf(edited(review, (r) => (r.reviewer = 'x'.repeat(61)))),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(review, (r) => (r.responses[0].comment = 'x'.repeat(2001))),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(review, (r) => (r.missing = 'x'.repeat(2001)))),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(review, (r) => (r.missing = 'x'.repeat(2000)))),
    ).toBe('ok');
    expect(
      await reasonOf(
        edited(
          summary,
          (r) =>
            (r.actions = Array.from({ length: 201 }, () => ({ text: 'x' }))),
        ),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(
          review,
          (r) =>
            (r.responses = Array.from({ length: 29 }, () => r.responses[0])),
        ),
      ),
    ).toBe('invalid');
  });

  it('needs real dates, times and uuids', async () => {
    const summary = makeSummaryPack();
    expect(
      await reasonOf(
        edited(summary, (r) => (r.reflection.date = '2026-02-30')),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(summary, (r) => (r.reflection.date = ''))),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.actions = [{ text: 'x', due: '' }])),
      ),
    ).toBe('ok');
    expect(
      await reasonOf(
        edited(summary, (r) => (r.actions = [{ text: 'x', due: '1/2/2026' }])),
      ),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(summary, (r) => (r.createdAt = 'yesterday'))),
    ).toBe('invalid');
    expect(
      await reasonOf(edited(summary, (r) => (r.packId = 'not-a-uuid'))),
    ).toBe('invalid');
    expect(
      await reasonOf(
        edited(makeReviewPack(), (r) => (r.reflectionId = '1234')),
      ),
    ).toBe('invalid');
  });

  it('keeps script-like text as exactly the plain text it is', async () => {
    const hostile =
      '<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)';
    const result = await check(
      edited(makeReviewPack(), (r) => {
        r.reviewer = '<b>Sam</b>';
        r.responses[0].comment = hostile;
        r.missing = 'javascript:void(0)';
      }),
    );
    expect(
      result.ok && result.kind === 'review' && result.document,
    ).toMatchObject({
      reviewer: '<b>Sam</b>',
      responses: [{ comment: hostile }],
      missing: 'javascript:void(0)',
    });
  });

  it('strips control characters but keeps tabs and line breaks', async () => {
    const result = await check(
      edited(makeReviewPack(), (r) => {
        r.missing = 'a\u0000b\u0007c\u001bd\u007fe\u0085f\tg\nh\r\ni';
      }),
    );
    expect(
      result.ok && result.kind === 'review' && result.document.missing,
    ).toBe('abcdef\tg\nh\r\ni');
  });

  it('never lets __proto__, constructor or prototype keys through, at any level', async () => {
    const poison = '{"polluted":"yes","prototype":{"polluted":"yes"}}';
    const keys = `"__proto__":${poison},"constructor":${poison},"prototype":${poison},`;
    const review = makeReviewPack();
    const summary = makeSummaryPack({
      actions: [{ text: 'Pay', owner: '', due: '', cellId: null }],
    });
    const cases = [
      { pack: review, json: JSON.stringify(review).replace(/\{/g, `{${keys}`) },
      {
        pack: summary,
        json: JSON.stringify(summary).replace(/\{/g, `{${keys}`),
      },
    ];
    for (const { pack, json } of cases) {
      const parsed: unknown = JSON.parse(json);
      expect(Object.hasOwn(parsed as object, '__proto__')).toBe(true);
      const result = await importBytes(new TextEncoder().encode(json));
      expect(result.ok && result.document).toEqual(pack);
      for (const key of ['__proto__', 'constructor', 'prototype']) {
        expect(ownKeysDeep(result)).not.toContain(key);
      }
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('stripControlCharacters', () => {
  it('leaves ordinary text, emoji and right-to-left text alone', () => {
    const text = 'Young people said: “yes” 😀 مرحبا\nNext line';
    expect(stripControlCharacters(text)).toBe(text);
  });
});

describe('cleanText', () => {
  it('trims and cuts to the limit', () => {
    expect(cleanText('  hello world  ', 5)).toBe('hello');
    expect(cleanText('\u0000 hi \u0000', 10)).toBe('hi');
  });
});
