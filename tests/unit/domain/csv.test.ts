import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellsForLevels } from '../../../src/content/framework-v1';
import {
  csvField,
  reflectionCsv,
  reflectionRows,
  toCsv,
} from '../../../src/domain/csv';
import type { CsvHeadings, CsvWords } from '../../../src/domain/csv';
import { makeAction, makeAnswer } from '../../support/factories';

/** A strict RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = 1;
  while (i < text.length) {
    const char = text.charAt(i);
    if (quoted) {
      if (char === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else field += char;
      i += 1;
    } else if (char === '"' && field === '') {
      quoted = true;
      i += 1;
    } else if (char === ',') {
      row.push(field);
      field = '';
      i += 1;
    } else if (char === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      expect(char).not.toMatch(/["\r\n]/);
      field += char;
      i += 1;
    }
  }
  expect(row).toEqual([]);
  expect(field).toBe('');
  return rows;
}

const INJECTIONS = [
  '=HYPERLINK("http://x")',
  '=1+1',
  '+1',
  '-1+1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ' =cmd|" /C calc"!A0',
];

describe('csvField', () => {
  it('leaves plain text alone', () => {
    expect(csvField('Youth panel')).toBe('Youth panel');
    expect(csvField('')).toBe('');
    expect(csvField('a=1, b')).toBe('"a=1, b"');
    expect(csvField('email@example.org')).toBe('email@example.org');
    expect(csvField('2026-05-01')).toBe('2026-05-01');
    expect(csvField('مرحبا 😀')).toBe('مرحبا 😀');
  });

  it('quotes fields with a comma, quote, CR or LF and doubles the quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('"')).toBe('""""');
  });

  it('neutralises every field a spreadsheet could run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(
      '"\'=HYPERLINK(""http://x"")"',
    );
    expect(csvField('+1')).toBe("'+1");
    expect(csvField('-1+1')).toBe("'-1+1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('\r=1')).toBe('"\'\r=1"');
    expect(csvField('  =1')).toBe("'  =1");
  });

  it('treats a plain negative number as text too (documented trade-off)', () => {
    expect(csvField('-1')).toBe("'-1");
  });
});

describe('toCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line with CRLF', () => {
    const csv = toCsv([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(csv).toBe('\uFEFFa,b\r\nc,d\r\n');
  });

  it('writes a lone BOM for no rows, and a blank line for an empty row', () => {
    expect(toCsv([])).toBe('\uFEFF');
    expect(toCsv([['a'], [], ['b']])).toBe('\uFEFFa\r\n\r\nb\r\n');
  });

  it('reads back as the same fields, injections neutralised', () => {
    const rows = [INJECTIONS, ['a,b', 'say "hi"', 'x\ny', 'x\r\ny', '']];
    const read = parseCsv(toCsv(rows));
    expect(read[0]).toEqual(INJECTIONS.map((value) => `'${value}`));
    expect(read[1]).toEqual(rows[1]);
  });

  it('reads back as the same fields for any text, never starting a formula', () => {
    const field = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc
        .tuple(
          fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ='),
          fc.string(),
        )
        .map(([start, rest]) => start + rest),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 1, maxLength: 5 }), {
          maxLength: 5,
        }),
        (rows) => {
          const read = parseCsv(toCsv(rows));
          expect(read).toHaveLength(rows.length);
          read.forEach((row, r) => {
            row.forEach((value, c) => {
              const original = rows[r]?.[c] ?? '';
              const dangerous = /^(?:[\t\r]|\s*[=+\-@])/.test(original);
              expect(value).toBe(dangerous ? `'${original}` : original);
              expect(value).not.toMatch(/^(?:[\t\r]|\s*[=+\-@])/);
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('reflectionCsv', () => {
  const headings: CsvHeadings = {
    cells: {
      level: 'H:level',
      dimension: 'H:dimension',
      rating: 'H:rating',
      evidence: 'H:evidence',
      examples: 'H:examples',
      groupsReached: 'H:groups',
    },
    actions: {
      action: 'H:action',
      owner: 'H:owner',
      due: 'H:due',
      status: 'H:status',
      feedbackToYoungPeople: 'H:feedback',
      question: 'H:question',
    },
  };
  const words: CsvWords = {
    label: (rating) => `R:${String(rating)}`,
    level: (level) => `L:${level}`,
    dimension: (dimension) => `D:${dimension}`,
    group: (group) => `G:${group}`,
    status: (status) => `S:${status}`,
    question: (cellId) => `Q:${cellId}`,
  };
  const cells = cellsForLevels(['service']);
  const answers = [
    makeAnswer('r', 'service.voice', {
      rating: 3,
      evidence: 'Minutes, "signed"',
      examples: 'Panel\nTwice a year',
      groupsReached: ['careExperienced', 'youngCarers'],
      privateNotes: 'SECRET NOTE',
    }),
    makeAnswer('r', 'service.space', { rating: 'dontKnow' }),
  ];
  const actions = [
    makeAction('r', {
      text: 'Second',
      order: 2,
      cellId: null,
      status: 'done',
    }),
    makeAction('r', {
      text: '=Pay panel',
      owner: 'Lead',
      due: '2026-06-30',
      status: 'doing',
      feedbackToYoungPeople: 'At the panel',
      cellId: 'service.voice',
      order: 1,
    }),
  ];
  const input = { cells, answers, actions, headings, words };

  it('has a heading row, then one row per cell in framework order, words from the caller', () => {
    const rows = reflectionRows(input);
    expect(rows[0]).toEqual([
      'H:level',
      'H:dimension',
      'H:rating',
      'H:evidence',
      'H:examples',
      'H:groups',
    ]);
    expect(rows.slice(1, 3)).toEqual([
      ['L:service', 'D:space', 'R:dontKnow', '', '', ''],
      [
        'L:service',
        'D:voice',
        'R:3',
        'Minutes, "signed"',
        'Panel\nTwice a year',
        'G:careExperienced; G:youngCarers',
      ],
    ]);
    expect(rows[3]).toEqual(['L:service', 'D:audience', 'R:null', '', '', '']);
    expect(rows).toHaveLength(1 + 7 + 1 + 1 + 2);
  });

  it('adds the action plan after a blank row, in plan order', () => {
    const rows = reflectionRows(input);
    expect(rows.slice(8)).toEqual([
      [],
      ['H:action', 'H:owner', 'H:due', 'H:status', 'H:feedback', 'H:question'],
      [
        '=Pay panel',
        'Lead',
        '2026-06-30',
        'S:doing',
        'At the panel',
        'Q:service.voice',
      ],
      ['Second', '', '', 'S:done', '', ''],
    ]);
  });

  it('keeps the action headings when there are no actions', () => {
    const rows = reflectionRows({ ...input, actions: [] });
    expect(rows.at(-1)?.[0]).toBe('H:action');
  });

  it('never exports private notes', () => {
    expect(reflectionCsv(input)).not.toContain('SECRET');
  });

  it('writes a CSV file that a spreadsheet reads safely', () => {
    const read = parseCsv(reflectionCsv(input));
    expect(read[2]?.[3]).toBe('Minutes, "signed"');
    expect(read[2]?.[4]).toBe('Panel\nTwice a year');
    expect(read[8]).toEqual(['']);
    expect(read[10]?.[0]).toBe("'=Pay panel");
  });
});

describe('reflectionRows with Champions', () => {
  it("adds the Champions' view as a third section, neutralising their text too", () => {
    const rows = reflectionRows({
      cells: [{ id: 'service.space', level: 'service', dimension: 'space' }],
      answers: [],
      actions: [],
      headings: {
        cells: {
          level: 'L',
          dimension: 'D',
          rating: 'R',
          evidence: 'E',
          examples: 'X',
          groupsReached: 'G',
        },
        actions: {
          action: 'A',
          owner: 'O',
          due: 'B',
          status: 'S',
          feedbackToYoungPeople: 'F',
          question: 'Q',
        },
      },
      words: {
        label: (r) => String(r),
        level: (l) => l,
        dimension: (d) => d,
        group: (g) => g,
        status: (s) => s,
        question: (c) => c,
      },
      champions: {
        headings: {
          question: 'Q',
          organisationRating: 'Org',
          agree: 'Yes',
          notSure: 'Unsure',
          disagree: 'No',
          theirRatings: 'Theirs',
          comments: 'Said',
        },
        cells: [
          {
            cellId: 'service.space',
            orgRating: 4,
            agree: 0,
            notSure: 1,
            disagree: 2,
            ratings: [1, 2],
            comments: [{ reviewer: '', text: '=cmd' }],
          },
        ],
      },
    });
    expect(rows.slice(-3)).toEqual([
      [],
      ['Q', 'Org', 'Yes', 'Unsure', 'No', 'Theirs', 'Said'],
      ['service.space', '4', '0', '1', '2', '1; 2', '=cmd'],
    ]);
    expect(toCsv(rows)).toContain(",'=cmd\r\n");
  });
});
