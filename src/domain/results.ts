/**
 * The first results rules: which cells are strengths, which are priorities,
 * where the group did not know, and what is still unanswered.
 */
import { isScored, meanRating } from './scoring';
import type {
  Answer,
  CellId,
  DimensionId,
  LevelId,
  Rating,
  ScoredRating,
} from './types';

export type CellRef = { id: CellId; level: LevelId; dimension: DimensionId };

export type RatedCell = CellRef & {
  rating: ScoredRating;
  hasEvidence: boolean;
};

export type LevelSummary = {
  level: LevelId;
  mean: number | null;
  rated: number;
  total: number;
};

export type Results = {
  /** Rating per cell in framework order; null when unanswered. */
  ratings: Map<CellId, Rating | null>;
  /** Rated Established or Leading, highest first. */
  strengths: RatedCell[];
  /** Rated Not yet or Starting, lowest first. */
  priorities: RatedCell[];
  dontKnow: CellRef[];
  notRelevant: CellRef[];
  unanswered: CellRef[];
  levels: LevelSummary[];
};

const STRENGTH_MIN = 3;
const PRIORITY_MAX = 1;

export function buildResults(
  cells: readonly CellRef[],
  answers: readonly Pick<Answer, 'cellId' | 'rating' | 'evidence'>[],
): Results {
  const byCell = new Map(answers.map((a) => [a.cellId, a]));
  const ratings = new Map<CellId, Rating | null>();
  const strengths: RatedCell[] = [];
  const priorities: RatedCell[] = [];
  const dontKnow: CellRef[] = [];
  const notRelevant: CellRef[] = [];
  const unanswered: CellRef[] = [];

  for (const cell of cells) {
    const answer = byCell.get(cell.id);
    const rating = answer?.rating ?? null;
    ratings.set(cell.id, rating);
    if (rating === null) unanswered.push(cell);
    else if (rating === 'dontKnow') dontKnow.push(cell);
    else if (rating === 'notRelevant') notRelevant.push(cell);
    else {
      const rated: RatedCell = {
        ...cell,
        rating,
        hasEvidence: (answer?.evidence.trim().length ?? 0) > 0,
      };
      if (rating >= STRENGTH_MIN) strengths.push(rated);
      if (rating <= PRIORITY_MAX) priorities.push(rated);
    }
  }

  // Stable sorts keep framework order among equal ratings.
  strengths.sort((a, b) => b.rating - a.rating);
  priorities.sort((a, b) => a.rating - b.rating);

  const levelIds = [...new Set(cells.map((c) => c.level))];
  const levels = levelIds.map((level) => {
    const own = cells.filter((c) => c.level === level);
    const values = own.map((c) => ratings.get(c.id) ?? null);
    return {
      level,
      mean: meanRating(values),
      rated: values.filter(isScored).length,
      total: own.length,
    };
  });

  return {
    ratings,
    strengths,
    priorities,
    dontKnow,
    notRelevant,
    unanswered,
    levels,
  };
}
