/**
 * The backup file: every reflection on this device (or one) with its
 * answers, actions and the Champions' reviews that came back, as JSON:
 *
 *   { format: 'voice-influence/backup', version: 1, app, createdAt,
 *     reflections: [{ reflection, answers, actions, reviews }] }
 *
 * Fields go in through the field policy (`backup: true`); reviews, which the
 * policy does not cover, go in whole. Reading one back is the import
 * pipeline's work (domain/import/pipeline.ts, `importBytes`): a size cap,
 * JSON.parse, then `backupSchema`, strict (known ids, capped text and lists,
 * real dates), which drops unknown keys, so `__proto__` and friends never
 * survive, and defaults missing optional fields. Invariant: anything the app
 * can store passes the schema, so a backup this app wrote always restores
 * (tested).
 */
import { FIELD_POLICY } from '../field-policy';
import type { StoredReview } from '../merge-reviews';
import {
  APP_ID,
  CELL_IDS,
  reviewPackSchema,
  stripControlCharacters,
} from '../packs/format';
import { MAX_VOTES, ROOM_NOTE_MAX } from '../room-vote';
import { z } from '../schema';
import { ALL_RATINGS, LEVEL_IDS, LIMITS, ORGANISATION_TYPES } from '../types';
import type { Action, Answer, Reflection } from '../types';

export const BACKUP_FORMAT = 'voice-influence/backup';
/** The newest backup version this app reads and writes. */
export const BACKUP_VERSION = 1;
export const BACKUP_FILE_EXTENSION = '.json';

export const BACKUP_LIMITS = {
  /** Largest backup file read, in bytes: years of reflections. */
  maxBytes: 50_000_000,
  reflections: 1000,
  actions: 1000,
  reviews: 1000,
  groups: 50,
  /** "How young people will hear": no form limit yet, so the long one. */
  feedbackToYoungPeople: LIMITS.longText,
} as const;

/** Record ids: uuids, or the app's own `[A-Za-z0-9-]` ids. */
export const RECORD_ID = /^[A-Za-z0-9-]{1,64}$/;

export type BackupEntry = {
  reflection: Reflection;
  answers: Answer[];
  actions: Action[];
  reviews: StoredReview[];
};

export type Backup = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  app: typeof APP_ID;
  createdAt: string;
  reflections: BackupEntry[];
};

/** What the restore screen says of a file it cannot restore from. */
export type BackupProblem =
  'tooLarge' | 'notJson' | 'wrongFormat' | 'newerVersion' | 'invalid';

function text(max: number, min = 0) {
  return z.string().min(min).max(max).transform(stripControlCharacters);
}

function unique(items: readonly unknown[]): boolean {
  return new Set(items).size === items.length;
}

const id = z.string().regex(RECORD_ID);
const timestamp = z.int().min(0);
const isoDate = z.iso.date();
const cellId = z.enum(CELL_IDS);
/** Shared with the review pack, so the two cannot drift apart. */
const pack = reviewPackSchema.shape;

