/**
 * Where each stored field may go: kept on this device, written into a backup,
 * or shared in a summary pack for Champions to review. Every field of
 * `Reflection`, `Answer` and `Action` must be classified here, so a new field
 * does not compile until someone decides where it may travel.
 *
 * Summary packs are built only through `pickForSummary`, which copies the
 * fields marked `summaryPack: true` and nothing else. Private notes, the
 * facilitator's name, timestamps and working state never leave in a pack.
 */
import type { Action, Answer, Reflection } from './types';

export type FieldPolicy = {
  /** Stored in this browser's database. */
  device: boolean;
  /** Written into a full JSON backup. */
  backup: boolean;
  /** Shared with Champions in a summary pack. */
  summaryPack: boolean;
};

type PolicyTable = {
  reflection: Record<keyof Reflection, FieldPolicy>;
  answer: Record<keyof Answer, FieldPolicy>;
  action: Record<keyof Action, FieldPolicy>;
};

/** Shared in a summary pack (and kept and backed up). */
const SHARED = { device: true, backup: true, summaryPack: true } as const;
/** Kept and backed up, never shared. */
const KEPT = { device: true, backup: true, summaryPack: false } as const;

export const FIELD_POLICY = {
  reflection: {
    id: SHARED,
    organisationName: SHARED,
    organisationType: SHARED,
    area: SHARED,
    levels: SHARED,
    date: SHARED,
    /** A person's name: stays with the organisation. */
    facilitator: KEPT,
    locale: SHARED,
    frameworkVersion: SHARED,
    status: KEPT,
    lastCellId: KEPT,
    createdAt: KEPT,
    updatedAt: KEPT,
  },
  answer: {
    /** The pack names its reflection once, not per cell. */
    reflectionId: KEPT,
    cellId: SHARED,
    rating: SHARED,
    evidence: SHARED,
    examples: SHARED,
    groupsReached: SHARED,
    /** Never exported to a review: design.md §2. */
    privateNotes: KEPT,
    /** The room's working in a workshop: the organisation's own record. */
    roomVote: KEPT,
    updatedAt: KEPT,
  },
  action: {
    id: KEPT,
    reflectionId: KEPT,
    cellId: SHARED,
    text: SHARED,
    owner: SHARED,
    due: SHARED,
    status: KEPT,
    feedbackToYoungPeople: KEPT,
    /** Used to order the pack's actions; the number itself is not shared. */
    order: KEPT,
    createdAt: KEPT,
    updatedAt: KEPT,
  },
} as const satisfies PolicyTable;

export type PolicyKind = keyof PolicyTable;

type RecordOf = { reflection: Reflection; answer: Answer; action: Action };

/** The fields of a record kind that a summary pack may carry. */
export type SummaryField<K extends PolicyKind> = {
  [F in keyof (typeof FIELD_POLICY)[K]]: (typeof FIELD_POLICY)[K][F] extends {
    summaryPack: true;
  }
    ? F
    : never;
}[keyof (typeof FIELD_POLICY)[K]] &
  keyof RecordOf[K];

export type SummaryFields<K extends PolicyKind> = Pick<
  RecordOf[K],
  SummaryField<K>
>;

/** The names of the fields of `kind` that a summary pack may carry. */
export function summaryFieldsOf<K extends PolicyKind>(
  kind: K,
): SummaryField<K>[] {
  const table: Record<string, FieldPolicy> = FIELD_POLICY[kind];
  return Object.keys(table).filter(
    (field) => table[field]?.summaryPack === true,
  ) as SummaryField<K>[];
}

/** A copy of `record` with only the fields a summary pack may carry. */
export function pickForSummary<K extends PolicyKind>(
  kind: K,
  record: RecordOf[K],
): SummaryFields<K> {
  const picked: Record<string, unknown> = {};
  for (const field of summaryFieldsOf(kind)) {
    picked[field as string] = record[field];
  }
  return picked as SummaryFields<K>;
}
