import { isAnswered } from './scoring';
import type { Answer, CellId } from './types';

export type Progress = { answered: number; total: number; percent: number };

/** How many of the reflection's cells have a rating (Don't know counts). */
export function progressOf(
  cellIds: readonly CellId[],
  answers: readonly Pick<Answer, 'cellId' | 'rating'>[],
): Progress {
  const wanted = new Set(cellIds);
  const answered = answers.filter(
    (a) => wanted.has(a.cellId) && isAnswered(a.rating),
  ).length;
  const total = wanted.size;
  const percent = total === 0 ? 0 : Math.round((answered / total) * 100);
  return { answered, total, percent };
}
