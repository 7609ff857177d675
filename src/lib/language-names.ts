import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES } from './locale';

/** A language's own name, such as "Cymraeg", or the code if unknown. */
export function useLanguageName(): (locale: string) => string {
  const { t } = useTranslation('common');
  const names = t('language.names', { returnObjects: true }) as Record<
    string,
    string
  >;
  return (locale) => names[locale] ?? locale;
}

/** Every shipped language, named in its own language. */
export function useLanguageOptions(): { value: string; name: string }[] {
  const nameOf = useLanguageName();
  return SUPPORTED_LOCALES.map((value) => ({ value, name: nameOf(value) }));
}
