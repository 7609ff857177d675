import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import { compareReflections, type CellChange } from '../../domain/compare';
import { LEVEL_IDS, type Rating } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { formatDate } from '../../lib/format';
import { useCellName, useFrameworkText } from '../../lib/framework-text';
import { useAnswers, useReflection } from '../../storage/live';
import { TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ScrollRegion } from '../../ui/ScrollRegion';
import './ResultsScreen.css';

/** Two reflections of one organisation side by side: what moved. */
export function CompareScreen() {
  const { before: beforeId = '', after: afterId = '' } = useParams();
  const { t, i18n } = useTranslation(['results', 'common']);
  const ft = useFrameworkText();
  const cellName = useCellName(frameworkV1);
  const before = useReflection(beforeId);
  const after = useReflection(afterId);
  const beforeAnswers = useAnswers(beforeId);
  const afterAnswers = useAnswers(afterId);
  useDocumentTitle(
    after
      ? t('results:compare.documentTitle', {
          organisation: after.organisationName,
        })
      : t('results:compare.title'),
    t('common:app.titleSuffix'),
  );

  if (before === null || after === null) {
    return (
      <>
        <h1>{t('results:compare.title')}</h1>
        <Notice tone="error">{t('results:compare.missing')}</Notice>
        <TextLink href="/">{t('common:errors.pageNotFound.home')}</TextLink>
      </>
    );
  }
  if (!before || !after || !beforeAnswers || !afterAnswers) {
    return <p role="status">{t('common:app.loading')}</p>;
  }

  const levels = LEVEL_IDS.filter(
    (l) => before.levels.includes(l) || after.levels.includes(l),
  );
  const comparison = compareReflections(
    cellsForLevels(levels).map((c) => c.id),
    beforeAnswers,
    afterAnswers,
  );
  const beforeDate = formatDate(before.date, i18n.language);
  const afterDate = formatDate(after.date, i18n.language);
  const label = (rating: Rating | null) =>
    rating === null
      ? t('results:compare.notAnswered')
      : ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');
  const change = (cell: CellChange) => {
    if (cell.movement === 'up')
      return t('results:compare.movement.up', { count: cell.steps ?? 0 });
    if (cell.movement === 'down')
      return t('results:compare.movement.down', { count: -(cell.steps ?? 0) });
    return t(`results:compare.movement.${cell.movement}`);
  };

  return (
    <>
      <h1>{t('results:compare.title')}</h1>
      <p>
        {t('results:compare.summary', {
          organisation: after.organisationName,
          before: beforeDate,
          after: afterDate,
        })}
      </p>
      <p>
        {t('results:compare.counts', {
          up: comparison.up,
          down: comparison.down,
          same: comparison.same,
          notComparable: comparison.notComparable,
        })}
      </p>
      <ScrollRegion labelledBy="compare-caption">
        <table className="compare-table">
          <caption id="compare-caption">{t('results:compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results:compare.question')}</th>
              <th scope="col">
                {t('results:compare.before', { date: beforeDate })}
              </th>
              <th scope="col">
                {t('results:compare.after', { date: afterDate })}
              </th>
              <th scope="col">{t('results:compare.change')}</th>
            </tr>
          </thead>
          <tbody>
            {comparison.cells.map((cell) => (
              <tr key={cell.cellId} data-movement={cell.movement}>
                <th scope="row">{cellName(cell.cellId)}</th>
                <td>{label(cell.before)}</td>
                <td>{label(cell.after)}</td>
                <td>{change(cell)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        <TextLink href={`/r/${after.id}/results`}>
          {t('results:compare.back')}
        </TextLink>
      </p>
    </>
  );
}
