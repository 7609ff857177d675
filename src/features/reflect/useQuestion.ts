import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import type { CellId, Reflection } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { useReflection } from '../../storage/live';
import { rememberPosition } from '../../storage/reflections';

/**
 * One question of a reflection, as both the normal flow and workshop mode
 * show it: the reflection (kept on screen if it is deleted in another tab,
 * so nothing typed vanishes), its questions, where this one sits, its
 * heading, and where to resume when the address names no question. The
 * question shown is remembered as the place to come back to.
 */
export function useQuestion(reflectionId: string, cellId: string | undefined) {
  const { t } = useTranslation('reflect');
  const ft = useFrameworkText();
  const stored = useReflection(reflectionId);
  const [lastSeen, setLastSeen] = useState<Reflection | null>(null);
  if (stored && stored !== lastSeen) setLastSeen(stored);
  const deletedElsewhere = stored === null && lastSeen !== null;
  const reflection = deletedElsewhere ? lastSeen : stored;

  const cells = reflection ? cellsForLevels(reflection.levels) : [];
  const index = cells.findIndex((c) => c.id === cellId);
  const cell = cells[index];
  const level = frameworkV1.levels.find((l) => l.id === cell?.level);
  const dimension = frameworkV1.dimensions.find(
    (d) => d.id === cell?.dimension,
  );
  const levelName = level ? ft(level.nameKey) : '';
  const dimensionName = dimension ? ft(dimension.nameKey) : '';
  const heading =
    cell && level && dimension
      ? t('title', { level: levelName, dimension: dimensionName })
      : '';
  const resumeId: CellId | undefined =
    cells.find((c) => c.id === reflection?.lastCellId)?.id ?? cells[0]?.id;

  const knownPosition = reflection?.lastCellId;
  const currentId = cell?.id;
  useEffect(() => {
    if (
      currentId &&
      knownPosition !== undefined &&
      knownPosition !== currentId
    ) {
      void rememberPosition(reflectionId, currentId).catch(() => undefined);
    }
  }, [reflectionId, currentId, knownPosition]);

  return {
    reflection,
    deletedElsewhere,
    cells,
    index,
    cell,
    heading,
    levelName,
    dimensionName,
    resumeId,
  };
}
