/**
 * Reading a reflection's results more deeply than `buildResults`: a profile
 * per level and per dimension (mean and how the ratings spread), strong
 * ratings with no evidence behind them, groups of young people no answer at a
 * level says were reached, suggested next steps, and actions that need
 * attention. Words are the UI's job: everything here is ids, numbers and
 * bands.
 */
import { isIsoDate } from './reflection';
import { buildResults } from './results';
import type { CellRef, RatedCell, Results } from './results';
import { bandOf, isAnswered, isScored, meanRating } from './scoring';
import type { RatingBand } from './scoring';
import type {
  Action,
  Answer,
  CellId,
  DimensionId,
  LevelId,
  Rating,
  ScoredRating,
  UnscoredRating,
} from './types';

export type RatingCounts = Record<
  ScoredRating | UnscoredRating | 'unanswered',
  number
>;

/** How the cells of one level (or one dimension) were rated. */
export type Profile = {
  /** Mean of the scored cells; null when none is scored. */
  mean: number | null;
  /** Cells with a score from 0 to 4. */
  rated: number;
  /** Every cell, including Don't know, Not relevant and unanswered. */
  total: number;
  counts: RatingCounts;
};

export type LevelProfile = Profile & { level: LevelId };
export type DimensionProfile = Profile & { dimension: DimensionId };

/** Groups no answer at `level` lists as reached, in the order given. */
export type ReachGap = { level: LevelId; notReached: string[] };

export type NextStep = {
  cellId: CellId;
  /** Which of the cell's next-step suggestions fits. */
  band: RatingBand;
  reason: 'priority' | 'dontKnow';
};

export type Analysis = {
  levelProfiles: LevelProfile[];
  dimensionProfiles: DimensionProfile[];
  /** Rated Established or Leading, highest first (as in results.ts). */
  strengths: RatedCell[];
  /** Rated Not yet or Starting, lowest first (as in results.ts). */
  priorities: RatedCell[];
  dontKnow: CellRef[];
  /** Rated 3 or 4 with no evidence recorded, highest first. */
  evidenceGaps: RatedCell[];
  /** One entry per level where reach is known, in level order. */
  reachGaps: ReachGap[];
  /** Levels with no answer at all: who was reached there is not known. */
  reachNotKnown: LevelId[];
  /** Priorities first (lowest first), then Don't know cells. */
  nextSteps: NextStep[];
};

export type AnalysisInput = {
  /** The reflection's cells in framework order (from content). */
  cells: readonly CellRef[];
  answers: readonly Pick<
    Answer,
    'cellId' | 'rating' | 'evidence' | 'groupsReached'
  >[];
  /** Every group the framework asks about, in the order to list them. */
  groupIds: readonly string[];
};

function emptyCounts(): RatingCounts {
  return {
    0: 0,
    1: 0,
    2: 0,
    3: 0,
    4: 0,
    dontKnow: 0,
    notRelevant: 0,
    unanswered: 0,
  };
}

function countsOf(ratings: readonly (Rating | null)[]): RatingCounts {
  const counts = emptyCounts();
  for (const rating of ratings) counts[rating ?? 'unanswered'] += 1;
  return counts;
}

/** Distinct values of `key` in the order the cells first show them. */
function distinct<K extends 'level' | 'dimension'>(
  cells: readonly CellRef[],
  key: K,
): CellRef[K][] {
  return [...new Set(cells.map((cell) => cell[key]))];
}

/**
 * A cell tells us about reach once it has a rating or lists a group: a
 * group recorded on an unrated cell was still reached.
 */
function reachOf(
  input: AnalysisInput,
  byCell: ReadonlyMap<CellId, AnalysisInput['answers'][number]>,
): Pick<Analysis, 'reachGaps' | 'reachNotKnown'> {
  const reachGaps: ReachGap[] = [];
  const reachNotKnown: LevelId[] = [];
  for (const level of distinct(input.cells, 'level')) {
    const answers = input.cells
      .filter((cell) => cell.level === level)
      .flatMap((cell) => byCell.get(cell.id) ?? []);
    const known = answers.filter(
      (a) => isAnswered(a.rating) || a.groupsReached.length > 0,
    );
    if (known.length === 0) {
      reachNotKnown.push(level);
      continue;
    }
    const reached = new Set(known.flatMap((a) => a.groupsReached));
    const notReached = input.groupIds.filter((group) => !reached.has(group));
    reachGaps.push({ level, notReached });
  }
  return { reachGaps, reachNotKnown };
}

/**
 * `results` may be passed in when the caller already built it for the same
 * cells and answers (the results screen does), so it is not built twice.
 */
export function analyseReflection(
  input: AnalysisInput,
  results: Results = buildResults(input.cells, input.answers),
): Analysis {
  const { cells } = input;
  const byCell = new Map(input.answers.map((a) => [a.cellId, a]));
  const ratingsOf = (own: readonly CellRef[]) =>
    own.map((cell) => results.ratings.get(cell.id) ?? null);

  // Levels extend results.ts's summaries; dimensions are read the same way.
  const levelProfiles = results.levels.map((summary) => ({
    ...summary,
    counts: countsOf(ratingsOf(cells.filter((c) => c.level === summary.level))),
  }));
  const dimensionProfiles = distinct(cells, 'dimension').map((dimension) => {
    const ratings = ratingsOf(cells.filter((c) => c.dimension === dimension));
    return {
      dimension,
      mean: meanRating(ratings),
      rated: ratings.filter(isScored).length,
      total: ratings.length,
      counts: countsOf(ratings),
    };
  });

  const step = (cell: CellRef, rating: Rating, reason: NextStep['reason']) => {
    const band = bandOf(rating);
    return band ? [{ cellId: cell.id, band, reason }] : [];
  };
  const nextSteps: NextStep[] = [
    ...results.priorities.flatMap((c) => step(c, c.rating, 'priority')),
    ...results.dontKnow.flatMap((c) => step(c, 'dontKnow', 'dontKnow')),
  ];

  return {
    levelProfiles,
    dimensionProfiles,
    strengths: results.strengths,
    priorities: results.priorities,
    dontKnow: results.dontKnow,
    evidenceGaps: results.strengths.filter((cell) => !cell.hasEvidence),
    ...reachOf(input, byCell),
    nextSteps,
  };
}

export type FlaggableAction = Pick<
  Action,
  'text' | 'feedbackToYoungPeople' | 'due' | 'status'
>;

export type ActionFlags<T extends FlaggableAction> = {
  /**
   * Actions with text but nothing on how young people will hear what
   * changed. Closing the loop is part of the framework (Influence), so an
   * action without it is not finished being planned.
   */
  noFeedback: T[];
  /** Due before `today` and not done; an action due today is not overdue. */
  overdue: T[];
};

/** Actions needing attention, each list in the order given. */
export function actionFlags<T extends FlaggableAction>(
  actions: readonly T[],
  today: string,
): ActionFlags<T> {
  const blank = (text: string) => text.trim().length === 0;
  return {
    noFeedback: actions.filter(
      (a) => !blank(a.text) && blank(a.feedbackToYoungPeople),
    ),
    overdue: isIsoDate(today)
      ? actions.filter(
          (a) => a.status !== 'done' && isIsoDate(a.due) && a.due < today,
        )
      : [],
  };
}
