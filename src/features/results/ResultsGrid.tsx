import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { CellId, LevelId, Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { ScrollRegion } from '../../ui/ScrollRegion';

type Props = {
  levels: readonly LevelId[];
  ratings: ReadonlyMap<CellId, Rating | null>;
};

/**
 * Levels × dimensions as a real table. Each cell shows the rating in words;
 * the tint behind it repeats what the words say, never replaces them.
 */
export function ResultsGrid({ levels, ratings }: Props) {
  const { t } = useTranslation('results');
  const ft = useFrameworkText();
  const label = (rating: Rating) =>
    ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');
  return (
    <ScrollRegion labelledBy="results-grid-caption">
      <table className="results-grid">
        <caption id="results-grid-caption">{t('grid.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('grid.level')}</th>
            {frameworkV1.dimensions.map((d) => (
              <th key={d.id} scope="col">
                {ft(d.nameKey)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {frameworkV1.levels
            .filter((l) => levels.includes(l.id))
            .map((level) => (
              <tr key={level.id}>
                <th scope="row">{ft(level.nameKey)}</th>
                {frameworkV1.dimensions.map((d) => {
                  const rating = ratings.get(`${level.id}.${d.id}`) ?? null;
                  return (
                    <td key={d.id} data-rating={rating ?? 'none'}>
                      {rating === null ? t('grid.notAnswered') : label(rating)}
                    </td>
                  );
                })}
              </tr>
            ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
