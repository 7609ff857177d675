import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import {
  cellsByDifference,
  mergeReviews,
  type StoredReview,
} from '../../domain/merge-reviews';
import type { Answer, CellId, Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { LinkButton, TextLink } from '../../ui/Button';

type Props = {
  reflectionId: string;
  answers: readonly Answer[];
  /** The reviews that came back for this reflection, oldest first. */
  reviews: readonly StoredReview[];
  cellIds: readonly CellId[];
  cellName: (cellId: CellId) => string;
};

/** The Champions' view on the results screen: where it differs most. */
export function ChampionView({
  reflectionId,
  answers,
  reviews,
  cellIds,
  cellName,
}: Props) {
  const { t } = useTranslation(['reviews', 'results']);
  const ft = useFrameworkText();
  const wanted = new Set(cellIds);
  const merged = mergeReviews(reflectionId, answers, reviews);
  const differ = cellsByDifference(merged)
    .filter((c) => wanted.has(c.cellId) && c.difference > 0)
    .slice(0, 5);
  const label = (rating: Rating | null) =>
    rating === null
      ? t('reviews:cells.notRated')
      : ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');

  return (
    <section aria-labelledby="champion-view-heading" className="champion-view">
      <h2 id="champion-view-heading">{t('reviews:results.heading')}</h2>
      {merged.reviewCount === 0 ? (
        <>
          <p>{t('reviews:results.none')}</p>
          <LinkButton variant="secondary" href={`/r/${reflectionId}/share`}>
            {t('reviews:share')}
          </LinkButton>
        </>
      ) : (
        <>
          <p>{t('reviews:results.summary', { count: merged.reviewCount })}</p>
          <h3>{t('reviews:differ.heading')}</h3>
          {differ.length === 0 ? (
            <p>{t('reviews:differ.none')}</p>
          ) : (
            <ul>
              {differ.map((c) => (
                <li key={c.cellId} data-difference={c.difference.toFixed(2)}>
                  {t('reviews:results.differItem', {
                    name: cellName(c.cellId),
                    yours: label(c.orgRating),
                    counts: t('reviews:cells.verdictCounts', {
                      agree: c.agree,
                      notSure: c.notSure,
                      disagree: c.disagree,
                    }),
                  })}
                </li>
              ))}
            </ul>
          )}
          <p>
            <TextLink href={`/r/${reflectionId}/reviews`}>
              {t('reviews:results.seeAll')}
            </TextLink>
          </p>
        </>
      )}
    </section>
  );
}
