import { describe, expect, it } from 'vitest';
import {
  agreedDiffers,
  changeVote,
  MAX_VOTES,
  medianOf,
  NO_VOTES,
  spreadOf,
  tallyReducer,
  totalVotes,
  type Tally,
  type VoteCounts,
} from '../../../src/domain/room-vote';

const counts = (...n: [number, number, number, number, number]): VoteCounts =>
  n;

describe('medianOf', () => {
  it('is null when nobody has voted', () => {
    expect(medianOf(NO_VOTES)).toBeNull();
  });
  it('is the middle vote for an odd number of votes', () => {
    // 0, 1, 1, 2, 4 → 1
    expect(medianOf(counts(1, 2, 1, 0, 1))).toBe(1);
  });
  it('is halfway between the middle two for an even number of votes', () => {
    // 2, 2, 3, 3 → 2.5
    expect(medianOf(counts(0, 0, 2, 2, 0))).toBe(2.5);
    // 1, 3 → 2
    expect(medianOf(counts(0, 1, 0, 1, 0))).toBe(2);
  });
  it('follows where most of the room is, not the extremes', () => {
    expect(medianOf(counts(1, 0, 0, 9, 1))).toBe(3);
  });
});

describe('spreadOf', () => {
  it('is null with no votes', () => {
    expect(spreadOf(NO_VOTES)).toBeNull();
  });
  it('runs from the lowest vote to the highest', () => {
    expect(spreadOf(counts(0, 2, 5, 0, 1))).toEqual({
      lowest: 1,
      highest: 4,
      range: 3,
    });
  });
  it('has no range when everyone agrees', () => {
    expect(spreadOf(counts(0, 0, 0, 6, 0))).toEqual({
      lowest: 3,
      highest: 3,
      range: 0,
    });
  });
});

describe('changeVote', () => {
  it('adds and takes away one vote for a rating', () => {
    const once = changeVote(NO_VOTES, 2, 1);
    expect(once).toEqual([0, 0, 1, 0, 0]);
    expect(changeVote(once, 2, -1)).toEqual(NO_VOTES);
  });
  it('never goes below zero or above the cap', () => {
    expect(changeVote(NO_VOTES, 0, -1)).toEqual(NO_VOTES);
    expect(changeVote(counts(0, 0, 0, 0, MAX_VOTES), 4, 1)[4]).toBe(MAX_VOTES);
  });
});

describe('tallyReducer', () => {
  const start: Tally = { counts: NO_VOTES, past: [] };
  it('counts votes and undoes them one at a time, newest first', () => {
    let tally = tallyReducer(start, { type: 'vote', rating: 1, delta: 1 });
    tally = tallyReducer(tally, { type: 'vote', rating: 3, delta: 1 });
    tally = tallyReducer(tally, { type: 'vote', rating: 3, delta: 1 });
    expect(tally.counts).toEqual([0, 1, 0, 2, 0]);
    expect(totalVotes(tally.counts)).toBe(3);
    tally = tallyReducer(tally, { type: 'undo' });
    expect(tally.counts).toEqual([0, 1, 0, 1, 0]);
    tally = tallyReducer(tally, { type: 'undo' });
    tally = tallyReducer(tally, { type: 'undo' });
    expect(tally.counts).toEqual(NO_VOTES);
    // Nothing left to undo: the tally stays as it is.
    expect(tallyReducer(tally, { type: 'undo' })).toBe(tally);
  });
  it('does not record a change that changed nothing, so undo skips it', () => {
    const tally = tallyReducer(start, { type: 'vote', rating: 0, delta: -1 });
    expect(tally).toBe(start);
  });
  it('starts a fresh history when the tally is reset', () => {
    const voted = tallyReducer(start, { type: 'vote', rating: 4, delta: 1 });
    const reset = tallyReducer(voted, { type: 'reset', counts: NO_VOTES });
    expect(reset).toEqual({ counts: NO_VOTES, past: [] });
  });
});

describe('agreedDiffers', () => {
  it('asks for a note when the agreed rating is a point or more from the middle', () => {
    expect(agreedDiffers(1, counts(0, 0, 1, 3, 1))).toBe(true);
    expect(agreedDiffers(3, counts(0, 0, 1, 3, 1))).toBe(false);
  });
  it('does not ask when a half-way middle sits next to the agreed rating', () => {
    expect(agreedDiffers(2, counts(0, 0, 2, 2, 0))).toBe(false);
    expect(agreedDiffers(3, counts(0, 0, 2, 2, 0))).toBe(false);
  });
  it("treats Don't know as different from any vote on the scale", () => {
    expect(agreedDiffers('dontKnow', counts(0, 1, 0, 0, 0))).toBe(true);
  });
  it('does not ask without votes or without an agreed rating', () => {
    expect(agreedDiffers(2, NO_VOTES)).toBe(false);
    expect(agreedDiffers(null, counts(0, 1, 0, 0, 0))).toBe(false);
  });
});
