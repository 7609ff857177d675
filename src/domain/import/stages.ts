/**
 * The stages every import goes through, whatever the document: each a small
 * pure function that returns its output or a problem, and never throws.
 *
 *   capSize → unwrap (decrypt, inflate with a cap) → parseJson → identify
 *   → validate (zod) → restore (restore.ts)
 */
import { BACKUP_FORMAT, BACKUP_VERSION, backupSchema } from '../backup/format';
import {
  CONTAINER_HEADER_LENGTH,
  inflateCapped,
  looksLikeJson,
  readContainerHeader,
} from '../packs/codec';
import { decryptPackBytes } from '../packs/crypto';
import {
  APP_ID,
  REVIEW_FORMAT,
  REVIEW_VERSION,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  reviewPackSchema,
  summaryPackSchema,
} from '../packs/format';
import { fail } from './types';
import type {
  ImportFailure,
  ImportKind,
  ImportLimits,
  Imported,
} from './types';

type Ok<T> = { ok: true } & T;

/** Stage 1: refuse anything bigger than the biggest document of any kind. */
export function capSize(
  bytes: Uint8Array,
  limits: ImportLimits,
): Ok<{ bytes: Uint8Array }> | ImportFailure {
  return bytes.length > limits.maxBytes
    ? fail('tooLarge')
    : { ok: true, bytes };
}

/**
 * Stage 2: the JSON bytes inside the input. JSON text passes through; a
 * pack container is decrypted (with the passphrase) and inflated, stopping
 * as soon as the inflated size passes the cap.
 */
export async function unwrap(
  bytes: Uint8Array,
  limits: ImportLimits,
  passphrase?: string,
): Promise<Ok<{ json: Uint8Array }> | ImportFailure> {
  if (looksLikeJson(bytes)) return { ok: true, json: bytes };
  const header = readContainerHeader(bytes);
  if (!header.ok) return header;
  if (bytes.length > limits.maxContainer) return fail('tooLarge');
  let plain = bytes;
  if (header.encrypted) {
    if (!passphrase) return fail('needsPassphrase');
    const opened = await decryptPackBytes(bytes, passphrase);
    if (!opened.ok) return opened;
    plain = opened.bytes;
  }
  const inflated = inflateCapped(
    plain.subarray(CONTAINER_HEADER_LENGTH),
    limits.maxPackJson,
  );
  return inflated.ok ? { ok: true, json: inflated.bytes } : inflated;
}

/** True when arrays and objects nest deeper than `max` (strings skipped). */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c) i += 1;
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 0x7d || code === 0x5d) depth -= 1;
  }
  return false;
}

/** Stage 3: strict UTF-8, an optional BOM, a depth cap, then JSON.parse. */
export function parseJson(
  json: Uint8Array,
  limits: ImportLimits,
): Ok<{ value: unknown }> | ImportFailure {
  try {
    const text = new TextDecoder('utf-8', { fatal: true })
      .decode(json)
      .replace(/^\uFEFF/, '');
    if (nestsDeeperThan(text, limits.maxDepth)) return fail('invalid');
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('damaged');
  }
}

const KINDS = {
  [SUMMARY_FORMAT]: { kind: 'summary', version: SUMMARY_VERSION },
  [REVIEW_FORMAT]: { kind: 'review', version: REVIEW_VERSION },
  [BACKUP_FORMAT]: { kind: 'backup', version: BACKUP_VERSION },
} as const satisfies Record<string, { kind: ImportKind; version: number }>;

/**
 * Stage 4: which of our documents the envelope `{ format, version, app }`
 * says this is; refuses other apps' files and versions newer than this app.
 */
export function identify(
  value: unknown,
): Ok<{ kind: ImportKind }> | ImportFailure {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return fail('wrongFormat');
  }
  const doc = value as Record<string, unknown>;
  const format = Object.hasOwn(doc, 'format') ? doc.format : undefined;
  const known =
    typeof format === 'string' && Object.hasOwn(KINDS, format)
      ? KINDS[format as keyof typeof KINDS]
      : undefined;
  if (!known || !Object.hasOwn(doc, 'app') || doc.app !== APP_ID) {
    return fail('wrongFormat');
  }
  if (Number.isInteger(doc.version) && Number(doc.version) > known.version) {
    return fail('newerVersion', known.kind);
  }
  return { ok: true, kind: known.kind };
}

/** Stage 5: the kind's zod schema (unknown keys dropped, defaults filled). */
export function validate(
  kind: ImportKind,
  value: unknown,
): Imported | ImportFailure {
  try {
    if (kind === 'summary') {
      const parsed = summaryPackSchema.safeParse(value);
      if (parsed.success) return { ok: true, kind, document: parsed.data };
    } else if (kind === 'review') {
      const parsed = reviewPackSchema.safeParse(value);
      if (parsed.success) return { ok: true, kind, document: parsed.data };
    } else {
      const parsed = backupSchema.safeParse(value);
      if (parsed.success) return { ok: true, kind, document: parsed.data };
    }
  } catch {
    // A schema that throws on hostile input is still only invalid input.
  }
  return fail('invalid', kind);
}
