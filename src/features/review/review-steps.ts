/** The screens of a Champion review, in order. */
import type { ReviewSession } from '../../domain/review-session';

export const END_STEPS = ['priorities', 'missing', 'about', 'done'] as const;

export function stepsOf(session: ReviewSession): string[] {
  return ['start', ...session.pack.cells.map((c) => c.cellId), ...END_STEPS];
}
