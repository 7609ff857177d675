import type { PdfDocument, PdfSection, PdfTable } from '../../lib/pdf';
import type { ReportModel, ReportTable } from './report-model';

function tableOf(
  table: ReportTable,
  level: 1 | 2,
  extra: Partial<PdfTable> = {},
): PdfTable {
  return {
    kind: 'table',
    heading: table.heading,
    level,
    ...(table.intro ? { intro: table.intro } : {}),
    head: table.head,
    body: table.rows,
    empty: table.empty,
    rowHeadings: table.rowHeadings,
    ...extra,
  };
}

/**
 * The report as lib/pdf's document model: the same sections, in the same
 * order, as the printable page.
 */
export function pdfDocumentOf(
  model: ReportModel,
  { lang, dir }: { lang: string; dir: 'ltr' | 'rtl' },
  organisation: string,
  pageLabel: (page: number, pages: number) => string,
): PdfDocument {
  const champions: PdfSection[] = model.champions
    ? [
        tableOf(model.champions.table, 1, {
          heading: model.champions.heading,
          intro: model.champions.intro,
        }),
        ...model.champions.lists.map((list): PdfSection => ({
          kind: 'paragraphs',
          heading: list.heading,
          level: 2,
          bullets: list.items.length > 0,
          lines: list.items.length > 0 ? list.items : [list.empty],
        })),
      ]
    : [];
  return {
    title: model.title,
    subtitle: model.lead,
    lang,
    dir,
    footer: `${model.title} – ${organisation}`,
    cover: model.cover,
    pageLabel,
    sections: [
      {
        kind: 'table',
        heading: model.summary.heading,
        head: [],
        body: model.summary.items.map((item) => [item.label, item.value]),
        rowHeadings: true,
      },
      tableOf(model.grid, 1, { compact: true }),
      { kind: 'paragraphs', heading: model.findings.heading, lines: [] },
      ...model.findings.tables.map((table) => tableOf(table, 2)),
      tableOf(model.actions, 1),
      ...champions,
      {
        kind: 'paragraphs',
        heading: model.method.heading,
        lines: model.method.intro,
      },
      { kind: 'paragraphs', lines: model.method.scale, bullets: true },
      { kind: 'paragraphs', lines: model.method.notes },
    ],
  };
}
