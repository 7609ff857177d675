/**
 * Comparing two reflections of the same organisation over time: what moved,
 * question by question. Only scored ratings (0-4) can move; anything else
 * (Don't know, Not relevant, unanswered, a level not covered) is reported as
 * not comparable rather than guessed.
 */
import { isScored } from './scoring';
import type { Answer, CellId, Rating } from './types';

export type Movement = 'up' | 'down' | 'same' | 'notComparable';

export type CellChange = {
  cellId: CellId;
  before: Rating | null;
  after: Rating | null;
  /** Steps moved on the 0-4 scale; null when not comparable. */
  steps: number | null;
  movement: Movement;
};

export type Comparison = {
  cells: CellChange[];
  up: number;
  down: number;
  same: number;
  notComparable: number;
};

type Rated = Pick<Answer, 'cellId' | 'rating'>;

/** `cellIds` in framework order: the cells either reflection covers. */
export function compareReflections(
  cellIds: readonly CellId[],
  before: readonly Rated[],
  after: readonly Rated[],
): Comparison {
  const earlier = new Map(before.map((a) => [a.cellId, a.rating]));
  const later = new Map(after.map((a) => [a.cellId, a.rating]));
  const cells = cellIds.map((cellId): CellChange => {
    const b = earlier.get(cellId) ?? null;
    const a = later.get(cellId) ?? null;
    if (!isScored(b) || !isScored(a)) {
      return {
        cellId,
        before: b,
        after: a,
        steps: null,
        movement: 'notComparable',
      };
    }
    const steps = a - b;
    return {
      cellId,
      before: b,
      after: a,
      steps,
      movement: steps > 0 ? 'up' : steps < 0 ? 'down' : 'same',
    };
  });
  const count = (m: Movement) => cells.filter((c) => c.movement === m).length;
  return {
    cells,
    up: count('up'),
    down: count('down'),
    same: count('same'),
    notComparable: count('notComparable'),
  };
}

/** Reflections that look like the same organisation (name, ignoring case and spacing). */
export function sameOrganisation(a: string, b: string): boolean {
  const norm = (s: string) =>
    s.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');
  return norm(a) === norm(b);
}
