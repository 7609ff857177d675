import fc from 'fast-check';
import { unzlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  FIELD_POLICY,
  pickForSummary,
  summaryFieldsOf,
} from '../../../src/domain/field-policy';
import { encodePack } from '../../../src/domain/packs/codec';
import { buildSummaryPack } from '../../../src/domain/packs/summary';
import {
  ALL_RATINGS,
  DIMENSION_IDS,
  LEVEL_IDS,
  type Answer,
  type CellId,
} from '../../../src/domain/types';
import {
  makeAction,
  makeAnswer,
  makeReflection,
} from '../../support/factories';

const MARKER = 'SECRET-MARKER-7f3a';
const ALL_CELLS: CellId[] = LEVEL_IDS.flatMap((level) =>
  DIMENSION_IDS.map((dimension): CellId => `${level}.${dimension}`),
);

function inflated(bytes: Uint8Array): string {
  return new TextDecoder().decode(unzlibSync(bytes.subarray(4)));
}

function fullPack(
  reflection: ReturnType<typeof makeReflection>,
  answers: Answer[],
) {
  return buildSummaryPack({
    reflection,
    answers,
    actions: [
      makeAction(reflection.id, { text: 'Pay young people for their time' }),
    ],
    choice: {
      levels: [...LEVEL_IDS],
      includeEvidence: true,
      includeActions: true,
    },
    now: new Date('2026-03-27T10:00:00Z'),
    packId: crypto.randomUUID(),
  });
}

describe('FIELD_POLICY', () => {
  it('keeps every field on the device and in backups', () => {
    for (const table of Object.values(FIELD_POLICY)) {
      for (const policy of Object.values(table)) {
        expect(policy).toMatchObject({ device: true, backup: true });
      }
    }
  });

  it('never shares private notes, the facilitator, timestamps or working state', () => {
    expect(FIELD_POLICY.answer.privateNotes.summaryPack).toBe(false);
    expect(FIELD_POLICY.reflection.facilitator.summaryPack).toBe(false);
    for (const kind of ['reflection', 'answer', 'action'] as const) {
      const shared: string[] = summaryFieldsOf(kind);
      for (const field of [
        'createdAt',
        'updatedAt',
        'status',
        'lastCellId',
        'privateNotes',
        'facilitator',
      ]) {
        expect(shared).not.toContain(field);
      }
    }
  });

  it('shares what Champions need to review a cell', () => {
    expect(summaryFieldsOf('answer')).toEqual([
      'cellId',
      'rating',
      'evidence',
      'examples',
      'groupsReached',
    ]);
    expect(summaryFieldsOf('action')).toEqual([
      'cellId',
      'text',
      'owner',
      'due',
    ]);
  });
});

describe('pickForSummary', () => {
  it('copies only the fields a summary pack may carry', () => {
    const answer = makeAnswer('r1', 'service.voice', {
      rating: 3,
      evidence: 'Youth panel minutes',
      privateNotes: MARKER,
    });
    expect(pickForSummary('answer', answer)).toEqual({
      cellId: 'service.voice',
      rating: 3,
      evidence: 'Youth panel minutes',
      examples: '',
      groupsReached: [],
    });
  });
});

describe('summary packs and private data', () => {
  it('never carry private notes or the facilitator name, in the pack or its bytes', () => {
    const reflection = makeReflection({
      id: crypto.randomUUID(),
      levels: [...LEVEL_IDS],
      facilitator: `Facilitator ${MARKER}`,
    });
    const answers = ALL_CELLS.map((cellId) =>
      makeAnswer(reflection.id, cellId, {
        rating: 2,
        evidence: 'Minutes of the youth board',
        privateNotes: `Do not share: ${MARKER}`,
      }),
    );
    const pack = fullPack(reflection, answers);
    expect(pack.cells).toHaveLength(28);
    expect(JSON.stringify(pack)).not.toContain(MARKER);
    expect(inflated(encodePack(pack))).not.toContain(MARKER);
  });

  it('never carry private notes, whatever the answers hold', () => {
    const answerArb = fc.record({
      cellId: fc.constantFrom(...ALL_CELLS),
      rating: fc.constantFrom(null, ...ALL_RATINGS),
      evidence: fc.string({ maxLength: 60 }),
      examples: fc.string({ maxLength: 60 }),
      groupsReached: fc.array(
        fc.constantFrom('careExperienced', 'youngCarers'),
      ),
      privateNotes: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(
        fc.array(answerArb, { maxLength: 40 }),
        fc.subarray([...LEVEL_IDS], { minLength: 1 }),
        fc.boolean(),
        (raw, levels, includeEvidence) => {
          const reflection = makeReflection({
            id: crypto.randomUUID(),
            levels: [...LEVEL_IDS],
            facilitator: MARKER,
          });
          const answers = raw.map(({ privateNotes, ...rest }) =>
            makeAnswer(reflection.id, rest.cellId, {
              ...rest,
              privateNotes: `${MARKER}${privateNotes}`,
            }),
          );
          const pack = buildSummaryPack({
            reflection,
            answers,
            actions: [],
            choice: { levels, includeEvidence, includeActions: true },
            now: new Date(0),
            packId: crypto.randomUUID(),
          });
          expect(JSON.stringify(pack)).not.toContain(MARKER);
          expect(inflated(encodePack(pack))).not.toContain(MARKER);
        },
      ),
      { numRuns: 200 },
    );
  });
});
