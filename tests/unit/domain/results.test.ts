import { describe, expect, it } from 'vitest';
import { cellsForLevels } from '../../../src/content/framework-v1';
import { buildResults } from '../../../src/domain/results';
import type { CellId, Rating } from '../../../src/domain/types';

const serviceCells = cellsForLevels(['service']);

function answers(entries: [CellId, Rating | null, string?][]) {
  return entries.map(([cellId, rating, evidence = '']) => ({
    cellId,
    rating,
    evidence,
  }));
}

describe('buildResults', () => {
  it('lists Established and Leading cells as strengths, highest first', () => {
    const results = buildResults(
      serviceCells,
      answers([
        ['service.space', 3, 'Youth panel minutes'],
        ['service.voice', 4],
        ['service.audience', 2],
      ]),
    );
    expect(results.strengths.map((c) => [c.id, c.rating])).toEqual([
      ['service.voice', 4],
      ['service.space', 3],
    ]);
  });

  it('marks a strength with no evidence recorded', () => {
    const results = buildResults(
      serviceCells,
      answers([
        ['service.space', 3, 'Youth panel minutes'],
        ['service.voice', 4, '   '],
      ]),
    );
    const byId = Object.fromEntries(
      results.strengths.map((c) => [c.id, c.hasEvidence]),
    );
    expect(byId).toEqual({ 'service.space': true, 'service.voice': false });
  });

  it('lists Not yet and Starting cells as priorities, lowest first, in framework order among equals', () => {
    const results = buildResults(
      serviceCells,
      answers([
        ['service.space', 1],
        ['service.voice', 0],
        ['service.audience', 1],
        ['service.influence', 2],
      ]),
    );
    expect(results.priorities.map((c) => c.id)).toEqual([
      'service.voice',
      'service.space',
      'service.audience',
    ]);
  });

  it("keeps Don't know, Not relevant and unanswered cells apart from scores", () => {
    const results = buildResults(
      serviceCells,
      answers([
        ['service.space', 'dontKnow'],
        ['service.voice', 'notRelevant'],
        ['service.audience', null],
      ]),
    );
    expect(results.dontKnow.map((c) => c.id)).toEqual(['service.space']);
    expect(results.notRelevant.map((c) => c.id)).toEqual(['service.voice']);
    expect(results.unanswered).toHaveLength(serviceCells.length - 2);
    expect(results.strengths).toEqual([]);
    expect(results.priorities).toEqual([]);
  });

  it('gives every chosen cell a grid entry, null where unanswered', () => {
    const results = buildResults(serviceCells, answers([['service.space', 2]]));
    expect(results.ratings.size).toBe(7);
    expect(results.ratings.get('service.space')).toBe(2);
    expect(results.ratings.get('service.embedding')).toBeNull();
  });

  it('ignores answers for levels the reflection does not cover', () => {
    const results = buildResults(serviceCells, answers([['system.space', 4]]));
    expect(results.strengths).toEqual([]);
    expect(results.ratings.has('system.space')).toBe(false);
  });

  it('summarises each level with the mean of its scored cells', () => {
    const cells = cellsForLevels(['individual', 'service']);
    const results = buildResults(
      cells,
      answers([
        ['individual.space', 4],
        ['individual.voice', 2],
        ['individual.audience', 'dontKnow'],
      ]),
    );
    expect(results.levels).toEqual([
      { level: 'individual', mean: 3, rated: 2, total: 7 },
      { level: 'service', mean: null, rated: 0, total: 7 },
    ]);
  });

  it('copes with a reflection where nothing is rated', () => {
    const results = buildResults(serviceCells, []);
    expect(results.unanswered).toHaveLength(7);
    expect(results.levels[0]?.mean).toBeNull();
  });
});
