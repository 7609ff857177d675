/** Shorthands for unit tests of the one import pipeline. */
import {
  importBytes,
  type ImportOptions,
} from '../../src/domain/import/pipeline';

/** UTF-8 bytes of some text, as a file of it would hold. */
export const utf8 = (text: string) => new TextEncoder().encode(text);

/** What the import pipeline says of some bytes: the kind it opened, or why not. */
export async function importAnswer(
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<string> {
  const result = await importBytes(bytes, options);
  return result.ok ? result.kind : result.reason;
}
