/**
 * CSV export of one reflection's ratings and action plan, for spreadsheets.
 *
 * Owns the file format: RFC 4180 quoting, CRLF line ends and a UTF-8 byte
 * order mark so Excel reads accents, Welsh and Arabic correctly. Every cell
 * that a spreadsheet could read as a formula is neutralised (OWASP "CSV
 * injection"): it gets a leading `'`. That includes plain negative numbers
 * such as `-1`, which then show as text; nothing exported here is a number
 * anyone sums, so that is the safe trade.
 *
 * No words live here: headings and the names of ratings, levels, dimensions,
 * groups, statuses and questions come from the caller, in the UI's locale.
 * Private notes are never exported.
 */
import type { MergedCell } from './merge-reviews';
import type { CellRef } from './results';
import type {
  Action,
  ActionStatus,
  Answer,
  CellId,
  DimensionId,
  LevelId,
  Rating,
} from './types';

export const CSV_BOM = '\uFEFF';
const CRLF = '\r\n';

/** Starts a formula in Excel, LibreOffice or Google Sheets. */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One field, neutralised against formula injection and quoted if needed. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV text of `rows`: BOM first, every line ending CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return (
    CSV_BOM + rows.map((row) => row.map(csvField).join(',') + CRLF).join('')
  );
}

/** Column headings, in the UI's language. */
export type CsvHeadings = {
  cells: {
    level: string;
    dimension: string;
    rating: string;
    evidence: string;
    examples: string;
    groupsReached: string;
  };
  actions: {
    action: string;
    owner: string;
    due: string;
    status: string;
    feedbackToYoungPeople: string;
    question: string;
  };
};

/** How to name each id, in the UI's language. */
/** The Champions' view, one row per question they responded to. */
export type CsvChampions = {
  headings: {
    question: string;
    organisationRating: string;
    agree: string;
    notSure: string;
    disagree: string;
    theirRatings: string;
    comments: string;
  };
  cells: readonly Pick<
    MergedCell,
    | 'cellId'
    | 'orgRating'
    | 'agree'
    | 'notSure'
    | 'disagree'
    | 'ratings'
    | 'comments'
  >[];
};

export type CsvWords = {
  /** Called with null for an unanswered cell. */
  label: (rating: Rating | null) => string;
  level: (level: LevelId) => string;
  dimension: (dimension: DimensionId) => string;
  group: (groupId: string) => string;
  status: (status: ActionStatus) => string;
  /** The question an action belongs to. */
  question: (cellId: CellId) => string;
};

export type ReflectionCsvInput = {
  /** The reflection's cells in framework order (from content). */
  cells: readonly CellRef[];
  answers: readonly Pick<
    Answer,
    'cellId' | 'rating' | 'evidence' | 'examples' | 'groupsReached'
  >[];
  actions: readonly Pick<
    Action,
    | 'cellId'
    | 'text'
    | 'owner'
    | 'due'
    | 'status'
    | 'feedbackToYoungPeople'
    | 'order'
  >[];
  headings: CsvHeadings;
  words: CsvWords;
  /** Added as a third section when Champions' reviews have come back. */
  champions?: CsvChampions;
};

/**
 * Rows of the export: a heading row and one row per cell, then a blank row,
 * then a heading row and one row per action in plan order.
 */
export function reflectionRows(input: ReflectionCsvInput): string[][] {
  const { headings, words } = input;
  const byCell = new Map(input.answers.map((a) => [a.cellId, a]));
  const cellRows = input.cells.map((cell) => {
    const answer = byCell.get(cell.id);
    return [
      words.level(cell.level),
      words.dimension(cell.dimension),
      words.label(answer?.rating ?? null),
      answer?.evidence ?? '',
      answer?.examples ?? '',
      (answer?.groupsReached ?? []).map(words.group).join('; '),
    ];
  });
  const actionRows = [...input.actions]
    .sort((a, b) => a.order - b.order)
    .map((action) => [
      action.text,
      action.owner,
      action.due,
      words.status(action.status),
      action.feedbackToYoungPeople,
      action.cellId === null ? '' : words.question(action.cellId),
    ]);
  const h = headings;
  return [
    [
      h.cells.level,
      h.cells.dimension,
      h.cells.rating,
      h.cells.evidence,
      h.cells.examples,
      h.cells.groupsReached,
    ],
    ...cellRows,
    [],
    [
      h.actions.action,
      h.actions.owner,
      h.actions.due,
      h.actions.status,
      h.actions.feedbackToYoungPeople,
      h.actions.question,
    ],
    ...actionRows,
    ...championRows(input.champions, words),
  ];
}

function championRows(
  champions: CsvChampions | undefined,
  words: CsvWords,
): string[][] {
  if (!champions || champions.cells.length === 0) return [];
  const h = champions.headings;
  return [
    [],
    [
      h.question,
      h.organisationRating,
      h.agree,
      h.notSure,
      h.disagree,
      h.theirRatings,
      h.comments,
    ],
    ...champions.cells.map((cell) => [
      words.question(cell.cellId),
      words.label(cell.orgRating),
      String(cell.agree),
      String(cell.notSure),
      String(cell.disagree),
      cell.ratings.map((r) => words.label(r)).join('; '),
      cell.comments.map((c) => c.text).join(' | '),
    ]),
  ];
}

/** The CSV file text for one reflection. */
export function reflectionCsv(input: ReflectionCsvInput): string {
  return toCsv(reflectionRows(input));
}
