import { frameworkV1 } from '../../content/framework-v1';
import { mergeReviews } from '../../domain/merge-reviews';
import type { CellId } from '../../domain/types';
import { useContentTranslation } from '../../lib/ContentLanguage';
import { useCellName } from '../../lib/framework-text';
import type { ReportModel } from './report-model';
import { useRatingWord } from './useRatingWord';
import type { ReportData } from './useReportData';

/**
 * "What young people said": for each question a Champion responded to, the
 * organisation's rating beside their verdicts and ratings; then what they
 * would change first and what they say is missing. Reviewers' names are
 * left out. Null until a review has come back.
 */
export function useChampionSection(
  { reflection, answers, reviews }: ReportData,
  cellIds: readonly CellId[],
): ReportModel['champions'] {
  const { t } = useContentTranslation('export');
  const cellName = useCellName(frameworkV1);
  const ratingWord = useRatingWord();
  const merged = mergeReviews(reflection.id, answers, reviews);
  const wanted = new Set(cellIds);
  const responded = merged.cells.filter(
    (c) => c.responseCount > 0 && wanted.has(c.cellId),
  );
  return merged.reviewCount === 0
    ? null
    : {
        heading: t('report.champions.heading'),
        intro: t('report.champions.intro', { count: merged.reviewCount }),
        table: {
          id: 'report-champions',
          heading: t('report.champions.caption'),
          intro: null,
          empty: t('report.champions.none'),
          head: [
            t('report.champions.question'),
            t('report.champions.orgRating'),
            t('report.champions.agree'),
            t('report.champions.notSure'),
            t('report.champions.disagree'),
            t('report.champions.theirRatings'),
          ],
          rows: responded.map((c) => [
            cellName(c.cellId),
            c.orgRating === null
              ? t('report.champions.notRated')
              : ratingWord(c.orgRating),
            String(c.agree),
            String(c.notSure),
            String(c.disagree),
            c.ratings.length === 0
              ? t('report.champions.noRatings')
              : c.ratings.map(ratingWord).join(', '),
          ]),
          rowHeadings: true,
        },
        lists: [
          {
            id: 'report-champion-priorities',
            heading: t('report.champions.priorities.heading'),
            empty: t('report.champions.priorities.none'),
            items: merged.priorities.map((p) =>
              t('report.champions.priorities.item', {
                name: cellName(p.cellId),
                count: p.count,
              }),
            ),
          },
          {
            id: 'report-champion-missing',
            heading: t('report.champions.missing.heading'),
            empty: t('report.champions.missing.none'),
            items: merged.missing.map((m) => m.text),
          },
        ],
      };
}
