import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams, useSearch } from 'wouter';
import { ContentLanguageProvider } from '../../lib/ContentLanguage';
import { useDocumentTitle } from '../../lib/document-title';
import { directionOf, supportedLocale } from '../../lib/locale';
import { Button, TextLink } from '../../ui/Button';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { LANG_PARAM, PRINT_PARAM, reportHref } from './print-link';
import { ReportView } from './ReportView';
import { useReportData } from './useReportData';

/**
 * Just the report, with a Print button: what printing uses. Arriving with
 * `?print=1` (from the export screen) opens the print dialog once.
 */
export function ReportScreen() {
  const { reflectionId = '' } = useParams();
  const search = useSearch();
  const [, navigate] = useLocation();
  const { t, i18n } = useTranslation(['export', 'common', 'reflect']);
  const state = useReportData(reflectionId);
  const ready = state.state === 'ready';
  const params = new URLSearchParams(search);
  const wantsPrint = params.get(PRINT_PARAM) === '1';
  // The address is untrusted: only a shipped language is used.
  const asked = supportedLocale(params.get(LANG_PARAM));
  const lang =
    asked ??
    (ready ? supportedLocale(state.data.reflection.locale) : null) ??
    i18n.language;
  useDocumentTitle(
    state.state === 'ready'
      ? t('export:report.documentTitle', {
          organisation: state.data.reflection.organisationName,
        })
      : t('export:report.title'),
    t('common:app.titleSuffix'),
  );

  useEffect(() => {
    if (!ready || !wantsPrint) return;
    // Let the report paint (and its fonts settle) before the dialog opens;
    // then drop the flag so going back or reloading does not print again.
    const timer = window.setTimeout(() => {
      window.print();
      navigate(reportHref(reflectionId, { lang: asked ?? undefined }), {
        replace: true,
      });
    }, 150);
    return () => window.clearTimeout(timer);
  }, [ready, wantsPrint, navigate, reflectionId, asked]);

  if (state.state === 'missing') {
    return (
      <NotOnDevice
        title={t('export:report.title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (state.state === 'loading')
    return <p role="status">{t('common:app.loading')}</p>;

  return (
    <>
      <div className="button-row no-print">
        <Button onPress={() => window.print()}>
          {t('export:report.print')}
        </Button>
        <TextLink href={`/r/${reflectionId}/export`}>
          {t('export:report.back')}
        </TextLink>
      </div>
      <div lang={lang} dir={directionOf(lang)}>
        <ContentLanguageProvider lng={lang}>
          <ReportView data={state.data} />
        </ContentLanguageProvider>
      </div>
    </>
  );
}
