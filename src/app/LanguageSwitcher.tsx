import { useTranslation } from 'react-i18next';
import { useLanguageOptions } from '../lib/language-names';
import { LanguageSelect } from '../ui/LanguageSelect';
import { changeLocale } from './i18n';

/** The interface language, in the header of every screen. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const options = useLanguageOptions();
  return (
    <LanguageSelect
      className="language-switcher"
      label={t('language.label')}
      value={i18n.resolvedLanguage ?? i18n.language}
      options={options}
      onChange={(locale) => void changeLocale(locale)}
    />
  );
}
