import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { useDocumentTitle } from '../../lib/document-title';
import { TextLink } from '../../ui/Button';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { ExportOptions } from './ExportOptions';
import { useReportData } from './useReportData';

/** Export and print: the report on paper, as a PDF, or as a spreadsheet. */
export function ExportScreen() {
  const { reflectionId = '' } = useParams();
  const { t } = useTranslation(['export', 'common', 'reflect']);
  const state = useReportData(reflectionId);
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

  return (
    <div className="export">
      <h1>{t('export:title')}</h1>
      <p>{t('export:intro')}</p>
      <ExportOptions data={state.data} />
      <p>
        <TextLink href={`/r/${reflectionId}/results`}>
          {t('export:back')}
        </TextLink>
      </p>
    </div>
  );
}
