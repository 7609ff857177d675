import { describe, expect, it, onTestFinished } from 'vitest';
import {
  formatBytes,
  formatDate,
  formatDateTime,
  numberFormat,
} from '../../../src/lib/format';

describe('format', () => {
  it('writes dates in the language asked for', () => {
    expect(formatDate('2026-03-04', 'en-GB')).toBe('4 March 2026');
    expect(formatDate('2026-03-04', 'cy')).toContain('2026');
    expect(formatDate('2026-03-04', 'cy')).not.toBe('4 March 2026');
  });

  it('gives back text it cannot read as a date unchanged', () => {
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
  });

  it('makes each formatter once, however many dates a long list formats', () => {
    const Real = Intl.DateTimeFormat;
    let made = 0;
    class Counting extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made += 1;
      }
    }
    Object.defineProperty(Intl, 'DateTimeFormat', {
      configurable: true,
      writable: true,
      value: Counting,
    });
    onTestFinished(() => {
      Object.defineProperty(Intl, 'DateTimeFormat', {
        configurable: true,
        writable: true,
        value: Real,
      });
    });
    const at = Date.UTC(2026, 0, 2, 10, 30);
    const first = formatDateTime(at, 'qps-ploc');
    for (let i = 0; i < 500; i += 1) {
      expect(formatDateTime(at + i * 60_000, 'qps-ploc')).toEqual(
        expect.any(String),
      );
      formatDate('2026-01-02', 'qps-ploc');
    }
    expect(formatDateTime(at, 'qps-ploc')).toBe(first);
    expect(made).toBeGreaterThanOrEqual(1);
    expect(made).toBeLessThanOrEqual(2);
  });

  it('keeps formatters for different options apart', () => {
    expect(numberFormat('en-GB', { minimumIntegerDigits: 2 }).format(5)).toBe(
      '05',
    );
    expect(numberFormat('en-GB').format(5)).toBe('5');
    expect(formatBytes(1500, 'en-GB')).toBe('1.5 kB');
    expect(formatBytes(1_500_000, 'en-GB')).toBe('1.5 MB');
  });
});