const reflectionSchema = z.object({
  id,
  organisationName: text(LIMITS.organisationName, 1),
  organisationType: z.enum(ORGANISATION_TYPES),
  area: text(LIMITS.area).default(''),
  levels: z
    .array(z.enum(LEVEL_IDS))
    .min(1)
    .max(LEVEL_IDS.length)
    .refine(unique, 'Levels repeat'),
  date: isoDate,
  facilitator: text(LIMITS.facilitator).default(''),
  locale: pack.locale,
  frameworkVersion: z.int().min(1).max(1000),
  status: z.enum(['inProgress', 'complete']).default('inProgress'),
  lastCellId: cellId.nullable().default(null),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const vote = z.int().min(0).max(MAX_VOTES);

const answerSchema = z.object({
  reflectionId: id,
  cellId,
  rating: z.literal(ALL_RATINGS).nullable().default(null),
  evidence: text(LIMITS.longText).default(''),
  examples: text(LIMITS.longText).default(''),
  groupsReached: z
    .array(z.string().regex(/^[a-zA-Z]{1,40}$/))
    .max(BACKUP_LIMITS.groups)
    .default([])
    .transform((groups) => [...new Set(groups)]),
  privateNotes: text(LIMITS.longText).default(''),
  roomVote: z
    .object({
      counts: z.tuple([vote, vote, vote, vote, vote]),
      note: text(ROOM_NOTE_MAX).default(''),
    })
    .optional(),
  updatedAt: timestamp,
});

const actionSchema = z.object({
  id,
  reflectionId: id,
  cellId: cellId.nullable().default(null),
  text: text(LIMITS.actionText).default(''),
  owner: text(LIMITS.owner).default(''),
  due: z.union([z.literal(''), isoDate]).default(''),
  status: z.enum(['todo', 'doing', 'done']).default('todo'),
  feedbackToYoungPeople: text(BACKUP_LIMITS.feedbackToYoungPeople).default(''),
  order: z.number().default(0),
  createdAt: timestamp,
  updatedAt: timestamp,
});

const reviewSchema = z.object({
  id,
  reflectionId: id,
  packId: id,
  reviewer: pack.reviewer,
  locale: pack.locale,
  responses: pack.responses,
  priorities: pack.priorities,
  missing: pack.missing,
  receivedAt: timestamp,
  sentAt: z.iso.datetime().optional(),
});

const entrySchema = z
  .object({
    reflection: reflectionSchema,
    answers: z.array(answerSchema).max(CELL_IDS.length).default([]),
    actions: z.array(actionSchema).max(BACKUP_LIMITS.actions).default([]),
    reviews: z.array(reviewSchema).max(BACKUP_LIMITS.reviews).default([]),
  })
  .refine(
    (entry) =>
      [...entry.answers, ...entry.actions, ...entry.reviews].every(
        (record) => record.reflectionId === entry.reflection.id,
      ),
    'A record belongs to another reflection',
  )
  .refine(
    (entry) => unique(entry.answers.map((answer) => answer.cellId)),
    'Answers repeat',
  );

export const backupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    app: z.literal(APP_ID),
    createdAt: z.iso.datetime(),
    reflections: z.array(entrySchema).max(BACKUP_LIMITS.reflections),
  })
  // Ids are primary keys on the device, so each may appear only once.
  .refine((backup) => {
    const all = backup.reflections;
    return (
      unique(all.map((entry) => entry.reflection.id)) &&
      unique(all.flatMap((entry) => entry.actions.map((a) => a.id))) &&
      unique(all.flatMap((entry) => entry.reviews.map((r) => r.id)))
    );
  }, 'Ids repeat');

type RecordOf = { reflection: Reflection; answer: Answer; action: Action };
type Kind = keyof RecordOf;
type Policy = typeof FIELD_POLICY;

/** The fields of a record kind that the policy lets into a backup. */
type BackupField<K extends Kind> = {
  [F in keyof Policy[K]]: Policy[K][F] extends { backup: true } ? F : never;
}[keyof Policy[K]] &
  keyof RecordOf[K];

/**
 * A copy of `record` with only the fields the policy lets into a backup.
 * Every field is `backup: true` today; if one stops being, `buildBackup`
 * no longer compiles until `BackupEntry` and the schemas follow.
 */
function pickForBackup<K extends Kind>(
  kind: K,
  record: RecordOf[K],
): Pick<RecordOf[K], BackupField<K>> {
  const table: Record<string, { backup: boolean }> = FIELD_POLICY[kind];
  const picked: Record<string, unknown> = {};
  for (const [field, policy] of Object.entries(table)) {
    if (policy.backup) picked[field] = record[field as keyof RecordOf[K]];
  }
  return picked as Pick<RecordOf[K], BackupField<K>>;
}

function copyReview(r: StoredReview): StoredReview {
  return {
    id: r.id,
    reflectionId: r.reflectionId,
    packId: r.packId,
    reviewer: r.reviewer,
    locale: r.locale,
    responses: r.responses.map((response) => ({ ...response })),
    priorities: [...r.priorities],
    missing: r.missing,
    receivedAt: r.receivedAt,
    ...(r.sentAt ? { sentAt: r.sentAt } : {}),
  };
}

export type BackupInput = {
  reflection: Reflection;
  answers: readonly Answer[];
  actions: readonly Action[];
  reviews: readonly StoredReview[];
};

/**
 * The backup document for `data`. Records that name another reflection are
 * left out of an entry (they would make the file fail to restore).
 */
export function buildBackup(data: readonly BackupInput[], now: Date): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    app: APP_ID,
    createdAt: now.toISOString(),
    reflections: data.map((entry) => {
      const own = <T extends { reflectionId: string }>(records: readonly T[]) =>
        records.filter((r) => r.reflectionId === entry.reflection.id);
      return {
        reflection: pickForBackup('reflection', entry.reflection),
        answers: own(entry.answers).map((a) => pickForBackup('answer', a)),
        actions: own(entry.actions).map((a) => pickForBackup('action', a)),
        reviews: own(entry.reviews).map(copyReview),
      };
    }),
  };
}
