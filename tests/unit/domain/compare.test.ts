import { describe, expect, it } from 'vitest';
import {
  compareReflections,
  sameOrganisation,
} from '../../../src/domain/compare';
import type { CellId } from '../../../src/domain/types';

const cells: CellId[] = [
  'service.space',
  'service.voice',
  'service.audience',
  'service.influence',
  'service.inclusion',
];

describe('compareReflections', () => {
  it('says which questions moved up, down or stayed the same, and by how many steps', () => {
    const result = compareReflections(
      cells,
      [
        { cellId: 'service.space', rating: 1 },
        { cellId: 'service.voice', rating: 3 },
        { cellId: 'service.audience', rating: 2 },
      ],
      [
        { cellId: 'service.space', rating: 3 },
        { cellId: 'service.voice', rating: 2 },
        { cellId: 'service.audience', rating: 2 },
      ],
    );
    expect(
      result.cells.slice(0, 3).map((c) => [c.cellId, c.movement, c.steps]),
    ).toEqual([
      ['service.space', 'up', 2],
      ['service.voice', 'down', -1],
      ['service.audience', 'same', 0],
    ]);
    expect([result.up, result.down, result.same]).toEqual([1, 1, 1]);
  });

  it("does not guess across Don't know, Not relevant or missing answers", () => {
    const result = compareReflections(
      cells,
      [
        { cellId: 'service.space', rating: 'dontKnow' },
        { cellId: 'service.voice', rating: 2 },
      ],
      [
        { cellId: 'service.space', rating: 3 },
        { cellId: 'service.voice', rating: 'notRelevant' },
        { cellId: 'service.influence', rating: 4 },
      ],
    );
    expect(
      result.cells.every(
        (c) => c.movement === 'notComparable' && c.steps === null,
      ),
    ).toBe(true);
    expect(result.notComparable).toBe(5);
    expect(result.cells[3]).toMatchObject({ before: null, after: 4 });
  });
});

describe('sameOrganisation', () => {
  it('matches names ignoring case and extra spaces', () => {
    expect(sameOrganisation('NHS  Anytown ICB ', 'nhs anytown icb')).toBe(true);
    expect(sameOrganisation('NHS Anytown ICB', 'NHS Othertown ICB')).toBe(
      false,
    );
  });
});
