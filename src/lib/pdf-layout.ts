/**
 * Page layout for lib/pdf: flows headings, paragraphs and tables down A4
 * pages and puts a footer on each. Internal to pdf.ts; it receives jsPDF
 * and its table plugin from there, so it loads nothing itself.
 */
import type { jsPDF } from 'jspdf';
import type { autoTable } from 'jspdf-autotable';

export type PdfLabelledValue = { label: string; value: string };

export type HeadingLevel = 1 | 2;

export type PdfParagraphs = {
  kind: 'paragraphs';
  heading?: string;
  /** 1 for a section, 2 for a part of one. @default 1 */
  level?: HeadingLevel;
  lines: readonly string[];
  /** Draw each line as a bullet point. @default false */
  bullets?: boolean;
};

export type PdfTable = {
  kind: 'table';
  heading?: string;
  /** 1 for a section, 2 for a part of one. @default 1 */
  level?: HeadingLevel;
  /** A sentence under the heading, before the table. */
  intro?: string;
  head: readonly string[];
  body: readonly (readonly string[])[];
  /** Said instead of the table when `body` is empty. */
  empty?: string;
  /** The first column names its row, so it is set in bold. @default false */
  rowHeadings?: boolean;
  /** Smaller type, for wide tables such as a grid. @default false */
  compact?: boolean;
};

export type PdfSection = PdfParagraphs | PdfTable;

export type PdfDocument = {
  title: string;
  /** A line under the title on the cover. */
  subtitle?: string;
  /** BCP 47 language of the text, such as `en-GB`. */
  lang: string;
  /** Right-to-left documents are laid out from the right edge. @default 'ltr' */
  dir?: 'ltr' | 'rtl';
  cover: readonly PdfLabelledValue[];
  sections: readonly PdfSection[];
  /** Text at the foot of every page. @default title */
  footer?: string;
  /** Page numbers at the foot of each page, such as "Page 2 of 5". */
  pageLabel?: (page: number, pages: number) => string;
};

export const PDF_FONT = 'NotoSans';

const MARGIN = 18; // mm, as the printed report
const FOOTER = 8; // mm kept clear above the bottom margin for page numbers
const PT = 0.3528; // mm per point
const LINE = 1.35; // line height as a multiple of the font size
const CELL_LINE = 1.15; // jspdf-autotable's line height
const BODY = 10;
const HEADING: Record<HeadingLevel, number> = { 1: 15, 2: 12 };

/** jsPDF reads a TrueType font from a "binary string" (one char per byte). */
export function binaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  const chunks: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x8000) {
    chunks.push(String.fromCharCode(...bytes.subarray(i, i + 0x8000)));
  }
  return chunks.join('');
}

/**
 * jsPDF shapes Arabic letters itself; for right-to-left text it must also be
 * told that the text is in logical (typed) order and runs right to left, or
 * numbers, Latin words and punctuation inside it land in the wrong place.
 */
export function bidiOptions(dir: 'ltr' | 'rtl' = 'ltr') {
  return dir === 'rtl'
    ? {
        isInputVisual: false,
        isOutputVisual: true,
        isInputRtl: true,
        isOutputRtl: false,
        // Brackets are mirrored, as a browser would show them.
        isSymmetricSwapping: true,
      }
    : {};
}

/** The last table's bottom edge, which jspdf-autotable keeps on the doc. */
function tableEnd(doc: jsPDF): number {
  const last = (doc as unknown as { lastAutoTable?: { finalY?: number } })
    .lastAutoTable;
  return last?.finalY ?? MARGIN;
}

/**
 * Flowing layout down A4 pages. A heading is never left alone at the foot
 * of a page: it moves on unless what must follow it (its intro, a table's
 * head and first row, or a first line) fits beneath it.
 */
