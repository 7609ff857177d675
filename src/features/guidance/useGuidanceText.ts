import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/document-title';

/**
 * Looks up guidance text by keys built from src/content/guidance.ts. Those
 * keys are data, checked by the content-integrity test rather than by the
 * compiler (as framework text is).
 */
export function useGuidanceText(): (key: string) => string {
  const { t } = useTranslation('guidance');
  const lookup = t as unknown as (key: string) => string;
  return (key) => lookup(key);
}

/** A guidance page's document title. */
export function useGuidanceTitle(title: string): void {
  const { t } = useTranslation('common');
  useDocumentTitle(title, t('app.titleSuffix'));
}
