import { describe, expect, it } from 'vitest';
import { buildBackup } from '../../../../src/domain/backup/format';
import {
  importBytes,
  importFragment,
} from '../../../../src/domain/import/pipeline';
import { encodePack, packToFragment } from '../../../../src/domain/packs/codec';
import { encryptPackBytes } from '../../../../src/domain/packs/crypto';
import { preparePack } from '../../../../src/domain/packs/prepare';
import {
  makeBackupInput,
  makeReflection,
  makeReviewPack,
  makeSummaryPack,
} from '../../../support/factories';
import { importAnswer, utf8 } from '../../../support/import';

const NOW = new Date('2026-05-01T09:30:00.000Z');

function sampleBackup() {
  return buildBackup(
    [makeBackupInput(makeReflection({ id: crypto.randomUUID() }))],
    NOW,
  );
}

function reasonOf(bytes: Uint8Array, passphrase?: string) {
  return importAnswer(bytes, { passphrase });
}

describe('importBytes', () => {
  it('opens a summary pack file made by today’s code, giving back the same pack', async () => {
    const pack = makeSummaryPack();
    const bytes = encodePack(pack);
    expect(await importBytes(bytes)).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
  });

  it('opens a review pack, and one saved as plain JSON text', async () => {
    const pack = makeReviewPack();
    expect(await importBytes(encodePack(pack))).toEqual({
      ok: true,
      kind: 'review',
      document: pack,
    });
    expect(await importBytes(utf8(JSON.stringify(pack, null, 2)))).toEqual({
      ok: true,
      kind: 'review',
      document: pack,
    });
  });

  it('opens a backup file made by today’s code, with or without a byte order mark', async () => {
    const backup = sampleBackup();
    const text = JSON.stringify(backup, null, 2);
    for (const file of [text, `\uFEFF${text}`]) {
      expect(await importBytes(utf8(file))).toEqual({
        ok: true,
        kind: 'backup',
        document: backup,
      });
    }
  });

  it('opens an encrypted pack with its passphrase, and asks for one without', async () => {
    const pack = makeSummaryPack();
    const { bytes } = await preparePack(pack, 'correct horse');
    expect(await reasonOf(bytes)).toBe('needsPassphrase');
    expect(await reasonOf(bytes, 'wrong')).toBe('wrongPassphrase');
    expect(await importBytes(bytes, { passphrase: 'correct horse' })).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
  });

  it('opens a link made by today’s code through the same stages', async () => {
    const pack = makeSummaryPack();
    const fragment = packToFragment(encodePack(pack));
    expect(await importFragment(`#${fragment}`)).toEqual({
      ok: true,
      kind: 'summary',
      document: pack,
    });
    expect(await importFragment('#section-2')).toEqual({
      ok: false,
      reason: 'notAPack',
    });
  });

  it('names a plain-words reason for each kind of bad input', async () => {
    const pack = makeSummaryPack();
    const cases: [Uint8Array, string][] = [
      [new Uint8Array(0), 'notAPack'],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2]), 'notAPack'],
      [utf8('{"format": '), 'damaged'],
      [new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'damaged'],
      [utf8('{"name":"other-app"}'), 'wrongFormat'],
      [utf8(JSON.stringify({ ...pack, app: 'other' })), 'wrongFormat'],
      [utf8(JSON.stringify({ ...pack, version: 2 })), 'newerVersion'],
      [utf8(JSON.stringify({ ...sampleBackup(), version: 2 })), 'newerVersion'],
      [utf8(JSON.stringify({ ...pack, cells: 'none' })), 'invalid'],
      [utf8(`{"a":${'['.repeat(10_000)}${']'.repeat(10_000)}}`), 'invalid'],
    ];
    for (const [bytes, reason] of cases) {
      expect(await reasonOf(bytes)).toBe(reason);
    }
  });

  it('says which kind an invalid or newer document claimed to be', async () => {
    const backup = { ...sampleBackup(), reflections: 'all' };
    expect(await importBytes(utf8(JSON.stringify(backup)))).toEqual({
      ok: false,
      reason: 'invalid',
      kind: 'backup',
    });
    const review = { ...makeReviewPack(), version: 9 };
    expect(await importBytes(utf8(JSON.stringify(review)))).toEqual({
      ok: false,
      reason: 'newerVersion',
      kind: 'review',
    });
  });

  it('caps the input, the container and the inflated pack, each before the work it saves', async () => {
    const json = utf8(JSON.stringify(makeSummaryPack()));
    const limits = { maxBytes: json.length - 1 };
    expect(await importBytes(json, { limits })).toMatchObject({
      reason: 'tooLarge',
    });
    const bytes = encodePack(makeSummaryPack());
    expect(
      await importBytes(bytes, { limits: { maxContainer: bytes.length - 1 } }),
    ).toMatchObject({ reason: 'tooLarge' });
    expect(
      await importBytes(bytes, { limits: { maxPackJson: 100 } }),
    ).toMatchObject({ reason: 'tooLarge' });
    // A pack as plain JSON may not be as big as a backup may be.
    expect(
      await importBytes(json, { limits: { maxPackJson: json.length - 1 } }),
    ).toEqual({ ok: false, reason: 'tooLarge', kind: 'summary' });
  });

  it('refuses a small container that inflates past the cap (a zip bomb)', async () => {
    const bomb = encodePack({
      ...makeSummaryPack(),
      padding: ' '.repeat(5_000_000),
    } as never);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await reasonOf(bomb)).toBe('tooLarge');
  });

  it('treats a changed byte in an encrypted pack like a wrong passphrase', async () => {
    const plain = encodePack(makeSummaryPack());
    const locked = await encryptPackBytes(plain, 'pass');
    const last = locked.length - 1;
    locked[last] = (locked[last] ?? 0) ^ 1;
    expect(await reasonOf(locked, 'pass')).toBe('wrongPassphrase');
  });
});
