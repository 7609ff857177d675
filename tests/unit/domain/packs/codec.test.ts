import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  importBytes,
  importFragment,
} from '../../../../src/domain/import/pipeline';
import type { ImportLimits } from '../../../../src/domain/import/types';
import {
  MAX_FRAGMENT_LENGTH,
  encodePack,
  fragmentToBytes,
  fromBase64Url,
  packToFragment,
  toBase64Url,
} from '../../../../src/domain/packs/codec';
import { PACK_PROBLEMS } from '../../../../src/domain/packs/format';
import { buildSummaryPack } from '../../../../src/domain/packs/summary';
import {
  DIMENSION_IDS,
  LEVEL_IDS,
  LIMITS,
  type CellId,
} from '../../../../src/domain/types';
import {
  makeAction,
  makeAnswer,
  makeReflection,
  makeReviewPack,
  makeSummaryPack,
} from '../../../support/factories';
import { importAnswer, utf8 } from '../../../support/import';

const REASONS: readonly string[] = PACK_PROBLEMS;

/** What the import pipeline says of `bytes`: the kind it opened, or why not. */
function reasonOf(bytes: Uint8Array, limits?: Partial<ImportLimits>) {
  return importAnswer(bytes, { limits });
}

/** A container around any text, as a hostile sender could make. */
function container(text: string | Uint8Array, header = [0x56, 0x49, 1, 0]) {
  const data = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const body = zlibSync(data, { level: 9 });
  return Uint8Array.from([...header, ...body]);
}

const WORDS =
  'young people told us the youth board meets monthly with the chief executive and their ideas shaped the new clinic hours budget for travel and food is agreed every year'.split(
    ' ',
  );

/** Evidence-like prose that differs from cell to cell. */
function prose(seed: number, length: number): string {
  const words: string[] = [];
  let state = seed;
  while (words.join(' ').length < length) {
    state = (state * 1103515245 + 12345) % 2147483648;
    words.push(WORDS[state % WORDS.length] ?? 'and');
  }
  return words.join(' ').slice(0, length);
}

function fullSummary() {
  const reflection = makeReflection({
    id: crypto.randomUUID(),
    levels: [...LEVEL_IDS],
  });
  const cells = LEVEL_IDS.flatMap((l) =>
    DIMENSION_IDS.map((d): CellId => `${l}.${d}`),
  );
  return buildSummaryPack({
    reflection,
    answers: cells.map((cellId, i) =>
      makeAnswer(reflection.id, cellId, {
        rating: 2,
        evidence: prose(i, 1500),
        examples: prose(i + 100, 600),
        groupsReached: ['careExperienced'],
      }),
    ),
    actions: [makeAction(reflection.id, { text: prose(7, 200) })],
    choice: {
      levels: [...LEVEL_IDS],
      includeEvidence: true,
      includeActions: true,
    },
    now: new Date('2026-03-27T10:00:00Z'),
    packId: crypto.randomUUID(),
  });
}

describe('encodePack, opened by importBytes', () => {
  it('round-trip a summary pack', async () => {
    const pack = fullSummary();
    expect(await importBytes(encodePack(pack))).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
  });

  it('round-trip a review pack', async () => {
    const pack = makeReviewPack({
      reviewer: 'JT',
      missing: 'Nobody asked about school.',
    });
    expect(await importBytes(encodePack(pack))).toEqual({
      ok: true,
      kind: 'review',
      document: pack,
    });
  });

  it('start with the header V, I, container version 1 and no flags', () => {
    expect([...encodePack(makeReviewPack()).subarray(0, 4)]).toEqual([
      0x56, 0x49, 1, 0,
    ]);
  });

  it('make a full 28-cell pack with evidence much smaller than its JSON', () => {
    const pack = fullSummary();
    expect(pack.cells).toHaveLength(28);
    const json = new TextEncoder().encode(JSON.stringify(pack)).length;
    const encoded = encodePack(pack).length;
    expect(encoded / json).toBeLessThan(0.35);
  });

  it('keep evidence at the limit intact through a file', async () => {
    const pack = makeSummaryPack();
    const first = pack.cells[0];
    if (first) first.evidence = 'é'.repeat(LIMITS.longText);
    expect(await importBytes(encodePack(pack))).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
  });
});

