import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { importBytes } from '../../../../src/domain/import/pipeline';
import type { ImportLimits } from '../../../../src/domain/import/types';
import { encodePack } from '../../../../src/domain/packs/codec';
import {
  ENCRYPTED_HEADER_LENGTH,
  PBKDF2_ITERATIONS,
  decryptPackBytes,
  encryptPackBytes,
} from '../../../../src/domain/packs/crypto';
import { PACK_PROBLEMS } from '../../../../src/domain/packs/format';
import { makeReviewPack, makeSummaryPack } from '../../../support/factories';
import { importAnswer } from '../../../support/import';

const PASSPHRASE = 'correct horse battery staple';
const pack = makeSummaryPack();
const plain = encodePack(pack);
let sealed: Uint8Array;

// Each encryption or decryption runs the real 600,000 PBKDF2 rounds, so
// the tests share one encrypted pack and keep such runs few.
beforeAll(async () => {
  sealed = await encryptPackBytes(plain, PASSPHRASE);
});

const PROBLEMS: readonly string[] = PACK_PROBLEMS;
const ANSWERS: readonly string[] = [...PROBLEMS, 'summary', 'review'];

/** What the import pipeline says of `bytes`: the kind it opened, or why not. */
function reasonOf(
  bytes: Uint8Array,
  passphrase?: string,
  limits?: Partial<ImportLimits>,
) {
  return importAnswer(bytes, { passphrase, limits });
}

function iterationsOf(bytes: Uint8Array): number {
  return new DataView(bytes.buffer, bytes.byteOffset).getUint32(6);
}

