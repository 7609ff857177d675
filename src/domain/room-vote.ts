/**
 * The room's vote on one question in a workshop: how many people chose each
 * point of the scale, with what the spread and the middle of the room are,
 * and a note of why the agreed rating differs when it does. The agreed
 * rating itself is the answer's rating.
 */
import {
  SCORED_RATINGS,
  type Rating,
  type RoomVote,
  type ScoredRating,
  type VoteCounts,
} from './types';

export type { RoomVote, VoteCounts } from './types';

/** More votes than this for one rating is a mistake, not a room. */
export const MAX_VOTES = 999;
export const ROOM_NOTE_MAX = 200;

export const NO_VOTES: VoteCounts = [0, 0, 0, 0, 0];
export const EMPTY_ROOM_VOTE: RoomVote = { counts: NO_VOTES, note: '' };

export function totalVotes(counts: VoteCounts): number {
  return counts.reduce((sum, n) => sum + n, 0);
}

/** Adds (or, with -1, takes away) one vote; never below 0 or above the cap. */
export function changeVote(
  counts: VoteCounts,
  rating: ScoredRating,
  delta: 1 | -1,
): VoteCounts {
  const next = [...counts] as [number, number, number, number, number];
  next[rating] = Math.min(MAX_VOTES, Math.max(0, next[rating] + delta));
  return next;
}

/** Every vote in order from lowest to highest. */
function sorted(counts: VoteCounts): ScoredRating[] {
  return SCORED_RATINGS.flatMap((r) =>
    Array.from({ length: counts[r] }, () => r),
  );
}

/**
 * The middle of the room: the middle vote, or halfway between the middle two
 * when the number of votes is even (so 2.5 between Developing and
 * Established). Null with no votes.
 */
export function medianOf(counts: VoteCounts): number | null {
  const all = sorted(counts);
  if (all.length === 0) return null;
  const mid = Math.floor(all.length / 2);
  return all.length % 2 === 1
    ? (all[mid] ?? null)
    : ((all[mid - 1] ?? 0) + (all[mid] ?? 0)) / 2;
}

export type Spread = {
  lowest: ScoredRating;
  highest: ScoredRating;
  /** Points of the scale between lowest and highest (0 when all agree). */
  range: number;
};

/** From the lowest vote to the highest; null with no votes. */
export function spreadOf(counts: VoteCounts): Spread | null {
  const all = sorted(counts);
  const lowest = all[0];
  const highest = all.at(-1);
  if (lowest === undefined || highest === undefined) return null;
  return { lowest, highest, range: highest - lowest };
}

/**
 * Whether the agreed rating sits away from the room's middle, so a note of
 * why is asked for. "Don't know" and "Not relevant" always differ from a
 * room that voted on the scale.
 */
export function agreedDiffers(
  agreed: Rating | null,
  counts: VoteCounts,
): boolean {
  const median = medianOf(counts);
  if (agreed === null || median === null) return false;
  if (typeof agreed !== 'number') return true;
  return Math.abs(agreed - median) >= 1;
}

/** A tally with its undo history, for the workshop screen. */
export type Tally = { counts: VoteCounts; past: VoteCounts[] };

export type TallyAction =
  | { type: 'vote'; rating: ScoredRating; delta: 1 | -1 }
  | { type: 'undo' }
  | { type: 'reset'; counts: VoteCounts };

/** How many changes can be undone. */
const UNDO_DEPTH = 100;

export function tallyReducer(tally: Tally, action: TallyAction): Tally {
  switch (action.type) {
    case 'vote': {
      const counts = changeVote(tally.counts, action.rating, action.delta);
      if (counts.every((n, i) => n === tally.counts[i])) return tally;
      return { counts, past: [...tally.past, tally.counts].slice(-UNDO_DEPTH) };
    }
    case 'undo': {
      const previous = tally.past.at(-1);
      return previous
        ? { counts: previous, past: tally.past.slice(0, -1) }
        : tally;
    }
    case 'reset':
      return { counts: action.counts, past: [] };
  }
}