describe('importBytes with a hostile container', () => {
  const pack = makeSummaryPack();
  const good = encodePack(pack);

  it('says empty, random or foreign bytes are not a pack', async () => {
    expect(await reasonOf(new Uint8Array())).toBe('notAPack');
    expect(await reasonOf(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]))).toBe(
      'notAPack',
    );
    expect(
      await reasonOf(crypto.getRandomValues(new Uint8Array(500)).fill(0, 0, 1)),
    ).toBe('notAPack');
    expect(await reasonOf(utf8('hello'))).toBe('notAPack');
  });

  it('says a pack cut short is damaged, wherever it is cut', async () => {
    for (let length = 2; length < good.length; length += 1) {
      expect([length, await reasonOf(good.subarray(0, length))]).toEqual([
        length,
        'damaged',
      ]);
    }
  });

  it('notices a changed byte in the compressed body', async () => {
    const changed = good.slice();
    const at = good.length - 10;
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    expect(await reasonOf(changed)).toBe('damaged');
    const checksum = good.slice();
    checksum[good.length - 1] = (checksum[good.length - 1] ?? 0) ^ 0xff;
    expect(await reasonOf(checksum)).toBe('damaged');
  });

  it('says a newer container version or unknown flags need a newer app', async () => {
    const newer = good.slice();
    newer[2] = 2;
    expect(await reasonOf(newer)).toBe('newerVersion');
    const flags = good.slice();
    flags[3] = 0b10;
    expect(await reasonOf(flags)).toBe('newerVersion');
    const zero = good.slice();
    zero[2] = 0;
    expect(await reasonOf(zero)).toBe('notAPack');
  });

  it('asks for a passphrase when the flags say encrypted', async () => {
    const encrypted = good.slice();
    encrypted[3] = 1;
    expect(await reasonOf(encrypted)).toBe('needsPassphrase');
  });

  it('refuses a container over the container cap without opening it', async () => {
    expect(await reasonOf(good, { maxContainer: good.length - 1 })).toBe(
      'tooLarge',
    );
    expect(
      await importBytes(good, { limits: { maxContainer: good.length } }),
    ).toEqual({ ok: true, kind: 'summary', document: pack });
  });

  it('stops a zip bomb at the inflated cap', async () => {
    const bomb = container(new Uint8Array(50_000_000));
    expect(bomb.length).toBeLessThan(100_000);
    expect(await reasonOf(bomb)).toBe('tooLarge');
    expect(await reasonOf(good, { maxPackJson: 100 })).toBe('tooLarge');
  });

  it('says a body that is not UTF-8 JSON is damaged', async () => {
    expect(await reasonOf(container('{"format": nope'))).toBe('damaged');
    expect(
      await reasonOf(container(Uint8Array.from([0x7b, 0xff, 0xfe, 0x7d]))),
    ).toBe('damaged');
    expect(await reasonOf(container(''))).toBe('damaged');
  });

  it('reports the document problems from validation', async () => {
    const other = { format: 'other-app/thing', version: 1 };
    expect(await reasonOf(container(JSON.stringify(other)))).toBe(
      'wrongFormat',
    );
    expect(await reasonOf(container('[1,2,3]'))).toBe('wrongFormat');
    const newer = { ...makeReviewPack(), version: 2 };
    expect(await importBytes(container(JSON.stringify(newer)))).toEqual({
      ok: false,
      reason: 'newerVersion',
      kind: 'review',
    });
    const badCell = { ...makeReviewPack(), priorities: ['service.nonsense'] };
    expect(await importBytes(container(JSON.stringify(badCell)))).toEqual({
      ok: false,
      reason: 'invalid',
      kind: 'review',
    });
  });

  it('never throws and always gives a known answer, for thousands of mangled inputs', async () => {
    const mangled = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .uint8Array({ maxLength: 300 })
        .map((tail) => Uint8Array.from([0x56, 0x49, 1, 0, ...tail])),
      fc
        .uint8Array({ maxLength: 300 })
        .map((tail) =>
          Uint8Array.from([0x56, 0x49, 1, 0, 0x78, 0xda, ...tail]),
        ),
      fc
        .array(
          fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })),
          { minLength: 1, maxLength: 4 },
        )
        .map((flips) => {
          const copy = good.slice();
          for (const [at, mask] of flips) copy[at] = (copy[at] ?? 0) ^ mask;
          return copy;
        }),
      fc.nat(good.length).map((cut) => good.subarray(0, cut)),
      fc.json().map((json) => container(json)),
    );
    await fc.assert(
      fc.asyncProperty(mangled, async (bytes) => {
        expect([...REASONS, 'summary', 'review']).toContain(
          await reasonOf(bytes),
        );
      }),
      { numRuns: 3000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importBytes with a pack saved as plain JSON', () => {
  it('opens the plain JSON form, with a byte order mark and white space', async () => {
    const pack = makeReviewPack();
    const text = `\uFEFF\n  ${JSON.stringify(pack, null, 2)}\n`;
    expect(await importBytes(utf8(text))).toEqual({
      ok: true,
      kind: 'review',
      document: pack,
    });
  });

  it('refuses a JSON file over the pack cap, broken JSON and other files', async () => {
    const json = utf8(JSON.stringify(makeReviewPack()));
    expect(
      await importBytes(json, { limits: { maxPackJson: json.length - 1 } }),
    ).toEqual({ ok: false, reason: 'tooLarge', kind: 'review' });
    expect(await reasonOf(utf8('{"format":'))).toBe('damaged');
    expect(await reasonOf(utf8('%PDF-1.7'))).toBe('notAPack');
    expect(await reasonOf(utf8('{"type":"excalidraw"}'))).toBe('wrongFormat');
  });
});

