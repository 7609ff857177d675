import { describe, expect, it } from 'vitest';
import {
  bandOf,
  isAnswered,
  isScored,
  meanRating,
} from '../../../src/domain/scoring';

describe('bandOf', () => {
  it('treats Not yet and Starting as low', () => {
    expect(bandOf(0)).toBe('low');
    expect(bandOf(1)).toBe('low');
  });
  it('treats Developing as middle', () => {
    expect(bandOf(2)).toBe('middle');
  });
  it('treats Established and Leading as high', () => {
    expect(bandOf(3)).toBe('high');
    expect(bandOf(4)).toBe('high');
  });
  it("treats Don't know as low, because finding out is the first step", () => {
    expect(bandOf('dontKnow')).toBe('low');
  });
  it('gives no band to Not relevant or an unanswered cell', () => {
    expect(bandOf('notRelevant')).toBeNull();
    expect(bandOf(null)).toBeNull();
  });
});

describe('isScored and isAnswered', () => {
  it("counts Don't know as answered but not scored", () => {
    expect(isAnswered('dontKnow')).toBe(true);
    expect(isScored('dontKnow')).toBe(false);
  });
  it('counts Not yet (0) as both answered and scored', () => {
    expect(isAnswered(0)).toBe(true);
    expect(isScored(0)).toBe(true);
  });
  it('counts null as neither', () => {
    expect(isAnswered(null)).toBe(false);
    expect(isScored(null)).toBe(false);
  });
});

describe('meanRating', () => {
  it('averages only the scored ratings', () => {
    expect(meanRating([0, 4, 'dontKnow', null, 'notRelevant', 2])).toBe(2);
  });
  it('is null when nothing is scored', () => {
    expect(meanRating(['dontKnow', null])).toBeNull();
    expect(meanRating([])).toBeNull();
  });
});
