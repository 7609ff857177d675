/**
 * The two exchange documents and their schemas: the summary pack (an
 * organisation's reflection, sent to Champions) and the review pack (the
 * Champions' view, sent back).
 *
 * Every document starts `{ format, version, app, createdAt }`. Validation is
 * strict about content (known ids only, capped strings and arrays, real
 * dates and uuids) and drops unknown keys, so nothing the app does not know
 * about survives the trip in. Text is data, never markup: the app renders it
 * as text, so `<script>` is kept as the plain characters it is. Control
 * characters other than tab, line feed and carriage return are stripped.
 */
import { z } from '../schema';
import { ALL_RATINGS, LEVEL_IDS, LIMITS, ORGANISATION_TYPES } from '../types';
import {
  APP_ID,
  CELL_IDS,
  PACK_LIMITS,
  REVIEW_FORMAT,
  REVIEW_VERSION,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  VERDICTS,
  levelOfCell,
  stripControlCharacters,
} from './constants';

export * from './constants';

function text(max: number, min = 0) {
  return z.string().min(min).max(max).transform(stripControlCharacters);
}

function unique<T>(items: readonly T[]): boolean {
  return new Set(items).size === items.length;
}

const isoDate = z.iso.date();
const cellIdSchema = z.enum(CELL_IDS);
const ratingSchema = z.literal(ALL_RATINGS);
const levelsSchema = z
  .array(z.enum(LEVEL_IDS))
  .min(1)
  .max(LEVEL_IDS.length)
  .refine(unique, 'Levels repeat');
const localeSchema = z
  .string()
  .max(PACK_LIMITS.locale)
  .regex(/^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/);
/** Group ids come from content, which domain must not import. */
const groupIdSchema = z.string().regex(/^[a-zA-Z]{1,40}$/);

const envelope = {
  app: z.literal(APP_ID),
  createdAt: z.iso.datetime(),
};

const summaryCellSchema = z.object({
  cellId: cellIdSchema,
  rating: ratingSchema.nullable().default(null),
  evidence: text(LIMITS.longText).optional(),
  examples: text(LIMITS.longText).optional(),
  groupsReached: z
    .array(groupIdSchema)
    .max(PACK_LIMITS.groups)
    .refine(unique, 'Groups repeat')
    .default([]),
});

const summaryActionSchema = z.object({
  text: text(LIMITS.actionText, 1),
  owner: text(LIMITS.owner).default(''),
  due: z.union([z.literal(''), isoDate]).default(''),
  cellId: cellIdSchema.nullable().default(null),
});

export const summaryPackSchema = z
  .object({
    format: z.literal(SUMMARY_FORMAT),
    version: z.literal(SUMMARY_VERSION),
    ...envelope,
    packId: z.uuid(),
    reflection: z.object({
      id: z.uuid(),
      organisationName: text(LIMITS.organisationName, 1),
      organisationType: z.enum(ORGANISATION_TYPES),
      area: text(LIMITS.area).default(''),
      date: isoDate,
      levels: levelsSchema,
      locale: localeSchema,
      frameworkVersion: z.int().min(1).max(1000),
    }),
    cells: z.array(summaryCellSchema).max(PACK_LIMITS.cells),
    actions: z.array(summaryActionSchema).max(PACK_LIMITS.actions).optional(),
  })
  .superRefine((pack, ctx) => {
    const levels = new Set<string>(pack.reflection.levels);
    const cellIds = pack.cells.map((cell) => cell.cellId);
    if (!unique(cellIds))
      ctx.addIssue({ code: 'custom', message: 'Cells repeat' });
    const outside = [
      ...cellIds,
      ...(pack.actions ?? []).flatMap((action) => action.cellId ?? []),
    ].some((cellId) => !levels.has(levelOfCell(cellId)));
    if (outside) {
      ctx.addIssue({ code: 'custom', message: 'Cell outside the levels' });
    }
  });

const reviewResponseSchema = z.object({
  cellId: cellIdSchema,
  verdict: z.enum(VERDICTS).nullable().default(null),
  rating: ratingSchema.nullable().default(null),
  comment: text(PACK_LIMITS.comment).default(''),
});

export const reviewPackSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  version: z.literal(REVIEW_VERSION),
  ...envelope,
  reviewId: z.uuid(),
  packId: z.uuid(),
  reflectionId: z.uuid(),
  reviewer: text(PACK_LIMITS.reviewer).default(''),
  locale: localeSchema,
  responses: z
    .array(reviewResponseSchema)
    .max(PACK_LIMITS.responses)
    .refine((rs) => unique(rs.map((r) => r.cellId)), 'Responses repeat')
    .default([]),
  priorities: z
    .array(cellIdSchema)
    .max(PACK_LIMITS.priorities)
    .refine(unique, 'Priorities repeat')
    .default([]),
  missing: text(PACK_LIMITS.missing).default(''),
});

export type SummaryPack = z.output<typeof summaryPackSchema>;
export type SummaryCell = SummaryPack['cells'][number];
export type SummaryAction = NonNullable<SummaryPack['actions']>[number];
export type ReviewPack = z.output<typeof reviewPackSchema>;
export type ReviewResponse = ReviewPack['responses'][number];
export type PackDocument = SummaryPack | ReviewPack;
export type PackKind = 'summary' | 'review';

/** Every reason a pack or backup can be refused (each has a message). */
export const PACK_PROBLEMS = [
  'tooLarge',
  'notAPack',
  'damaged',
  'wrongFormat',
  'newerVersion',
  'invalid',
  'needsPassphrase',
  'wrongPassphrase',
] as const;
export type PackProblem = (typeof PACK_PROBLEMS)[number];
