/**
 * The constants and text rules of the exchange documents, kept apart from
 * their zod schemas (format.ts) so that screens which only need a limit or a
 * name do not load the schema library.
 */
import { DIMENSION_IDS, LEVEL_IDS } from '../types';
import type { CellId, LevelId } from '../types';

export const APP_ID = 'voice-and-influence';
export const SUMMARY_FORMAT = 'voice-influence/summary';
export const REVIEW_FORMAT = 'voice-influence/review';
/** The newest version of each document this app reads and writes. */
export const SUMMARY_VERSION = 1;
export const REVIEW_VERSION = 1;

/** Caps on what a pack may hold, beyond the form limits in `LIMITS`. */
export const PACK_LIMITS = {
  comment: 2000,
  missing: 2000,
  reviewer: 60,
  cells: 28,
  actions: 200,
  responses: 28,
  priorities: 3,
  groups: 50,
  locale: 35,
} as const;

export const CELL_IDS: readonly CellId[] = LEVEL_IDS.flatMap((level) =>
  DIMENSION_IDS.map((dimension): CellId => `${level}.${dimension}`),
);

export function levelOfCell(cellId: CellId): LevelId {
  return cellId.slice(0, cellId.indexOf('.')) as LevelId;
}

function isControlCharacter(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

/** The text without C0/C1 control characters; tab and line breaks stay. */
export function stripControlCharacters(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    if (!isControlCharacter(text.charCodeAt(i))) out += text.charAt(i);
  }
  return out;
}

/**
 * Text ready for a pack: control characters stripped, trimmed, and cut to
 * `max` UTF-16 units without splitting a surrogate pair.
 */
export function cleanText(value: string, max: number): string {
  let out = stripControlCharacters(value).trim();
  if (out.length > max) {
    const last = out.charCodeAt(max - 1);
    const splitsPair = last >= 0xd800 && last <= 0xdbff;
    out = out.slice(0, splitsPair ? max - 1 : max).trimEnd();
  }
  return out;
}

export const VERDICTS = ['agree', 'notSure', 'disagree'] as const;
export type Verdict = (typeof VERDICTS)[number];
