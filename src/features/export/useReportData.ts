import type { StoredReview } from '../../domain/merge-reviews';
import type { Action, Answer, Reflection } from '../../domain/types';
import {
  useActions,
  useAnswers,
  useReflection,
  useReviews,
} from '../../storage/live';

/** Everything a report, a PDF or a CSV of one reflection is made from. */
export type ReportData = {
  reflection: Reflection;
  answers: readonly Answer[];
  actions: readonly Action[];
  reviews: readonly StoredReview[];
};

export type ReportDataState =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; data: ReportData };

/** The stored reflection and all that belongs to it, live. */
export function useReportData(reflectionId: string): ReportDataState {
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const actions = useActions(reflectionId);
  const reviews = useReviews(reflectionId);
  if (reflection === null) return { state: 'missing' };
  if (!reflection || !answers || !actions || !reviews)
    return { state: 'loading' };
  return { state: 'ready', data: { reflection, answers, actions, reviews } };
}
