/** Test data builders: valid by default, override what a test cares about. */
import { FRAMEWORK_VERSION } from '../../src/content/framework-v1';
import type { BackupInput } from '../../src/domain/backup/format';
import type { StoredReview } from '../../src/domain/merge-reviews';
import type { ReviewPack, SummaryPack } from '../../src/domain/packs/format';
import { emptyAnswer } from '../../src/domain/reflection';
import { DIMENSION_IDS } from '../../src/domain/types';
import type {
  Action,
  Answer,
  CellId,
  Reflection,
} from '../../src/domain/types';

let counter = 0;

export function makeReflection(
  overrides: Partial<Reflection> = {},
): Reflection {
  counter += 1;
  return {
    id: `reflection-${counter}`,
    organisationName: `Organisation ${counter}`,
    organisationType: 'icb',
    area: 'Anytown',
    levels: ['service'],
    date: '2026-03-27',
    facilitator: '',
    locale: 'en-GB',
    frameworkVersion: FRAMEWORK_VERSION,
    status: 'inProgress',
    lastCellId: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function makeAnswer(
  reflectionId: string,
  cellId: CellId,
  overrides: Partial<Answer> = {},
): Answer {
  return { ...emptyAnswer(reflectionId, cellId), updatedAt: 1, ...overrides };
}

// Packs and reviews (sharing for Champion review).

export function makeAction(
  reflectionId: string,
  overrides: Partial<Action> = {},
): Action {
  counter += 1;
  return {
    id: `action-${counter}`,
    reflectionId,
    cellId: null,
    text: `Action ${counter}`,
    owner: '',
    due: '',
    status: 'todo',
    feedbackToYoungPeople: '',
    order: counter,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** A valid summary pack for one level, every cell rated Developing. */
export function makeSummaryPack(
  overrides: Partial<SummaryPack> = {},
): SummaryPack {
  return {
    format: 'voice-influence/summary',
    version: 1,
    app: 'voice-and-influence',
    createdAt: '2026-03-27T10:00:00.000Z',
    packId: crypto.randomUUID(),
    reflection: {
      id: crypto.randomUUID(),
      organisationName: 'NHS Anytown ICB',
      organisationType: 'icb',
      area: 'Anytown',
      date: '2026-03-27',
      levels: ['service'],
      locale: 'en-GB',
      frameworkVersion: FRAMEWORK_VERSION,
    },
    cells: DIMENSION_IDS.map((dimension) => ({
      cellId: `service.${dimension}` as CellId,
      rating: 2,
      groupsReached: [],
    })),
    ...overrides,
  };
}

/** A valid review pack with one response. */
export function makeReviewPack(
  overrides: Partial<ReviewPack> = {},
): ReviewPack {
  return {
    format: 'voice-influence/review',
    version: 1,
    app: 'voice-and-influence',
    createdAt: '2026-03-28T10:00:00.000Z',
    reviewId: crypto.randomUUID(),
    packId: crypto.randomUUID(),
    reflectionId: crypto.randomUUID(),
    reviewer: '',
    locale: 'en-GB',
    responses: [
      { cellId: 'service.space', verdict: 'agree', rating: 2, comment: '' },
    ],
    priorities: [],
    missing: '',
    ...overrides,
  };
}

export function makeStoredReview(
  overrides: Partial<StoredReview> = {},
): StoredReview {
  counter += 1;
  return {
    id: `review-${counter}`,
    reflectionId: 'reflection-under-review',
    packId: 'pack-1',
    reviewer: '',
    locale: 'en-GB',
    responses: [],
    priorities: [],
    missing: '',
    receivedAt: 1_700_000_000_000 + counter,
    ...overrides,
  };
}

// Backups.

/**
 * One reflection with everything a backup carries: a rated answer with
 * evidence and groups, a Don't know with private notes, an action and a
 * returned review.
 */
export function makeBackupInput(
  reflection: Reflection = makeReflection(),
): BackupInput {
  const id = reflection.id;
  return {
    reflection,
    answers: [
      makeAnswer(id, 'service.space', {
        rating: 3,
        evidence: 'Youth panel minutes',
        groupsReached: ['careExperienced', 'youngCarers'],
      }),
      makeAnswer(id, 'service.voice', {
        rating: 'dontKnow',
        privateNotes: 'Ask the participation lead',
      }),
    ],
    actions: [
      makeAction(id, {
        cellId: 'service.voice',
        text: 'Survey the youth panel',
        owner: 'Participation lead',
        due: '2026-06-30',
        feedbackToYoungPeople: 'At the July panel',
      }),
    ],
    reviews: [
      makeStoredReview({
        reflectionId: id,
        reviewer: 'Champion A',
        responses: [
          {
            cellId: 'service.space',
            verdict: 'disagree',
            rating: 1,
            comment: 'Not for us',
          },
        ],
        priorities: ['service.space'],
        missing: 'Transport costs',
      }),
    ],
  };
}
