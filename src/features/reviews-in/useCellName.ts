import { useTranslation } from 'react-i18next';
import { frameworkV1, getCell } from '../../content/framework-v1';
import type { CellId } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';

/** "Level: Dimension" for a cell, in the user's language. */
export function useCellName(): (cellId: CellId) => string {
  const { t } = useTranslation('reflect');
  const ft = useFrameworkText();
  return (cellId) => {
    const cell = getCell(cellId);
    const level = frameworkV1.levels.find((l) => l.id === cell.level);
    const dimension = frameworkV1.dimensions.find(
      (d) => d.id === cell.dimension,
    );
    return t('title', {
      level: level ? ft(level.nameKey) : '',
      dimension: dimension ? ft(dimension.nameKey) : '',
    });
  };
}
