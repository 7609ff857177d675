/**
 * Looks up framework text by the keys in src/content. Those keys are data,
 * checked by the content-integrity test rather than by the compiler.
 */
import { useTranslation } from 'react-i18next';

export type FrameworkText = (key: string) => string;

export function useFrameworkText(): FrameworkText {
  const { t } = useTranslation('framework');
  const lookup = t as unknown as (key: string) => string;
  return (key: string) => lookup(key);
}
