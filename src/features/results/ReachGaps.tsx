import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { ReachGap } from '../../domain/analysis';
import type { LevelId } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';

type Props = {
  gaps: readonly ReachGap[];
  notKnown: readonly LevelId[];
  levels: readonly LevelId[];
};

/** For each level, the groups of young people no answer says were reached. */
export function ReachGaps({ gaps, notKnown, levels }: Props) {
  const { t } = useTranslation('results');
  const ft = useFrameworkText();
  const groupName = (id: string) =>
    ft(frameworkV1.groups.find((g) => g.id === id)?.nameKey ?? id);
  return (
    <section aria-labelledby="reach-title" className="finding-list">
      <h2 id="reach-title">{t('reach.title')}</h2>
      <p>{t('reach.intro')}</p>
      {frameworkV1.levels
        .filter((level) => levels.includes(level.id))
        .map((level) => {
          const gap = gaps.find((g) => g.level === level.id);
          return (
            <div key={level.id}>
              <h3>{ft(level.nameKey)}</h3>
              {notKnown.includes(level.id) ? (
                <p>{t('reach.notKnown')}</p>
              ) : !gap || gap.notReached.length === 0 ? (
                <p>{t('reach.allReached')}</p>
              ) : (
                <ul className="reach-list">
                  {gap.notReached.map((id) => (
                    <li key={id}>{groupName(id)}</li>
                  ))}
                </ul>
              )}
            </div>
          );
        })}
    </section>
  );
}
