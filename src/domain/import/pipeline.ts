/**
 * The one way in for untrusted input, whatever it holds: a summary pack, a
 * review pack or a backup, from a file's bytes or a link's fragment. Every
 * kind runs the same stages (stages.ts):
 *
 *   size cap → unwrap (decrypt, capped inflate) → parse → identify
 *   → schema validation → restore
 *
 * and comes out as `{ kind, document }` or a problem with a plain-words
 * reason. Never throws; reads nothing from and writes nothing to storage.
 */
import { fragmentToBytes } from '../packs/codec';
import { restore } from './restore';
import { capSize, identify, parseJson, unwrap, validate } from './stages';
import { DEFAULT_IMPORT_LIMITS, fail } from './types';
import type { ImportLimits, ImportResult } from './types';

export type ImportOptions = {
  /** For an encrypted pack; without one it is 'needsPassphrase'. */
  passphrase?: string;
  limits?: Partial<ImportLimits>;
};

export async function importBytes(
  input: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const limits = { ...DEFAULT_IMPORT_LIMITS, ...options.limits };
  try {
    const sized = capSize(input, limits);
    if (!sized.ok) return sized;
    const unwrapped = await unwrap(sized.bytes, limits, options.passphrase);
    if (!unwrapped.ok) return unwrapped;
    const parsed = parseJson(unwrapped.json, limits);
    if (!parsed.ok) return parsed;
    const known = identify(parsed.value);
    if (!known.ok) return known;
    // A pack is small; only a backup may be as big as `maxBytes`.
    if (known.kind !== 'backup' && unwrapped.json.length > limits.maxPackJson) {
      return fail('tooLarge', known.kind);
    }
    const valid = validate(known.kind, parsed.value);
    return valid.ok ? restore(valid) : valid;
  } catch {
    return fail('damaged');
  }
}

/** A link's fragment (`#pack=…` or `pack=…`) through the same stages. */
export async function importFragment(
  hash: string,
  options: ImportOptions = {},
): Promise<ImportResult> {
  try {
    const bytes = fragmentToBytes(hash);
    return bytes.ok ? await importBytes(bytes.bytes, options) : bytes;
  } catch {
    return fail('damaged');
  }
}
