/**
 * Records written straight into the app's IndexedDB database, and the
 * database read back as plain data: for specs that need a full reflection
 * (every section of the results populated, Champions' reviews, actions with
 * a progress and "how young people will hear") faster than clicking it in,
 * and for comparing the whole database before and after an operation.
 *
 * The shapes are the app's own (src/domain/types.ts, StoredReview in
 * src/domain/merge-reviews.ts); the stores and keys are src/storage/db.ts's.
 * Raw writes bypass Dexie, so the page must be reloaded (or navigated) for
 * the app's live queries to see them.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { StoredReview } from '../../../src/domain/merge-reviews';
import {
  DIMENSION_IDS,
  type Action,
  type Answer,
  type CellId,
  type LevelId,
  type Rating,
  type Reflection,
} from '../../../src/domain/types';

export const DB_NAME = 'voice-and-influence';

/** The tables a backup holds. */
export const BACKUP_STORES = [
  'reflections',
  'answers',
  'actions',
  'reviews',
] as const;
export type BackupStore = (typeof BACKUP_STORES)[number];

export type Records = {
  reflections: Reflection[];
  answers: Answer[];
  actions: Action[];
  reviews: StoredReview[];
};

/** A fixed moment, so records are stable from run to run. */
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0);

export function makeReflection(
  fields: Partial<Reflection> & { organisationName: string },
): Reflection {
  return {
    id: randomUUID(),
    organisationType: 'icb',
    area: '',
    levels: ['service'],
    date: '2025-03-01',
    facilitator: '',
    locale: 'en-GB',
    frameworkVersion: 1,
    status: 'inProgress',
    lastCellId: null,
    createdAt: T0,
    updatedAt: T0,
    ...fields,
  };
}

export function makeAnswer(
  reflectionId: string,
  cellId: CellId,
  rating: Rating | null,
  fields: Partial<Answer> = {},
): Answer {
  return {
    reflectionId,
    cellId,
    rating,
    evidence: '',
    examples: '',
    groupsReached: [],
    privateNotes: '',
    updatedAt: T0,
    ...fields,
  };
}

export function makeAction(
  reflectionId: string,
  order: number,
  fields: Partial<Action> & { text: string },
): Action {
  return {
    id: randomUUID(),
    reflectionId,
    cellId: null,
    owner: '',
    due: '',
    status: 'todo',
    feedbackToYoungPeople: '',
    order,
    createdAt: T0 + order,
    updatedAt: T0 + order,
    ...fields,
  };
}

export function makeReview(
  reflectionId: string,
  fields: Partial<StoredReview> = {},
): StoredReview {
  return {
    id: randomUUID(),
    reflectionId,
    packId: randomUUID(),
    reviewer: 'Champion',
    locale: 'en-GB',
    responses: [],
    priorities: [],
    missing: '',
    receivedAt: T0,
    ...fields,
  };
}

export function cellsOf(levels: readonly LevelId[]): CellId[] {
  return levels.flatMap((level) =>
    DIMENSION_IDS.map((d) => `${level}.${d}` as CellId),
  );
}

/**
 * Waits until the app has created its database (it opens it at start-up),
 * so raw writes land in the app's stores. The page must be on the app.
 */
export async function waitForDatabase(page: Page): Promise<void> {
  await page.waitForFunction(
    async (name) => {
      const dbs = await indexedDB.databases();
      return dbs.some((d) => d.name === name && (d.version ?? 0) >= 20);
    },
    DB_NAME,
    { polling: 50, timeout: 15_000 },
  );
}

