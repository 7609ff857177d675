/**
 * The product's core data types. Pure TypeScript: no React, Dexie, i18next or
 * DOM. Everything else in src/ builds on these.
 */

export const LEVEL_IDS = [
  'individual',
  'service',
  'organisation',
  'system',
] as const;
export type LevelId = (typeof LEVEL_IDS)[number];

export const DIMENSION_IDS = [
  'space',
  'voice',
  'audience',
  'influence',
  'inclusion',
  'safety',
  'embedding',
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

/** A cell is one (level, dimension) pair, written `level.dimension`. */
export type CellId = `${LevelId}.${DimensionId}`;

/** The five points of the scale, 0 (Not yet) to 4 (Leading). */
export const SCORED_RATINGS = [0, 1, 2, 3, 4] as const;
export type ScoredRating = (typeof SCORED_RATINGS)[number];
/** "Don't know" is a finding, not missing data; "not relevant" leaves the cell out. */
export type UnscoredRating = 'dontKnow' | 'notRelevant';
export type Rating = ScoredRating | UnscoredRating;
export const ALL_RATINGS: readonly Rating[] = [
  ...SCORED_RATINGS,
  'dontKnow',
  'notRelevant',
];

export const ORGANISATION_TYPES = [
  'icb',
  'trust',
  'council',
  'charity',
  'school',
  'primaryCare',
  'other',
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export type ReflectionStatus = 'inProgress' | 'complete';

export type Reflection = {
  id: string;
  organisationName: string;
  organisationType: OrganisationType;
  area: string;
  levels: LevelId[];
  /** ISO date (yyyy-mm-dd) of the workshop. */
  date: string;
  facilitator: string;
  locale: string;
  frameworkVersion: number;
  status: ReflectionStatus;
  /** Where the facilitator last was, so a reload resumes there. */
  lastCellId: CellId | null;
  createdAt: number;
  updatedAt: number;
};

/** Room votes for Not yet (0) … Leading (4), by position. */
export type VoteCounts = readonly [number, number, number, number, number];

/** The room's vote on one question in workshop mode (domain/room-vote.ts). */
export type RoomVote = {
  counts: VoteCounts;
  /** One line: why the agreed rating differs from the room's middle. */
  note: string;
};

export type Answer = {
  reflectionId: string;
  cellId: CellId;
  rating: Rating | null;
  evidence: string;
  examples: string;
  groupsReached: string[];
  privateNotes: string;
  /** The room's votes in workshop mode, if a vote was taken. */
  roomVote?: RoomVote;
  updatedAt: number;
};

export type ActionStatus = 'todo' | 'doing' | 'done';

export type Action = {
  id: string;
  reflectionId: string;
  cellId: CellId | null;
  text: string;
  owner: string;
  /** ISO date (yyyy-mm-dd) or empty. */
  due: string;
  status: ActionStatus;
  feedbackToYoungPeople: string;
  /** Position in the action plan. */
  order: number;
  createdAt: number;
  updatedAt: number;
};

/** Limits on free text, shared by forms and validation. */
export const LIMITS = {
  organisationName: 120,
  area: 120,
  facilitator: 80,
  longText: 4000,
  actionText: 500,
  owner: 80,
} as const;
