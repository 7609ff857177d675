import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodePack } from '../../../../src/domain/packs/codec';
import {
  ENCRYPTED_HEADER_LENGTH,
  PBKDF2_ITERATIONS,
  decryptPackBytes,
  encryptPackBytes,
  openPack,
} from '../../../../src/domain/packs/crypto';
import type { DecodeResult } from '../../../../src/domain/packs/format';
import { makeReviewPack, makeSummaryPack } from '../../../support/factories';

const PASSPHRASE = 'correct horse battery staple';
const pack = makeSummaryPack();
const plain = encodePack(pack);
let sealed: Uint8Array;

// Each encryption or decryption runs the real 600,000 PBKDF2 rounds, so
// the tests share one encrypted pack and keep such runs few.
beforeAll(async () => {
  sealed = await encryptPackBytes(plain, PASSPHRASE);
});

function reasonOf(result: DecodeResult) {
  return result.ok ? 'ok' : result.reason;
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

describe('openPack', () => {
  it('opens an encrypted pack with the right passphrase', async () => {
    expect(await openPack(sealed, PASSPHRASE)).toEqual({
      ok: true,
      kind: 'summary',
      pack,
    });
  });

  it('asks for a passphrase when none is given', async () => {
    expect(reasonOf(await openPack(sealed))).toBe('needsPassphrase');
    expect(reasonOf(await openPack(sealed, ''))).toBe('needsPassphrase');
  });

  it('says the passphrase is wrong (or the file changed) for a wrong passphrase', async () => {
    expect(
      reasonOf(await openPack(sealed, 'Correct horse battery staple')),
    ).toBe('wrongPassphrase');
  });

  it('rejects a pack with one byte changed in the ciphertext, salt, iv or header', async () => {
    const places = {
      ciphertext: sealed.length - 20,
      tag: sealed.length - 1,
      salt: 12,
      iv: 30,
      iterations: 9,
    };
    for (const at of Object.values(places)) {
      const result = await openPack(flipped(sealed, at), PASSPHRASE);
      expect(['wrongPassphrase', 'damaged']).toContain(reasonOf(result));
    }
    for (const at of [0, 1, 2, 3, 4, 5]) {
      expect(
        reasonOf(await openPack(flipped(sealed, at), PASSPHRASE)),
      ).not.toBe('ok');
    }
  });

  it('refuses a hostile round count without running it', async () => {
    const huge = sealed.slice();
    new DataView(huge.buffer).setUint32(6, 0xffffffff);
    const few = sealed.slice();
    new DataView(few.buffer).setUint32(6, 1000);
    expect(reasonOf(await openPack(huge, PASSPHRASE))).toBe('damaged');
    expect(reasonOf(await openPack(few, PASSPHRASE))).toBe('damaged');
  });

  it('says a newer encryption scheme needs a newer app', async () => {
    const newer = sealed.slice();
    newer[4] = 2;
    expect(reasonOf(await openPack(newer, PASSPHRASE))).toBe('newerVersion');
  });

  it('says an encrypted pack cut short is damaged', async () => {
    expect(reasonOf(await openPack(sealed.subarray(0, 20), PASSPHRASE))).toBe(
      'damaged',
    );
    expect(
      reasonOf(
        await openPack(
          sealed.subarray(0, ENCRYPTED_HEADER_LENGTH + 15),
          PASSPHRASE,
        ),
      ),
    ).toBe('damaged');
  });

  it('opens plain packs, binary or JSON, with or without a passphrase', async () => {
    const review = makeReviewPack();
    const json = new TextEncoder().encode(JSON.stringify(review));
    expect(await openPack(encodePack(review))).toEqual({
      ok: true,
      kind: 'review',
      pack: review,
    });
    expect(await openPack(json, 'ignored')).toEqual({
      ok: true,
      kind: 'review',
      pack: review,
    });
  });

  it('refuses an encrypted pack over the size cap before deriving a key', async () => {
    expect(
      reasonOf(await openPack(sealed, PASSPHRASE, { maxCompressed: 100 })),
    ).toBe('tooLarge');
  });

  it('never throws, for thousands of mangled inputs', async () => {
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
        const result = await openPack(bytes);
        expect(typeof result.ok).toBe('boolean');
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
        const result = await openPack(bytes, PASSPHRASE);
        expect(result.ok).toBe(false);
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
