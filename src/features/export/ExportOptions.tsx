import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useContentTranslation } from '../../lib/ContentLanguage';
import { downloadFile, fileNameFrom } from '../../lib/files';
import { directionOf } from '../../lib/locale';
import { Button, LinkButton, TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { pdfDocumentOf } from './pdf-document';
import { reportHref } from './print-link';
import { CSV_TYPE, useCsvFile } from './useCsvFile';
import type { ReportData } from './useReportData';
import { useReportModel } from './useReportModel';

type PdfState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'done'; fileName: string }
  | { state: 'failed' };

/** The three ways out: print, a PDF file, a spreadsheet. */
export function ExportOptions({
  data,
  lang,
  linkLang,
}: {
  data: ReportData;
  /** The report's language (the buttons here stay in the user's). */
  lang: string;
  /** Set when the report is not in its reflection's own language. */
  linkLang?: string;
}) {
  const { t } = useTranslation('export');
  const { t: reportT } = useContentTranslation('export');
  const model = useReportModel(data);
  const makeCsv = useCsvFile(data);
  const [pdf, setPdf] = useState<PdfState>({ state: 'idle' });
  const [csvFile, setCsvFile] = useState<string | null>(null);
  const { id, organisationName } = data.reflection;
  const baseName = fileNameFrom(organisationName, reportT('fileFallback'));

  const downloadPdf = async () => {
    setPdf({ state: 'working' });
    try {
      // jsPDF is large: it loads only now, never with the app.
      const { buildPdf } = await import('../../lib/pdf');
      const bytes = await buildPdf(
        pdfDocumentOf(
          model,
          { lang, dir: directionOf(lang) },
          organisationName,
          (page, pages) => reportT('report.page', { page, pages }),
        ),
      );
      const fileName = `${baseName}-report.pdf`;
      downloadFile(bytes, fileName, 'application/pdf');
      setPdf({ state: 'done', fileName });
    } catch {
      setPdf({ state: 'failed' });
    }
  };
  const downloadCsv = () => {
    const { fileName, text } = makeCsv();
    downloadFile(new TextEncoder().encode(text), fileName, CSV_TYPE);
    setCsvFile(fileName);
  };

  return (
    <>
      <section aria-labelledby="export-print" className="export__option">
        <h2 id="export-print">{t('print.heading')}</h2>
        <p>{t('print.body')}</p>
        <div className="button-row">
          <LinkButton href={reportHref(id, { print: true, lang: linkLang })}>
            {t('print.action')}
          </LinkButton>
          <TextLink href={reportHref(id, { lang: linkLang })}>
            {t('print.view')}
          </TextLink>
        </div>
      </section>
      <section aria-labelledby="export-pdf" className="export__option">
        <h2 id="export-pdf">{t('pdf.heading')}</h2>
        <p>{t('pdf.body')}</p>
        <Button
          variant="secondary"
          isDisabled={pdf.state === 'working'}
          onPress={() => void downloadPdf()}
        >
          {t('pdf.action')}
        </Button>
        {pdf.state === 'working' ? (
          <p role="status">{t('pdf.working')}</p>
        ) : null}
        {pdf.state === 'done' ? (
          <Notice tone="success">
            {t('pdf.done', { file: pdf.fileName })}
          </Notice>
        ) : null}
        {pdf.state === 'failed' ? (
          <Notice tone="error">{t('pdf.failed')}</Notice>
        ) : null}
      </section>
      <section aria-labelledby="export-csv" className="export__option">
        <h2 id="export-csv">{t('csv.heading')}</h2>
        <p>{t('csv.body')}</p>
        <Button variant="secondary" onPress={downloadCsv}>
          {t('csv.action')}
        </Button>
        {csvFile ? (
          <Notice tone="success">{t('csv.done', { file: csvFile })}</Notice>
        ) : null}
      </section>
    </>
  );
}
