import { frameworkV1 } from '../../content/framework-v1';
import type { Rating } from '../../domain/types';
import { useContentTranslation } from '../../lib/ContentLanguage';
import { useFrameworkText } from '../../lib/framework-text';

/** A rating in words ("Leading", "Don't know"); null is "Not answered". */
export function useRatingWord(): (rating: Rating | null) => string {
  const { t } = useContentTranslation('export');
  const ft = useFrameworkText();
  return (rating) =>
    rating === null
      ? t('report.grid.notAnswered')
      : ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');
}