/** Puts records into the app's tables (one transaction), as they are. */
export async function writeRecords(
  page: Page,
  records: Partial<Records>,
): Promise<void> {
  await waitForDatabase(page);
  await page.evaluate(
    ({ name, data }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const stores = Object.keys(data).filter(
            (s) => (data as Record<string, unknown[]>)[s]!.length > 0,
          );
          if (stores.length === 0) {
            db.close();
            resolve();
            return;
          }
          const tx = db.transaction(stores, 'readwrite');
          for (const store of stores) {
            for (const row of (data as Record<string, unknown[]>)[store]!) {
              tx.objectStore(store).put(row);
            }
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, data: records },
  );
}

/**
 * Every row of the four backed-up tables, each table sorted by its key, so
 * two dumps can be compared with a deep equal.
 */
export async function dumpRecords(page: Page): Promise<Records> {
  const raw = await page.evaluate(
    ({ name, stores }) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = stores.filter((s) => db.objectStoreNames.contains(s));
          const out: Record<string, unknown[]> = Object.fromEntries(
            stores.map((s) => [s, []]),
          );
          if (present.length === 0) {
            db.close();
            resolve(out);
            return;
          }
          const tx = db.transaction(present);
          for (const store of present) {
            const request = tx.objectStore(store).getAll();
            request.onsuccess = () => {
              out[store] = request.result as unknown[];
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(out);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { name: DB_NAME, stores: [...BACKUP_STORES] },
  );
  const by =
    <T>(key: (row: T) => string) =>
    (a: T, b: T) =>
      key(a).localeCompare(key(b));
  return {
    reflections: (raw.reflections as Reflection[]).sort(by((r) => r.id)),
    answers: (raw.answers as Answer[]).sort(
      by((a) => `${a.reflectionId}|${a.cellId}`),
    ),
    actions: (raw.actions as Action[]).sort(by((a) => a.id)),
    reviews: (raw.reviews as StoredReview[]).sort(by((r) => r.id)),
  };
}

/** How many rows each backed-up table holds. */
export function countsOf(records: Records): Record<BackupStore, number> {
  return {
    reflections: records.reflections.length,
    answers: records.answers.length,
    actions: records.actions.length,
    reviews: records.reviews.length,
  };
}

export type RichReflection = Records & {
  reflection: Reflection;
  /** An earlier reflection of the same organisation (for Compare). */
  earlier: Reflection;
};

/**
 * A reflection of two levels (Service, Organisation) with every section of
 * the results populated: strengths (one without evidence), priorities,
 * Don't know, groups reached and not, four actions in all three states (one
 * without "how young people will hear"), two Champions' reviews, and an
 * earlier reflection of the same organisation to compare with.
 */
export function richReflection(organisationName: string): RichReflection {
  const reflection = makeReflection({
    organisationName,
    levels: ['service', 'organisation'],
    date: '2025-03-01',
    area: 'Anytown',
    facilitator: 'Sam Facilitator',
    lastCellId: 'organisation.embedding',
  });
  const earlier = makeReflection({
    organisationName,
    levels: ['service', 'organisation'],
    date: '2024-03-01',
    createdAt: T0 - 1000,
    updatedAt: T0 - 1000,
  });
  const id = reflection.id;
  const answers: Answer[] = [
    makeAnswer(id, 'service.space', 3, {
      evidence: 'The youth forum redesigned the waiting room.',
      groupsReached: ['careExperienced', 'youngCarers'],
      privateNotes: 'Not for the report',
    }),
    makeAnswer(id, 'service.voice', 4), // strong, no evidence
    makeAnswer(id, 'service.audience', 1, {
      evidence: 'Only an annual survey.',
    }),
    makeAnswer(id, 'service.influence', 0, { evidence: 'Nothing yet.' }),
    makeAnswer(id, 'service.inclusion', 'dontKnow'),
    makeAnswer(id, 'service.safety', 2, { evidence: 'A safeguarding lead.' }),
    makeAnswer(id, 'service.embedding', 'notRelevant'),
    makeAnswer(id, 'organisation.space', 1, {
      evidence: 'A board seat is planned.',
    }),
    makeAnswer(id, 'organisation.voice', 2, {
      groupsReached: ['disabled'],
    }),
    makeAnswer(id, 'organisation.audience', 3, {
      evidence: 'The board hears from the youth panel each quarter.',
    }),
  ];
  const earlierAnswers: Answer[] = [
    makeAnswer(earlier.id, 'service.space', 1),
    makeAnswer(earlier.id, 'service.voice', 4),
  ];
  const actions: Action[] = [
    makeAction(id, 0, {
      text: 'Invite the youth forum to co-chair the service review',
      owner: 'Head of service',
      due: '2025-06-30',
      status: 'doing',
      feedbackToYoungPeople: 'A you said, we did update at the June forum.',
      cellId: 'service.space',
    }),
    makeAction(id, 1, {
      text: 'Pay young people for their time',
      owner: 'Finance lead',
      status: 'done',
      feedbackToYoungPeople: 'A letter to every panel member.',
    }),
    makeAction(id, 2, {
      text: 'Add a young people’s item to every board agenda',
      owner: 'Board secretary',
      due: '2025-09-01',
      status: 'todo',
      feedbackToYoungPeople: '',
      cellId: 'organisation.space',
    }),
    makeAction(id, 3, {
      text: 'Run a listening session with young carers',
      status: 'todo',
      feedbackToYoungPeople: 'Posters in the youth centre.',
    }),
  ];
  const reviews: StoredReview[] = [
    makeReview(id, {
      reviewer: 'AB',
      responses: [
        {
          cellId: 'service.space',
          verdict: 'disagree',
          rating: 1,
          comment: 'We were not asked.',
        },
        { cellId: 'service.voice', verdict: 'agree', rating: 4, comment: '' },
      ],
      priorities: ['service.space', 'organisation.space'],
      missing: 'Nobody talks to us about transport.',
      receivedAt: T0 + 10,
    }),
    makeReview(id, {
      reviewer: 'CD',
      responses: [
        { cellId: 'service.space', verdict: 'notSure', rating: 2, comment: '' },
      ],
      priorities: ['service.space'],
      missing: '',
      receivedAt: T0 + 20,
    }),
  ];
  return {
    reflection,
    earlier,
    reflections: [reflection, earlier],
    answers: [...answers, ...earlierAnswers],
    actions,
    reviews,
  };
}