function flipped(bytes: Uint8Array, at: number): Uint8Array {
  const copy = bytes.slice();
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('encryptPackBytes', () => {
  it('writes an encrypted container with at least 600,000 PBKDF2 rounds', () => {
    expect([...sealed.subarray(0, 6)]).toEqual([0x56, 0x49, 1, 1, 1, 1]);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(iterationsOf(sealed)).toBeGreaterThanOrEqual(600_000);
  });

  it('never lowers the rounds below the floor, whatever it is asked', async () => {
    const weak = await encryptPackBytes(plain, PASSPHRASE, { iterations: 1 });
    expect(iterationsOf(weak)).toBe(PBKDF2_ITERATIONS);
  });

  it('uses a fresh salt and iv every time and hides the content', async () => {
    const again = await encryptPackBytes(plain, PASSPHRASE);
    expect([...again.subarray(10, ENCRYPTED_HEADER_LENGTH)]).not.toEqual([
      ...sealed.subarray(10, ENCRYPTED_HEADER_LENGTH),
    ]);
    const text = new TextDecoder().decode(sealed);
    expect(text).not.toContain('voice-influence');
  });

  it('refuses an empty passphrase or bytes that are not a plain pack', async () => {
    await expect(encryptPackBytes(plain, '')).rejects.toThrow();
    await expect(encryptPackBytes(sealed, PASSPHRASE)).rejects.toThrow();
    await expect(
      encryptPackBytes(new Uint8Array(3), PASSPHRASE),
    ).rejects.toThrow();
  });
});

describe('importBytes with an encrypted pack', () => {
  it('opens an encrypted pack with the right passphrase', async () => {
    expect(await importBytes(sealed, { passphrase: PASSPHRASE })).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
  });

  it('asks for a passphrase when none is given', async () => {
    expect(await importBytes(sealed)).toEqual({
      ok: false,
      reason: 'needsPassphrase',
    });
    expect(await reasonOf(sealed, '')).toBe('needsPassphrase');
  });

  it('says the passphrase is wrong (or the file changed) for a wrong passphrase', async () => {
    expect(await reasonOf(sealed, 'Correct horse battery staple')).toBe(
      'wrongPassphrase',
    );
  });

  it('rejects a pack with one byte changed in the ciphertext, salt, iv or header', async () => {
    // Every byte of the key-derivation header is additional data, so a
    // change anywhere after the container header fails like a wrong
    // passphrase.
    const places = {
      ciphertext: sealed.length - 20,
      tag: sealed.length - 1,
      salt: 12,
      iv: 30,
      iterations: 9,
    };
    for (const [place, at] of Object.entries(places)) {
      expect([place, await reasonOf(flipped(sealed, at), PASSPHRASE)]).toEqual([
        place,
        'wrongPassphrase',
      ]);
    }
    const header: [number, string][] = [
      [0, 'notAPack'], // 'V'
      [1, 'notAPack'], // 'I'
      [2, 'notAPack'], // container version 1 → 0
      [3, 'damaged'], // encrypted flag cleared: the body is not zlib
      [4, 'damaged'], // crypto version 1 → 0
      [5, 'damaged'], // kdf 1 → 0
    ];
    for (const [at, reason] of header) {
      expect([at, await reasonOf(flipped(sealed, at), PASSPHRASE)]).toEqual([
        at,
        reason,
      ]);
    }
  });

  it('refuses a hostile round count without running it', async () => {
    const huge = sealed.slice();
    new DataView(huge.buffer).setUint32(6, 0xffffffff);
    const few = sealed.slice();
    new DataView(few.buffer).setUint32(6, 1000);
    expect(await reasonOf(huge, PASSPHRASE)).toBe('damaged');
    expect(await reasonOf(few, PASSPHRASE)).toBe('damaged');
  });

  it('says a newer encryption scheme needs a newer app', async () => {
    const newer = sealed.slice();
    newer[4] = 2;
    expect(await reasonOf(newer, PASSPHRASE)).toBe('newerVersion');
  });

  it('says an encrypted pack cut short is damaged', async () => {
    expect(await reasonOf(sealed.subarray(0, 20), PASSPHRASE)).toBe('damaged');
    expect(
      await reasonOf(
        sealed.subarray(0, ENCRYPTED_HEADER_LENGTH + 15),
        PASSPHRASE,
      ),
    ).toBe('damaged');
  });

  it('opens plain packs, binary or JSON, with or without a passphrase', async () => {
    const review = makeReviewPack();
    const json = new TextEncoder().encode(JSON.stringify(review));
    expect(await importBytes(encodePack(review))).toEqual({
      ok: true,
      kind: 'review',
      document: review,
    });
    expect(await importBytes(json, { passphrase: 'ignored' })).toEqual({
      ok: true,
      kind: 'review',
      document: review,
    });
  });

  it('refuses an encrypted pack over the container cap before deriving a key', async () => {
    expect(
      await importBytes(sealed, {
        passphrase: PASSPHRASE,
        limits: { maxContainer: 100 },
      }),
    ).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('never throws and always gives a known answer, for thousands of mangled inputs', async () => {
    const mangled = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc
        .uint8Array({ maxLength: 200 })
        .map((tail) => Uint8Array.from([0x56, 0x49, 1, 1, ...tail])),
      fc
        .tuple(fc.nat(sealed.length - 1), fc.integer({ min: 1, max: 255 }))
        .map(([at, mask]) => {
          const copy = sealed.slice();
          copy[at] = (copy[at] ?? 0) ^ mask;
          return copy;
        }),
      fc.nat(sealed.length).map((cut) => sealed.subarray(0, cut)),
    );
    await fc.assert(
      fc.asyncProperty(mangled, async (bytes) => {
        expect(ANSWERS).toContain(await reasonOf(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws with a passphrase, for mangled inputs that fail before key derivation', async () => {
    // Too short to hold a key-derivation header and tag, so no PBKDF2 runs.
    const short = fc.oneof(
      fc.uint8Array({ maxLength: 50 }),
      fc
        .uint8Array({ maxLength: 45 })
        .map((tail) => Uint8Array.from([0x56, 0x49, 1, 1, ...tail])),
    );
    await fc.assert(
      fc.asyncProperty(short, async (bytes) => {
        // A problem, never a document.
        expect(PROBLEMS).toContain(await reasonOf(bytes, PASSPHRASE));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('decryptPackBytes', () => {
  it('accepts the same passphrase typed with composed or decomposed accents', async () => {
    const accented = await encryptPackBytes(plain, 'caf\u00e9 au lait');
    const opened = await decryptPackBytes(accented, 'cafe\u0301 au lait');
    expect(opened.ok && [...opened.bytes]).toEqual([...plain]);
  });
});
