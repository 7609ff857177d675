import { useTranslation } from 'react-i18next';
import { changeLocale, SUPPORTED_LOCALES } from './i18n';

/**
 * A native select: it is small, works with every input method, and only has a
 * few options. Wired for every locale folder that ships.
 */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common');
  const names = t('language.names', { returnObjects: true }) as Record<
    string,
    string
  >;
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('language.label')}</label>
      <select
        id="language-select"
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => void changeLocale(event.target.value)}
      >
        {SUPPORTED_LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {names[locale] ?? locale}
          </option>
        ))}
      </select>
    </div>
  );
}
