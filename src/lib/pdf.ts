/**
 * Makes a PDF file from a plain document model: a cover, then headed
 * paragraphs and tables, laid out on A4 with page numbers. Text is real,
 * selectable text in an embedded font (Noto Sans, SIL Open Font License,
 * served from this app's own `/fonts/`, so it works offline; Latin-script
 * languages such as Welsh use Noto Sans, Arabic script a merged Noto Sans
 * Arabic). Right-to-left documents are laid out from the right edge.
 *
 * jsPDF and its table plugin are loaded only when a PDF is asked for; load
 * this module with `import()` too. Words are the caller's job: everything
 * here arrives already in the reader's language.
 */
import type { jsPDF } from 'jspdf';
import {
  binaryString,
  footers,
  PDF_FONT,
  pageWriter,
  type PdfDocument,
} from './pdf-layout';

export type {
  PdfDocument,
  PdfLabelledValue,
  PdfParagraphs,
  PdfSection,
  PdfTable,
} from './pdf-layout';
export { PDF_FONT } from './pdf-layout';

export const PDF_FONT_FILES = {
  normal: 'NotoSans-Regular.ttf',
  bold: 'NotoSans-Bold.ttf',
} as const;
/**
 * Arabic-script documents use Noto Sans Arabic merged with Noto Sans's Latin
 * letters (scripts/build-pdf-fonts.py), because jsPDF cannot fall back from
 * one font to another inside a line.
 */
export const PDF_ARABIC_FONT_FILES = {
  normal: 'NotoSansArabicLatin-Regular.ttf',
  bold: 'NotoSansArabicLatin-Bold.ttf',
} as const;
export type PdfFontFile =
  | (typeof PDF_FONT_FILES)[keyof typeof PDF_FONT_FILES]
  | (typeof PDF_ARABIC_FONT_FILES)[keyof typeof PDF_ARABIC_FONT_FILES];

const ARABIC_SCRIPT = new Set(['ar', 'ur', 'fa', 'ps', 'ckb']);

/** The fonts whose letters cover a language. */
export function pdfFontsFor(lang: string) {
  return ARABIC_SCRIPT.has(lang.split('-')[0]?.toLowerCase() ?? '')
    ? PDF_ARABIC_FONT_FILES
    : PDF_FONT_FILES;
}

/** Reads a font file's bytes; tests pass one that reads from disk. */
export type FontLoader = (file: PdfFontFile) => Promise<ArrayBuffer>;

/** Fetches a font from this app's origin (precached by the service worker). */
export const fetchFont: FontLoader = async (file) => {
  const response = await fetch(`/fonts/${file}`);
  if (!response.ok) throw new Error(`Could not load the font ${file}`);
  return response.arrayBuffer();
};

export type PdfOptions = { loadFont?: FontLoader };

/** The PDF file's bytes for `model`. */
export async function buildPdf(
  model: PdfDocument,
  { loadFont = fetchFont }: PdfOptions = {},
): Promise<Uint8Array> {
  const files = pdfFontsFor(model.lang);
  const [{ jsPDF: JsPdf }, { autoTable }, regular, bold] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    loadFont(files.normal),
    loadFont(files.bold),
  ]);
  const doc = new JsPdf({
    unit: 'mm',
    format: 'a4',
    compress: true,
    putOnlyUsedFonts: true,
  });
  doc.addFileToVFS(files.normal, binaryString(regular));
  doc.addFileToVFS(files.bold, binaryString(bold));
  doc.addFont(files.normal, PDF_FONT, 'normal');
  doc.addFont(files.bold, PDF_FONT, 'bold');
  doc.setFont(PDF_FONT, 'normal');
  doc.setTextColor(0, 0, 0);
  doc.setDrawColor(0, 0, 0);
  doc.setProperties({ title: model.title, subject: model.subtitle ?? '' });
  (doc.setLanguage as (lang: string) => jsPDF)(model.lang);

  const page = pageWriter(doc, autoTable, model.dir);
  page.write(model.title, 22, 'bold');
  page.gap(2);
  if (model.subtitle) page.write(model.subtitle, 13, 'normal');
  page.gap(6);
  page.details(model.cover);

  for (const section of model.sections) {
    page.heading(section.heading, section.level ?? 1, page.keepFor(section));
    if (section.kind === 'paragraphs') {
      for (const line of section.lines) page.paragraph(line, section.bullets);
      continue;
    }
    if (section.intro) page.paragraph(section.intro);
    if (section.body.length > 0) page.table(section);
    else if (section.empty) page.paragraph(section.empty);
  }

  footers(doc, model);
  return new Uint8Array(doc.output('arraybuffer'));
}
