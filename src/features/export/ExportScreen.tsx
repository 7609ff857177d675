import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { ContentLanguageProvider } from '../../lib/ContentLanguage';
import { useDocumentTitle } from '../../lib/document-title';
import { useLanguageOptions } from '../../lib/language-names';
import { supportedLocale } from '../../lib/locale';
import { TextLink } from '../../ui/Button';
import { LanguageSelect } from '../../ui/LanguageSelect';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { ExportOptions } from './ExportOptions';
import { useReportData } from './useReportData';

/** Export and print: the report on paper, as a PDF, or as a spreadsheet. */
export function ExportScreen() {
  const { reflectionId = '' } = useParams();
  const { t, i18n } = useTranslation(['export', 'common', 'reflect']);
  const state = useReportData(reflectionId);
  const languages = useLanguageOptions();
  const [chosen, setChosen] = useState<string | null>(null);
  useDocumentTitle(
    state.state === 'ready'
      ? t('export:documentTitle', {
          organisation: state.data.reflection.organisationName,
        })
      : t('export:title'),
    t('common:app.titleSuffix'),
  );

  if (state.state === 'missing') {
    return (
      <NotOnDevice
        title={t('export:title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (state.state === 'loading')
    return <p role="status">{t('common:app.loading')}</p>;

  // A report is in its reflection's language unless another is chosen.
  const usual =
    supportedLocale(state.data.reflection.locale) ??
    i18n.resolvedLanguage ??
    i18n.language;
  const lang = chosen ?? usual;
  return (
    <div className="export">
      <h1>{t('export:title')}</h1>
      <p>{t('export:intro')}</p>
      {languages.length > 1 ? (
        <LanguageSelect
          className="export__language"
          label={t('export:language.label')}
          description={t('export:language.hint')}
          value={lang}
          options={languages}
          onChange={setChosen}
        />
      ) : null}
      <ContentLanguageProvider lng={lang}>
        <ExportOptions
          data={state.data}
          lang={lang}
          linkLang={lang === usual ? undefined : lang}
        />
      </ContentLanguageProvider>
      <p>
        <TextLink href={`/r/${reflectionId}/results`}>
          {t('export:back')}
        </TextLink>
      </p>
    </div>
  );
}
