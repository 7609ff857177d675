/** Live queries: components re-render when the stored data changes. */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { StoredReview } from '../domain/merge-reviews';
import type { ReviewSession } from '../domain/review-session';
import type { Action, Answer, Reflection } from '../domain/types';
import { db } from './db';
import { getSetting, type Settings } from './settings';

export type ReflectionWithAnswers = {
  reflection: Reflection;
  answers: Pick<Answer, 'cellId' | 'rating'>[];
};

function readReflections(): Promise<Reflection[]> {
  return db.reflections.orderBy('updatedAt').reverse().toArray();
}

async function readReflectionList(): Promise<ReflectionWithAnswers[]> {
  const reflections = await readReflections();
  const answers = await db.answers.toArray();
  const byReflection = new Map<string, Pick<Answer, 'cellId' | 'rating'>[]>();
  for (const a of answers) {
    const list = byReflection.get(a.reflectionId) ?? [];
    list.push({ cellId: a.cellId, rating: a.rating });
    byReflection.set(a.reflectionId, list);
  }
  return reflections.map((reflection) => ({
    reflection,
    answers: byReflection.get(reflection.id) ?? [],
  }));
}

function readReviewSessions(): Promise<ReviewSession[]> {
  return db.reviewSessions.orderBy('updatedAt').reverse().toArray();
}

/**
 * Home's lists, read at start-up while the rest of the app starts (see
 * main.tsx), so Home's first paint has them instead of "Loading…" and a
 * second pass: a live query only starts after the first render commits,
 * which at 4× CPU cost a third of the cold start. A primed value is true
 * until anything is written, here or in another tab (Dexie's
 * `storagemutated` covers both), and is dropped then.
 */
let primed: {
  reflections?: ReflectionWithAnswers[];
  reviewSessions?: ReviewSession[];
} = {};
let writes = 0;
Dexie.on('storagemutated', () => {
  writes += 1;
  primed = {};
});

export async function primeHomeQueries(): Promise<void> {
  const before = writes;
  const [reflections, reviewSessions] = await Promise.all([
    readReflectionList(),
    readReviewSessions(),
  ]);
  if (writes === before) primed = { reflections, reviewSessions };
}

/**
 * Every reflection on this device, newest first, with its ratings.
 * `undefined` while loading.
 */
export function useReflectionList(): ReflectionWithAnswers[] | undefined {
  return useLiveQuery(readReflectionList, [], primed.reflections);
}

/**
 * Every reflection on this device, newest first, without answers;
 * `undefined` while loading. The same read as Home's list, so coming from
 * Home it is answered from Dexie's live-query cache.
 */
export function useReflections(): Reflection[] | undefined {
  return useLiveQuery(readReflections, []);
}

/** How many reflections this device holds; `undefined` while loading. */
export function useReflectionCount(): number | undefined {
  return useLiveQuery(() => db.reflections.count(), []);
}

/**
 * One reflection: `undefined` while loading, `null` if it does not exist
 * (never made, or deleted in another tab).
 */
export function useReflection(id: string): Reflection | null | undefined {
  return useLiveQuery(async () => (await db.reflections.get(id)) ?? null, [id]);
}

export function useAnswers(reflectionId: string): Answer[] | undefined {
  return useLiveQuery(
    () => db.answers.where('reflectionId').equals(reflectionId).toArray(),
    [reflectionId],
  );
}

export function useActions(reflectionId: string): Action[] | undefined {
  return useLiveQuery(
    () => db.actions.where('reflectionId').equals(reflectionId).sortBy('order'),
    [reflectionId],
  );
}

export function useReviews(reflectionId: string): StoredReview[] | undefined {
  return useLiveQuery(
    () =>
      db.reviews
        .where('reflectionId')
        .equals(reflectionId)
        .sortBy('receivedAt'),
    [reflectionId],
  );
}

/** `null` when there is no such review session on this device. */
export function useReviewSession(id: string): ReviewSession | null | undefined {
  return useLiveQuery(
    async () => (await db.reviewSessions.get(id)) ?? null,
    [id],
  );
}

/** Reviews in progress on this device, newest first. */
export function useReviewSessions(): ReviewSession[] | undefined {
  return useLiveQuery(readReviewSessions, [], primed.reviewSessions);
}

/** A setting that re-renders when it changes; `undefined` while loading. */
export function useSetting<K extends keyof Settings>(
  key: K,
): Settings[K] | undefined {
  return useLiveQuery(() => getSetting(key), [key]);
}
