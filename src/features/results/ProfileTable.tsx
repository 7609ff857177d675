import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { Profile, RatingCounts } from '../../domain/analysis';
import { useFrameworkText } from '../../lib/framework-text';
import { ScrollRegion } from '../../ui/ScrollRegion';

type Row = Profile & { id: string; name: string };

type Props = {
  id: string;
  caption: string;
  rowHeading: string;
  rows: readonly Row[];
};

const COLUMNS: (keyof RatingCounts)[] = [
  0,
  1,
  2,
  3,
  4,
  'dontKnow',
  'notRelevant',
  'unanswered',
];

/** How many questions got each rating, per level or per dimension. */
export function ProfileTable({ id, caption, rowHeading, rows }: Props) {
  const { t } = useTranslation('results');
  const ft = useFrameworkText();
  const heading = (column: keyof RatingCounts) =>
    column === 'unanswered'
      ? t('profiles.unanswered')
      : ft(frameworkV1.ratings.find((r) => r.value === column)?.labelKey ?? '');
  return (
    <ScrollRegion labelledBy={`${id}-caption`}>
      <table className="profile-table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            {COLUMNS.map((column) => (
              <th key={String(column)} scope="col">
                {heading(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.name}</th>
              {COLUMNS.map((column) => (
                <td key={String(column)}>{row.counts[column]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
