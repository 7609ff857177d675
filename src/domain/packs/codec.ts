/**
 * Packs as bytes, links and files, and back. Owns the container format:
 *
 *   'V' 'I' | container version (1) | flags (bit 0: encrypted) | body
 *
 * The body of a plain container is zlib (deflate level 9, Adler-32 checked)
 * of the UTF-8 JSON document; an encrypted body is described in crypto.ts.
 * Opening one is the import pipeline's work (domain/import/pipeline.ts,
 * `importBytes`), built from the pieces here: the header check and an
 * inflate that stops past its cap (a zip bomb cannot exhaust memory).
 */
import { Inflate, zlibSync } from 'fflate';
import type { PackDocument, PackProblem } from './format';

export const CONTAINER_VERSION = 1;
export const FLAG_ENCRYPTED = 0b1;
export const CONTAINER_HEADER_LENGTH = 4;
export const PACK_FILE_EXTENSION = '.vipack';
/** Longest link fragment accepted, in characters. */
export const MAX_FRAGMENT_LENGTH = 200_000;

/** Pack size caps, the defaults behind `DEFAULT_IMPORT_LIMITS` (domain/import). */
export type DecodeLimits = {
  /** Largest container accepted, in bytes. */
  maxCompressed: number;
  /** Largest JSON document accepted once inflated, in bytes. */
  maxInflated: number;
};

/** Room for the largest valid pack (28 cells of full evidence, 200 actions). */
export const DEFAULT_LIMITS: DecodeLimits = {
  maxCompressed: 2_000_000,
  maxInflated: 4_000_000,
};

export type BytesResult =
  { ok: true; bytes: Uint8Array } | { ok: false; reason: PackProblem };

type Failure = { ok: false; reason: PackProblem };
const fail = (reason: PackProblem): Failure => ({ ok: false, reason });

const MAGIC = [0x56, 0x49] as const;
/** Input fed to the inflater at a time: at most ~1 MB of output each. */
const INFLATE_STEP = 1024;

/** The plain (unencrypted) container of a pack document. */
export function encodePack(doc: PackDocument): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(doc));
  const body = zlibSync(json, { level: 9 });
  const bytes = new Uint8Array(CONTAINER_HEADER_LENGTH + body.length);
  bytes.set([MAGIC[0], MAGIC[1], CONTAINER_VERSION, 0]);
  bytes.set(body, CONTAINER_HEADER_LENGTH);
  return bytes;
}

/** Checks the 4-byte header; says whether the body is encrypted. */
export function readContainerHeader(
  bytes: Uint8Array,
): { ok: true; encrypted: boolean } | Failure {
  const startsWell = bytes[0] === MAGIC[0] && bytes[1] === MAGIC[1];
  if (bytes.length < CONTAINER_HEADER_LENGTH) {
    return fail(startsWell ? 'damaged' : 'notAPack');
  }
  const version = bytes[2] ?? 0;
  const flags = bytes[3] ?? 0;
  if (!startsWell || version === 0) return fail('notAPack');
  if (version > CONTAINER_VERSION || (flags & ~FLAG_ENCRYPTED) !== 0) {
    return fail('newerVersion');
  }
  return { ok: true, encrypted: (flags & FLAG_ENCRYPTED) !== 0 };
}

function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length;) {
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i += 1) {
      a += data[i] ?? 0;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const TOO_LARGE = new Error('inflated size over the cap');

/** Inflates a zlib stream, giving up as soon as the output passes `max` (for domain/import). */
export function inflateCapped(zlib: Uint8Array, max: number): BytesResult {
  const cmf = zlib[0] ?? 0;
  const flg = zlib[1] ?? 0;
  const headerOk =
    (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0 && !(flg & 0x20);
  if (zlib.length < 6 || !headerOk) return fail('damaged');
  const deflated = zlib.subarray(2, zlib.length - 4);
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const inflater = new Inflate((chunk) => {
      total += chunk.length;
      if (total > max) throw TOO_LARGE;
      chunks.push(chunk);
    });
    let offset = 0;
    do {
      const next = Math.min(offset + INFLATE_STEP, deflated.length);
      inflater.push(deflated.subarray(offset, next), next === deflated.length);
      offset = next;
    } while (offset < deflated.length);
  } catch (error) {
    return fail(error === TOO_LARGE ? 'tooLarge' : 'damaged');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  const view = new DataView(zlib.buffer, zlib.byteOffset, zlib.byteLength);
  const expected = view.getUint32(zlib.length - 4);
  return adler32(out) === expected ? { ok: true, bytes: out } : fail('damaged');
}

/** True when the bytes start (after a BOM and white space) with `{`. */
export function looksLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while ([0x20, 0x09, 0x0a, 0x0d].includes(bytes[i] ?? -1)) i += 1;
  return bytes[i] === 0x7b;
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The bytes of unpadded base64url text, or null if it is not valid. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const padding = '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + padding);
    return Uint8Array.from(binary, (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

/** The URL fragment (without `#`) that carries a pack; no server sees it. */
export function packToFragment(bytes: Uint8Array): string {
  return `pack=${toBase64Url(bytes)}`;
}

/** The pack bytes in a fragment, given as `#pack=…` or `pack=…`. */
export function fragmentToBytes(hash: string): BytesResult {
  if (hash.length > MAX_FRAGMENT_LENGTH) return fail('tooLarge');
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!body.startsWith('pack=')) return fail('notAPack');
  const bytes = fromBase64Url(body.slice('pack='.length));
  return bytes ? { ok: true, bytes } : fail('damaged');
}