export function pageWriter(
  doc: jsPDF,
  drawTable: typeof autoTable,
  dir: 'ltr' | 'rtl' = 'ltr',
) {
  const rtl = dir === 'rtl';
  const pageHeight = doc.internal.pageSize.getHeight();
  const pageWidth = doc.internal.pageSize.getWidth();
  const width = pageWidth - 2 * MARGIN;
  /** Where a line starts, `indent` in from the reading edge. */
  const startX = (indent = 0) =>
    rtl ? pageWidth - MARGIN - indent : MARGIN + indent;
  const align = rtl ? 'right' : 'left';
  const bidi = bidiOptions(dir);
  /** Columns run from the right in a right-to-left table. */
  const ordered = <T>(row: readonly T[]): T[] =>
    rtl ? [...row].reverse() : [...row];
  const bottom = pageHeight - MARGIN - FOOTER;
  const margin = {
    top: MARGIN,
    right: MARGIN,
    bottom: MARGIN + FOOTER,
    left: MARGIN,
  };
  let y = MARGIN;

  const lineHeight = (size: number) => size * PT * LINE;
  const fits = (height: number) => y + height <= bottom;
  const linesOf = (
    text: string,
    size: number,
    style: 'normal' | 'bold',
    room = width,
  ) => {
    doc.setFont(PDF_FONT, style);
    doc.setFontSize(size);
    return doc.splitTextToSize(text, room) as string[];
  };
  const textHeight = (text: string, size: number, room = width) =>
    linesOf(text, size, 'normal', room).length * lineHeight(size) + 2.5;
  /** Roughly how tall a table row is, with columns of equal width. */
  const rowHeight = (
    cells: readonly string[],
    size: number,
    padding: number,
  ) => {
    const room = width / Math.max(cells.length, 1) - 2 * padding;
    const lines = Math.max(
      1,
      ...cells.map((c) => linesOf(c, size, 'bold', room).length),
    );
    return lines * size * PT * CELL_LINE + 2 * padding;
  };

  const write = (
    text: string,
    size: number,
    style: 'normal' | 'bold',
    indent = 0,
  ) => {
    for (const line of linesOf(text, size, style, width - indent)) {
      if (!fits(lineHeight(size))) {
        doc.addPage();
        y = MARGIN;
      }
      doc.setFont(PDF_FONT, style);
      doc.setFontSize(size);
      doc.text(line, startX(indent), y, { baseline: 'top', align, ...bidi });
      y += lineHeight(size);
    }
  };

  return {
    gap(mm: number) {
      y += mm;
    },
    write,
    heading(text: string | undefined, level: HeadingLevel, keep: number) {
      if (!text) return;
      const size = HEADING[level];
      if (y > MARGIN) y += level === 1 ? 6 : 4;
      const height = linesOf(text, size, 'bold').length * lineHeight(size) + 2;
      if (!fits(height + keep)) {
        doc.addPage();
        y = MARGIN;
      }
      write(text, size, 'bold');
      y += 2;
    },
    paragraph(text: string, bullet = false) {
      if (bullet) {
        if (!fits(lineHeight(BODY))) {
          doc.addPage();
          y = MARGIN;
        }
        doc.setFont(PDF_FONT, 'normal');
        doc.setFontSize(BODY);
        doc.text('•', startX(1), y, { baseline: 'top', align });
      }
      write(text, BODY, 'normal', bullet ? 5 : 0);
      y += bullet ? 1 : 2.5;
    },
    /** What must follow a heading for `section` to start under it. */
    keepFor(section: PdfSection): number {
      if (section.kind === 'paragraphs') {
        const first = section.lines[0];
        return first === undefined ? 40 : lineHeight(BODY) * 2;
      }
      const intro = section.intro ? textHeight(section.intro, BODY) : 0;
      if (section.body.length === 0)
        return intro + textHeight(section.empty ?? '', BODY);
      const size = section.compact ? 8 : 9;
      const padding = section.compact ? 1.2 : 1.6;
      return (
        intro +
        (section.head.length > 0 ? rowHeight(section.head, size, padding) : 0) +
        rowHeight(section.body[0] ?? [], size, padding) +
        3
      );
    },
    table(section: PdfTable) {
      drawTable(doc, {
        startY: y,
        head: section.head.length > 0 ? [ordered(section.head)] : [],
        body: section.body.map((row) => ordered(row)),
        theme: 'grid',
        // A table without a head row is a list of facts: no wider than needed.
        tableWidth: section.head.length > 0 ? 'auto' : 'wrap',
        margin,
        rowPageBreak: 'avoid',
        showHead: 'everyPage',
        styles: {
          font: PDF_FONT,
          fontStyle: 'normal',
          fontSize: section.compact ? 8 : 9,
          textColor: 0,
          lineColor: 0,
          lineWidth: 0.2,
          cellPadding: section.compact ? 1.2 : 1.6,
          overflow: 'linebreak',
          valign: 'top',
          halign: align,
          textOptions: bidi,
        },
        headStyles: { fontStyle: 'bold', fillColor: 235, textColor: 0 },
        didParseCell: (data) => {
          const first = rtl ? data.table.columns.length - 1 : 0;
          if (
            section.rowHeadings &&
            data.section === 'body' &&
            data.column.index === first
          )
            data.cell.styles.fontStyle = 'bold';
        },
      });
      y = tableEnd(doc) + 3;
    },
    /** Label and value pairs without rules, labels in bold. */
    details(items: readonly PdfLabelledValue[]) {
      drawTable(doc, {
        startY: y,
        body: items.map((item) => ordered([item.label, item.value])),
        theme: 'plain',
        margin,
        styles: {
          font: PDF_FONT,
          fontSize: 11,
          textColor: 0,
          cellPadding: 1.5,
          halign: align,
          textOptions: bidi,
        },
        columnStyles: {
          [rtl ? 1 : 0]: { fontStyle: 'bold', cellWidth: 55 },
        },
      });
      y = tableEnd(doc) + 4;
    },
  };
}

/** Draws the footer (title and page number) on every page. */
export function footers(doc: jsPDF, model: PdfDocument) {
  const pageWidth = doc.internal.pageSize.getWidth();
  const footerY = doc.internal.pageSize.getHeight() - MARGIN + 2;
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(PDF_FONT, 'normal');
    doc.setFontSize(8.5);
    // The title sits at the reading edge, the page number at the other.
    const rtl = model.dir === 'rtl';
    const [titleX, numberX] = rtl
      ? [pageWidth - MARGIN, MARGIN]
      : [MARGIN, pageWidth - MARGIN];
    const bidi = bidiOptions(model.dir);
    doc.text(model.footer ?? model.title, titleX, footerY, {
      baseline: 'top',
      align: rtl ? 'right' : 'left',
      ...bidi,
    });
    if (model.pageLabel) {
      doc.text(model.pageLabel(page, pages), numberX, footerY, {
        baseline: 'top',
        align: rtl ? 'left' : 'right',
        ...bidi,
      });
    }
  }
}
