import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import { reflectionCsv, type CsvHeadings } from '../../domain/csv';
import { mergeReviews } from '../../domain/merge-reviews';
import { useContentTranslation } from '../../lib/ContentLanguage';
import { fileNameFrom } from '../../lib/files';
import { useCellName, useFrameworkText } from '../../lib/framework-text';
import { useRatingWord } from './useRatingWord';
import type { ReportData } from './useReportData';

export const CSV_TYPE = 'text/csv;charset=utf-8';

export type CsvFile = { fileName: string; text: string };

/**
 * Makes the spreadsheet of ratings and actions, with headings and words in
 * the current language. Private notes are never part of it (domain/csv.ts).
 */
export function useCsvFile(data: ReportData): () => CsvFile {
  const { t } = useContentTranslation('export');
  const ft = useFrameworkText();
  const cellName = useCellName(frameworkV1);
  const nameOf = (
    list: readonly { id: string; nameKey: string }[],
    id: string,
  ) => ft(list.find((item) => item.id === id)?.nameKey ?? '');
  const label = useRatingWord();
  const headings: CsvHeadings = {
    cells: {
      level: t('csvHeadings.cells.level'),
      dimension: t('csvHeadings.cells.dimension'),
      rating: t('csvHeadings.cells.rating'),
      evidence: t('csvHeadings.cells.evidence'),
      examples: t('csvHeadings.cells.examples'),
      groupsReached: t('csvHeadings.cells.groupsReached'),
    },
    actions: {
      action: t('csvHeadings.actions.action'),
      owner: t('csvHeadings.actions.owner'),
      due: t('csvHeadings.actions.due'),
      status: t('csvHeadings.actions.status'),
      feedbackToYoungPeople: t('csvHeadings.actions.feedbackToYoungPeople'),
      question: t('csvHeadings.actions.question'),
    },
  };

  return () => ({
    fileName: `${fileNameFrom(
      data.reflection.organisationName,
      t('fileFallback'),
    )}-ratings-and-actions.csv`,
    text: reflectionCsv({
      cells: cellsForLevels(data.reflection.levels),
      answers: data.answers,
      actions: data.actions.filter((a) => a.text.trim().length > 0),
      headings,
      champions: {
        headings: {
          question: t('csvHeadings.champions.question'),
          organisationRating: t('csvHeadings.champions.organisationRating'),
          agree: t('csvHeadings.champions.agree'),
          notSure: t('csvHeadings.champions.notSure'),
          disagree: t('csvHeadings.champions.disagree'),
          theirRatings: t('csvHeadings.champions.theirRatings'),
          comments: t('csvHeadings.champions.comments'),
        },
        cells: mergeReviews(
          data.reflection.id,
          data.answers,
          data.reviews,
        ).cells.filter((c) => c.responseCount > 0),
      },
      words: {
        label,
        level: (id) => nameOf(frameworkV1.levels, id),
        dimension: (id) => nameOf(frameworkV1.dimensions, id),
        group: (id) => nameOf(frameworkV1.groups, id),
        status: (status) => t(`report.actions.statuses.${status}`),
        question: cellName,
      },
    }),
  });
}
