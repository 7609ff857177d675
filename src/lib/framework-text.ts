/**
 * Looks up framework text by the keys in src/content. Those keys are data,
 * checked by the content-integrity test rather than by the compiler.
 */
import { useContentTranslation } from './ContentLanguage';

export type FrameworkText = (key: string) => string;

export function useFrameworkText(): FrameworkText {
  const { t } = useContentTranslation('framework');
  const lookup = t as unknown as (key: string) => string;
  return (key: string) => lookup(key);
}

type Named = { readonly id: string; readonly nameKey: string };

/** The parts of the framework needed to name a cell (passed in by callers). */
export type CellNaming = {
  readonly levels: readonly Named[];
  readonly dimensions: readonly Named[];
};

/** "Level: Dimension" for a cell id such as `service.voice`. */
export function useCellName(framework: CellNaming): (cellId: string) => string {
  const { t } = useContentTranslation('reflect');
  const ft = useFrameworkText();
  return (cellId) => {
    const [levelId, dimensionId] = cellId.split('.');
    const level = framework.levels.find((l) => l.id === levelId);
    const dimension = framework.dimensions.find((d) => d.id === dimensionId);
    return t('title', {
      level: level ? ft(level.nameKey) : '',
      dimension: dimension ? ft(dimension.nameKey) : '',
    });
  };
}

type RatingNaming = {
  readonly ratings: readonly {
    readonly value: string | number;
    readonly labelKey: string;
  }[];
};

/** A rating's label ("Developing", "Don't know") from the framework. */
export function useRatingLabel(
  framework: RatingNaming,
): (rating: string | number) => string {
  const ft = useFrameworkText();
  return (rating) =>
    ft(framework.ratings.find((r) => r.value === rating)?.labelKey ?? '');
}
