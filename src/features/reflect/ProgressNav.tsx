import { useTranslation } from 'react-i18next';
import type { CellDefinition } from '../../content/framework-types';
import { frameworkV1 } from '../../content/framework-v1';
import { isAnswered } from '../../domain/scoring';
import type { Answer, CellId, LevelId } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { TextLink } from '../../ui/Button';

type Props = {
  reflectionId: string;
  cells: readonly CellDefinition[];
  answers: readonly Answer[];
  currentId: CellId;
};

/** Every question of the reflection, grouped by level, to jump anywhere. */
export function ProgressNav({
  reflectionId,
  cells,
  answers,
  currentId,
}: Props) {
  const { t } = useTranslation(['reflect', 'common']);
  const ft = useFrameworkText();
  const answered = new Set(
    answers.filter((a) => isAnswered(a.rating)).map((a) => a.cellId),
  );
  const levels = [...new Set(cells.map((c) => c.level))];
  const levelName = (id: LevelId) =>
    ft(frameworkV1.levels.find((l) => l.id === id)?.nameKey ?? '');
  const dimensionName = (cell: CellDefinition) =>
    ft(
      frameworkV1.dimensions.find((d) => d.id === cell.dimension)?.nameKey ??
        '',
    );

  return (
    <nav className="progress-nav" aria-label={t('navLabel')}>
      <details>
        <summary>{t('navToggle')}</summary>
        {levels.map((level) => (
          <div key={level} className="progress-nav__level">
            <h2 className="progress-nav__level-name">{levelName(level)}</h2>
            <ul>
              {cells
                .filter((c) => c.level === level)
                .map((cell) => {
                  const done = answered.has(cell.id);
                  return (
                    <li key={cell.id} data-answered={done}>
                      <span className="progress-nav__mark" aria-hidden="true">
                        {done ? '✓' : '○'}
                      </span>
                      <TextLink
                        href={`/r/${reflectionId}/reflect/${cell.id}`}
                        aria-current={
                          cell.id === currentId ? 'page' : undefined
                        }
                      >
                        {dimensionName(cell)}
                      </TextLink>
                      <span className="visually-hidden">
                        {' '}
                        {t('common:punctuation.aside', {
                          text: done ? t('navAnswered') : t('navNotAnswered'),
                        })}
                      </span>
                    </li>
                  );
                })}
            </ul>
          </div>
        ))}
      </details>
    </nav>
  );
}
