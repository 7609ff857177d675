import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backupSchema } from '../../../../src/domain/backup/format';
import { importBytes } from '../../../../src/domain/import/pipeline';
import type { ImportResult } from '../../../../src/domain/import/types';
import {
  PACK_PROBLEMS,
  reviewPackSchema,
  summaryPackSchema,
} from '../../../../src/domain/packs/format';
import { utf8 } from '../../../support/import';
import { damagedBytes, mutatedJson } from './arbitraries';

const REASONS: readonly string[] = PACK_PROBLEMS;

const SCHEMAS = {
  summary: summaryPackSchema,
  review: reviewPackSchema,
  backup: backupSchema,
} as const;

/** A result the pipeline may give: a known problem, or a clean document. */
function expectWellFormed(result: ImportResult): void {
  if (!result.ok) {
    expect(REASONS).toContain(result.reason);
    return;
  }
  // Passes its schema again, and the schema (which drops unknown keys)
  // changes nothing: so no unknown field survived restore.
  const again = SCHEMAS[result.kind].safeParse(result.document);
  expect(again.success).toBe(true);
  expect(again.data).toEqual(result.document);
  expect(JSON.stringify(result.document)).not.toMatch(
    /"(__proto__|constructor|prototype)"/,
  );
}

describe('the import pipeline under fuzzing', () => {
  it('never throws on mutated packs and backups, and accepts only clean documents', async () => {
    const seen = { accepted: 0, refused: 0 };
    await fc.assert(
      fc.asyncProperty(mutatedJson, async (text) => {
        const result = await importBytes(utf8(text));
        expectWellFormed(result);
        seen[result.ok ? 'accepted' : 'refused'] += 1;
      }),
      { numRuns: 2500 },
    );
    // Both sides were exercised: some mutations (extra keys) are harmless.
    expect(seen.accepted).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it('never throws on truncated, bit-flipped or random bytes', async () => {
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(damagedBytes, async (bytes) => {
        const result = await importBytes(bytes);
        expectWellFormed(result);
        seen.add(result.ok ? result.kind : result.reason);
      }),
      { numRuns: 2500 },
    );
    expect(seen).toContain('damaged');
    expect(seen).toContain('notAPack');
  });

  it('never throws on arbitrary JSON values', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 6 }), async (value) => {
        const result = await importBytes(utf8(JSON.stringify(value)));
        expectWellFormed(result);
        // Nothing but our own documents is ever accepted.
        expect(result.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
