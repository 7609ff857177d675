import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkV1, getCell } from '../../content/framework-v1';
import {
  MAX_PRIORITIES,
  type ReviewSession,
} from '../../domain/review-session';
import type { CellId } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { saveReviewSession } from '../../storage/review-sessions';
import { CheckboxChoiceGroup } from '../../ui/ChoiceGroup';

/** "What should change first?" — up to three of the shared questions. */
export function ReviewPriorities({ session }: { session: ReviewSession }) {
  const { t } = useTranslation(['review', 'reflect']);
  const ft = useFrameworkText();
  const [chosen, setChosen] = useState<CellId[]>(session.priorities);
  const full = chosen.length >= MAX_PRIORITIES;

  const nameOf = (cellId: CellId) => {
    const cell = getCell(cellId);
    const level = frameworkV1.levels.find((l) => l.id === cell.level);
    const dimension = frameworkV1.dimensions.find(
      (d) => d.id === cell.dimension,
    );
    return t('reflect:title', {
      level: level ? ft(level.nameKey) : '',
      dimension: dimension ? ft(dimension.nameKey) : '',
    });
  };

  return (
    <>
      <h1>{t('review:priorities.heading')}</h1>
      <CheckboxChoiceGroup<CellId>
        id="priorities"
        label={t('review:priorities.hint')}

        value={chosen}
        onChange={(next) => {
          const limited = next.slice(0, MAX_PRIORITIES);
          setChosen(limited);
          void saveReviewSession(session.id, { priorities: limited }).catch(
            () => undefined,
          );
        }}
        choices={session.pack.cells.map((c) => ({
          value: c.cellId as CellId,
          label: nameOf(c.cellId as CellId),
          description: ft(getCell(c.cellId as CellId).headlineKey),
        }))}
      />
      <p role="status" className="review__count">
        {full
          ? t('review:priorities.full')
          : t('review:priorities.count', { count: chosen.length })}
      </p>
    </>
  );
}
