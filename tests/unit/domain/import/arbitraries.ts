/**
 * Generators of malformed documents for fuzzing the import pipeline:
 * mutations of valid packs and backups (wrong types, missing, extra and
 * prototype keys, huge strings, deep nesting, wrong format or version) and
 * damaged bytes (truncated, bit-flipped, random).
 */
import fc from 'fast-check';
import { buildBackup } from '../../../../src/domain/backup/format';
import { encodePack } from '../../../../src/domain/packs/codec';
import {
  makeBackupInput,
  makeReviewPack,
  makeSummaryPack,
} from '../../../support/factories';

type Json = unknown;

export const validDocuments = (): Json[] => [
  makeSummaryPack(),
  makeReviewPack(),
  buildBackup([makeBackupInput()], new Date('2026-05-01T09:30:00.000Z')),
];

/** Every path to an object or array inside `value`, root first. */
function containerPaths(value: Json, path: (string | number)[] = []) {
  const out: (string | number)[][] = [path];
  if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      if (typeof inner === 'object' && inner !== null) {
        const step = Array.isArray(value) ? Number(key) : key;
        out.push(...containerPaths(inner, [...path, step]));
      }
    }
  }
  return out;
}

function at(root: Json, path: (string | number)[]): Record<string, Json> {
  let node = root as Record<string, Json> | undefined;
  for (const step of path) {
    node = Object.getOwnPropertyDescriptor(node ?? {}, step)?.value as
      Record<string, Json> | undefined;
  }
  return node as Record<string, Json>;
}

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(null, '', -1, 1e308, NaN, true, [], {}, '2026-13-45'),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(400)),
  fc.constantFrom('<script>alert(1)</script>', 'javascript:alert(1)', '\u202e'),
  fc.nat(40).map((depth) => '['.repeat(depth + 30) + ']'.repeat(depth + 30)),
);

const hostileKey = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'format', 'id'),
  fc.string({ maxLength: 8 }),
);

type Mutation = (root: Json, node: Record<string, Json>) => void;

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  // Wrong type, or a hostile value, for an existing field.
  fc
    .tuple(fc.nat(), hostileValue)
    .map(([pick, value]): Mutation => (_, node) => {
      const keys = Object.keys(node);
      if (keys.length > 0)
        node[keys[pick % keys.length] as string] = structuredClone(value);
    }),
  // A missing field.
  fc.nat().map((pick): Mutation => (_, node) => {
    const keys = Object.keys(node);
    if (keys.length > 0)
      Reflect.deleteProperty(node, keys[pick % keys.length] as string);
  }),
  // An extra (or prototype) key.
  fc
    .tuple(hostileKey, hostileValue)
    .map(([key, value]): Mutation => (_, node) => {
      // An array's `length` cannot be redefined (and JSON.stringify writes
      // no named keys of an array anyway), so such a key is left alone.
      if (Object.getOwnPropertyDescriptor(node, key)?.configurable === false)
        return;
      Object.defineProperty(node, key, {
        value: structuredClone(value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }),
  // Wrong format, app or version on the envelope.
  fc
    .tuple(
      fc.constantFrom('format', 'app', 'version'),
      fc.anything({ maxDepth: 1 }),
    )
    .map(([key, value]): Mutation => (root) => {
      (root as Record<string, Json>)[key] = structuredClone(value);
    }),
);

/** JSON text of a valid document with one to four mutations. */
export const mutatedJson: fc.Arbitrary<string> = fc
  .tuple(
    fc.nat(2),
    fc.array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 4 }),
  )
  .map(([which, edits]) => {
    const doc = JSON.parse(JSON.stringify(validDocuments()[which])) as Json;
    for (const [pick, edit] of edits) {
      const paths = containerPaths(doc);
      const node = at(doc, paths[pick % paths.length] ?? []);
      if (typeof node === 'object' && node !== null) edit(doc, node);
    }
    // JSON.stringify writes a __proto__ own key as the attacker would.
    return JSON.stringify(doc) ?? 'null';
  });

/** Damaged bytes: a valid file or container truncated, flipped or random. */
export const damagedBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(fc.nat(2), fc.boolean())
  .chain(([which, asContainer]) => {
    const doc = validDocuments()[which];
    const good = asContainer
      ? encodePack(doc as never)
      : new TextEncoder().encode(JSON.stringify(doc));
    return fc.oneof(
      fc.nat(good.length).map((cut) => good.slice(0, cut)),
      fc
        .array(
          fc.tuple(fc.nat(good.length - 1), fc.integer({ min: 1, max: 255 })),
          {
            minLength: 1,
            maxLength: 4,
          },
        )
        .map((flips) => {
          const bytes = good.slice();
          for (const [i, mask] of flips) bytes[i] = (bytes[i] ?? 0) ^ mask;
          return bytes;
        }),
      fc.uint8Array({ maxLength: 400 }),
      fc.uint8Array({ maxLength: 60 }).map((tail) => {
        const bytes = new Uint8Array(4 + tail.length);
        bytes.set([0x56, 0x49, 1, 0]);
        bytes.set(tail, 4);
        return bytes;
      }),
    );
  });
