import { describe, expect, it } from 'vitest';
import {
  keystrokeLatencies,
  median,
  percentile,
  table,
} from '../../bench/stats.mjs';

describe('the benchmark statistics', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('reads percentiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('matching keystrokes to the writes that hold them', () => {
  it('times each keystroke to the first later write holding its text', () => {
    const keys = [
      { at: 10, text: 'a' },
      { at: 20, text: 'ab' },
      { at: 30, text: 'abc' },
    ];
    const commits = [
      { at: 15, payload: '{"evidence":"a"}' },
      // Coalesced: one write holds the second and third keystrokes.
      { at: 42, payload: '{"evidence":"abc"}' },
    ];
    expect(keystrokeLatencies(keys, commits)).toEqual([5, 22, 12]);
  });

  it('ignores writes that completed before the keystroke', () => {
    const keys = [{ at: 50, text: 'ab' }];
    const commits = [
      { at: 40, payload: '{"evidence":"ab"}' },
      { at: 70, payload: '{"evidence":"ab"}' },
    ];
    expect(keystrokeLatencies(keys, commits)).toEqual([20]);
  });

  it('does not count a write holding only older text', () => {
    const keys = [{ at: 10, text: 'aa' }];
    const commits = [{ at: 12, payload: '{"evidence":"a"}' }];
    expect(keystrokeLatencies(keys, commits)).toEqual([null]);
  });

  it('matches text with quotes as JSON writes it', () => {
    const keys = [{ at: 1, text: 'say "hi"' }];
    const commits = [{ at: 3, payload: JSON.stringify({ e: 'say "hi"' }) }];
    expect(keystrokeLatencies(keys, commits)).toEqual([2]);
  });
});

describe('the benchmark table', () => {
  it('pads columns to line up, right-aligning where asked', () => {
    expect(
      table(
        [
          ['Name', 'ms'],
          ['a', '5'],
          ['bbb', '120'],
        ],
        ['l', 'r'],
      ),
    ).toBe('Name   ms\n----  ---\na       5\nbbb   120');
  });
});
