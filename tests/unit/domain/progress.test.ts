import { describe, expect, it } from 'vitest';
import { progressOf } from '../../../src/domain/progress';
import type { CellId } from '../../../src/domain/types';

const cells: CellId[] = [
  'service.space',
  'service.voice',
  'service.audience',
  'service.influence',
];

describe('progressOf', () => {
  it("counts every rated cell, including Don't know and Not relevant", () => {
    const result = progressOf(cells, [
      { cellId: 'service.space', rating: 0 },
      { cellId: 'service.voice', rating: 'dontKnow' },
      { cellId: 'service.audience', rating: 'notRelevant' },
    ]);
    expect(result).toEqual({ answered: 3, total: 4, percent: 75 });
  });
  it('ignores answers with no rating yet (only text typed)', () => {
    expect(
      progressOf(cells, [{ cellId: 'service.space', rating: null }]).answered,
    ).toBe(0);
  });
  it('ignores answers for cells outside the chosen levels', () => {
    const result = progressOf(cells, [{ cellId: 'system.space', rating: 3 }]);
    expect(result.answered).toBe(0);
  });
  it('is 0% with no cells rather than dividing by zero', () => {
    expect(progressOf([], [])).toEqual({ answered: 0, total: 0, percent: 0 });
  });
  it('rounds to a whole percent', () => {
    const three: CellId[] = cells.slice(0, 3);
    expect(
      progressOf(three, [{ cellId: 'service.space', rating: 1 }]).percent,
    ).toBe(33);
  });
});
