/**
 * Optional passphrase protection for packs, with WebCrypto. An encrypted
 * container wraps a whole plain container:
 *
 *   'V' 'I' | 1 | flags = 1 | crypto version (1) | kdf id (1 = PBKDF2-SHA256)
 *   | iterations (uint32, big-endian) | salt (16) | iv (12) | AES-GCM-256
 *   ciphertext and tag
 *
 * All 38 header bytes are AES-GCM additional data, so changing any of them
 * fails like a wrong passphrase does. AES-GCM cannot tell a wrong passphrase
 * from changed bytes, so both are 'wrongPassphrase' ("The passphrase is
 * wrong, or the file was changed").
 */
import {
  CONTAINER_HEADER_LENGTH,
  CONTAINER_VERSION,
  FLAG_ENCRYPTED,
  readContainerHeader,
} from './codec';
import type { BytesResult } from './codec';
import type { PackProblem } from './format';

/** PBKDF2 rounds for every pack this app encrypts (OWASP 2023, SHA-256). */
export const PBKDF2_ITERATIONS = 600_000;
/** Most rounds accepted from a file, so a hostile header cannot hang the tab. */
export const PBKDF2_MAX_ITERATIONS = 10_000_000;

const CRYPTO_VERSION = 1;
const KDF_PBKDF2_SHA256 = 1;
const SALT_LENGTH = 16;
const IV_LENGTH = 12;
const TAG_LENGTH = 16;
const SALT_AT = CONTAINER_HEADER_LENGTH + 6;
const IV_AT = SALT_AT + SALT_LENGTH;
export const ENCRYPTED_HEADER_LENGTH = IV_AT + IV_LENGTH;

export type EncryptOptions = {
  /** More rounds than the default; fewer than `PBKDF2_ITERATIONS` is ignored. */
  iterations?: number;
};

const fail = (reason: PackProblem): { ok: false; reason: PackProblem } => ({
  ok: false,
  reason,
});

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/**
 * Encrypts a plain container (from `encodePack`) with a passphrase. Throws
 * only on misuse: an empty passphrase or bytes that are not a plain pack.
 */
export async function encryptPackBytes(
  plain: Uint8Array,
  passphrase: string,
  options: EncryptOptions = {},
): Promise<Uint8Array> {
  const header = readContainerHeader(plain);
  if (!header.ok || header.encrypted) {
    throw new Error('encryptPackBytes needs a plain pack container');
  }
  if (passphrase.length === 0) throw new Error('The passphrase is empty');
  const iterations = Math.min(
    Math.max(PBKDF2_ITERATIONS, options.iterations ?? 0),
    PBKDF2_MAX_ITERATIONS,
  );
  const salt = crypto.getRandomValues(new Uint8Array(SALT_LENGTH));
  const iv = crypto.getRandomValues(new Uint8Array(IV_LENGTH));
  const head = new Uint8Array(ENCRYPTED_HEADER_LENGTH);
  head.set([0x56, 0x49, CONTAINER_VERSION, FLAG_ENCRYPTED]);
  head.set([CRYPTO_VERSION, KDF_PBKDF2_SHA256], CONTAINER_HEADER_LENGTH);
  new DataView(head.buffer).setUint32(CONTAINER_HEADER_LENGTH + 2, iterations);
  head.set(salt, SALT_AT);
  head.set(iv, IV_AT);
  const key = await deriveKey(passphrase, salt, iterations);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: head },
    key,
    plain.slice(),
  );
  const out = new Uint8Array(head.length + sealed.byteLength);
  out.set(head);
  out.set(new Uint8Array(sealed), head.length);
  return out;
}

/** The plain container inside an encrypted one (plain input is returned). */
export async function decryptPackBytes(
  bytes: Uint8Array,
  passphrase: string,
): Promise<BytesResult> {
  try {
    const outer = readContainerHeader(bytes);
    if (!outer.ok) return outer;
    if (!outer.encrypted) return { ok: true, bytes };
    if (passphrase === '') return fail('needsPassphrase');
    if (bytes.length < ENCRYPTED_HEADER_LENGTH + TAG_LENGTH) {
      return fail('damaged');
    }
    const version = bytes[CONTAINER_HEADER_LENGTH] ?? 0;
    const kdf = bytes[CONTAINER_HEADER_LENGTH + 1] ?? 0;
    if (version > CRYPTO_VERSION || kdf > KDF_PBKDF2_SHA256) {
      return fail('newerVersion');
    }
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
    const iterations = view.getUint32(CONTAINER_HEADER_LENGTH + 2);
    if (
      version !== CRYPTO_VERSION ||
      kdf !== KDF_PBKDF2_SHA256 ||
      iterations < PBKDF2_ITERATIONS ||
      iterations > PBKDF2_MAX_ITERATIONS
    ) {
      return fail('damaged');
    }
    const key = await deriveKey(
      passphrase,
      bytes.slice(SALT_AT, IV_AT),
      iterations,
    );
    let opened: ArrayBuffer;
    try {
      opened = await crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: bytes.slice(IV_AT, ENCRYPTED_HEADER_LENGTH),
          additionalData: bytes.slice(0, ENCRYPTED_HEADER_LENGTH),
        },
        key,
        bytes.slice(ENCRYPTED_HEADER_LENGTH),
      );
    } catch {
      return fail('wrongPassphrase');
    }
    const plain = new Uint8Array(opened);
    const inner = readContainerHeader(plain);
    return inner.ok && !inner.encrypted
      ? { ok: true, bytes: plain }
      : fail('damaged');
  } catch {
    return fail('damaged');
  }
}
