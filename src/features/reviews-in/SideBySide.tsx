import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { MergedCell } from '../../domain/merge-reviews';
import type { CellId, Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { supportedLocale } from '../../lib/locale';

type Props = {
  cells: readonly MergedCell[];
  cellName: (cellId: CellId) => string;
};

/**
 * For each question: the organisation's rating beside the Champions' view.
 * Built from merged data only, so a printed report can show it too.
 */
export function SideBySide({ cells, cellName }: Props) {
  const { t } = useTranslation('reviews');
  const ft = useFrameworkText();
  const label = (rating: Rating | null) =>
    rating === null
      ? t('cells.notRated')
      : ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');
  return (
    <section aria-labelledby="side-by-side-heading">
      <h2 id="side-by-side-heading">{t('cells.heading')}</h2>
      <ul className="side-by-side">
        {cells.map((cell) => (
          <li
            key={cell.cellId}
            className="side-by-side__cell"
            id={`cell-${cell.cellId.replace('.', '-')}`}
          >
            <h3>{cellName(cell.cellId)}</h3>
            <dl className="side-by-side__facts">
              <dt>{t('cells.yourRating')}</dt>
              <dd>{label(cell.orgRating)}</dd>
              <dt>{t('cells.verdicts')}</dt>
              <dd>
                {t('cells.verdictCounts', {
                  agree: cell.agree,
                  notSure: cell.notSure,
                  disagree: cell.disagree,
                })}
              </dd>
              <dt>{t('cells.theirRatings')}</dt>
              <dd>
                {cell.ratings.length === 0
                  ? t('cells.noRatings')
                  : cell.ratings.map(label).join(', ')}
              </dd>
            </dl>
            {cell.comments.length > 0 ? (
              <>
                <h4>{t('cells.comments')}</h4>
                <ul className="side-by-side__comments">
                  {cell.comments.map((comment, i) => (
                    <li key={i}>
                      <q lang={supportedLocale(comment.locale) ?? undefined}>
                        {comment.text}
                      </q>{' '}
                      — {comment.reviewer || t('cells.anonymous')}
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