describe('toBase64Url and fromBase64Url', () => {
  it('round-trip every byte value without padding or URL-unsafe characters', () => {
    const bytes = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => i % 256);
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect([...(fromBase64Url(text) ?? [])]).toEqual([...bytes]);
  });

  it('round-trip every length from 0 to 10', () => {
    for (let length = 0; length <= 10; length += 1) {
      const bytes = crypto.getRandomValues(new Uint8Array(length));
      expect([...(fromBase64Url(toBase64Url(bytes)) ?? [])]).toEqual([
        ...bytes,
      ]);
    }
  });

  it('rejects characters outside base64url and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('ab/c')).toBeNull();
    expect(fromBase64Url('abc=')).toBeNull();
    expect(fromBase64Url('ab c')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
    expect(fromBase64Url('é')).toBeNull();
  });
});

describe('link fragments', () => {
  const pack = makeReviewPack({ reviewer: 'JT' });
  const bytes = encodePack(pack);

  it('round-trip with or without the #', async () => {
    const fragment = packToFragment(bytes);
    expect(fragment.startsWith('pack=')).toBe(true);
    for (const hash of [fragment, `#${fragment}`]) {
      expect(await importFragment(hash)).toEqual({
        ok: true,
        kind: 'review',
        document: pack,
      });
    }
  });

  it('say a link cut short is damaged', async () => {
    const fragment = packToFragment(bytes);
    for (const cut of [
      fragment.length - 1,
      fragment.length - 2,
      fragment.length - 7,
      12,
    ]) {
      expect([cut, await importFragment(fragment.slice(0, cut))]).toEqual([
        cut,
        { ok: false, reason: 'damaged' },
      ]);
    }
  });

  it('refuse other fragments, bad characters and over-long links', () => {
    expect(fragmentToBytes('#/review')).toEqual({
      ok: false,
      reason: 'notAPack',
    });
    expect(fragmentToBytes('')).toEqual({ ok: false, reason: 'notAPack' });
    expect(fragmentToBytes('#pack=abc$')).toEqual({
      ok: false,
      reason: 'damaged',
    });
    expect(fragmentToBytes(`#pack=${'A'.repeat(MAX_FRAGMENT_LENGTH)}`)).toEqual(
      {
        ok: false,
        reason: 'tooLarge',
      },
    );
  });
});
