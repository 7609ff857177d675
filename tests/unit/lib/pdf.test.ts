import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPdf,
  pdfFontsFor,
  type FontLoader,
  type PdfDocument,
} from '../../../src/lib/pdf';
import { binaryString } from '../../../src/lib/pdf-layout';
import { openPdf } from '../../support/pdf-read';

const FONTS = join(__dirname, '../../../public/fonts');

/** Reads the app's own font files from disk, as fetch would in a browser. */
const loadFont: FontLoader = async (file) => {
  const bytes = await readFile(join(FONTS, file));
  return bytes.buffer.slice(
    bytes.byteOffset,
    bytes.byteOffset + bytes.byteLength,
  ) as ArrayBuffer;
};

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

const LOCALES = join(__dirname, '../../../locales');

/** Real framework sentences in a shipped language. */
function shippedText(lang: string): string[] {
  const framework = JSON.parse(
    readFileSync(join(LOCALES, lang, 'framework.json'), 'utf8'),
  ) as {
    levels: Record<string, { name: string; description: string }>;
    dimensions: Record<string, { name: string; description: string }>;
  };
  return [
    ...Object.values(framework.dimensions).map((d) => d.description),
    ...Object.values(framework.levels).map((l) => l.name),
    ...Object.values(framework.dimensions).map((d) => d.name),
  ];
}

function localisedDocument(lang: string, text: string[]): PdfDocument {
  return {
    title: text[7] ?? '',
    lang,
    cover: [{ label: text[8] ?? '', value: text[9] ?? '' }],
    sections: [
      { kind: 'paragraphs', heading: text[10], lines: text.slice(0, 3) },
      {
        kind: 'table',
        heading: text[11],
        head: text.slice(11, 14),
        body: [text.slice(3, 6)],
        rowHeadings: true,
      },
    ],
  };
}

/** Characters (after Arabic shaping) that the language's font has no glyph for. */
async function missingGlyphs(lang: string, text: string): Promise<string[]> {
  const { jsPDF } = await import('jspdf');
  const files = pdfFontsFor(lang);
  const doc = new jsPDF();
  doc.addFileToVFS(files.normal, binaryString(await loadFont(files.normal)));
  doc.addFont(files.normal, 'Check', 'normal');
  doc.setFont('Check', 'normal');
  const shaped = (
    doc as unknown as { processArabic: (t: string) => string }
  ).processArabic(text);
  const codeMap = (
    doc.getFont() as unknown as {
      metadata: { cmap: { unicode: { codeMap: Record<number, number> } } };
    }
  ).metadata.cmap.unicode.codeMap;
  return [...new Set(shaped)].filter(
    (ch) => ch.trim() !== '' && !codeMap[ch.codePointAt(0) ?? 0],
  );
}

async function readPdfText(bytes: Uint8Array): Promise<string> {
  const doc = await openPdf(bytes);
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const text = content.items
    .map((item) => ('str' in item ? item.str : ''))
    .join(' ');
  await doc.destroy();
  return text;
}

async function readPdfPositions(
  bytes: Uint8Array,
): Promise<{ x: number; width: number }[]> {
  const doc = await openPdf(bytes);
  const page = await doc.getPage(1);
  const content = await page.getTextContent();
  const positions = content.items.flatMap((item) =>
    'str' in item && item.str.trim() && item.width > 20
      ? [{ x: item.transform[4] as number, width: item.width }]
      : [],
  );
  await doc.destroy();
  return positions;
}

function sampleDocument(overrides: Partial<PdfDocument> = {}): PdfDocument {
  return {
    title: 'Voice and influence report',
    subtitle: 'How young people shape decisions at Bwrdd Iechyd Ŵyn',
    lang: 'en-GB',
    cover: [
      { label: 'Organisation', value: 'Bwrdd Iechyd Ŵyn' },
      { label: 'Date of the reflection', value: '27 March 2026' },
    ],
    sections: [
      {
        kind: 'paragraphs',
        heading: 'Summary',
        lines: ['3 of 7 questions answered'],
      },
      {
        kind: 'table',
        heading: 'Ratings by level and dimension',
        head: ['Level', 'Space', 'Voice'],
        body: [['Service', 'Leading', "Don't know"]],
        rowHeadings: true,
        compact: true,
      },
      {
        kind: 'table',
        heading: 'Action plan',
        head: ['Action', 'Who'],
        body: [],
        empty: 'No actions recorded yet.',
      },
      {
        kind: 'paragraphs',
        heading: 'Rating scale',
        level: 2,
        bullets: true,
        lines: ['Not yet: this does not happen yet.'],
      },
    ],
    pageLabel: (page, pages) => `Page ${page} of ${pages}`,
    ...overrides,
  };
}

describe('buildPdf', () => {
  it('makes a PDF file that embeds the Noto Sans font', async () => {
    const bytes = await buildPdf(sampleDocument(), { loadFont });
    const text = latin1(bytes);
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('NotoSans');
    expect(text).toContain('/FontFile2');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('records the language and title for readers and screen readers', async () => {
    const bytes = await buildPdf(sampleDocument(), { loadFont });
    const text = latin1(bytes);
    expect(text).toContain('/Lang (en-GB)');
    expect(text).toContain('/Title (');
  });

  it('breaks onto more pages when the content is long', async () => {
    const many = Array.from({ length: 120 }, (_, i) => [
      `Action ${i + 1}`,
      'Participation lead',
    ]);
    const short = latin1(await buildPdf(sampleDocument(), { loadFont }));
    const long = latin1(
      await buildPdf(
        sampleDocument({
          sections: [
            {
              kind: 'table',
              heading: 'Action plan',
              head: ['Action', 'Who'],
              body: many,
            },
          ],
        }),
        { loadFont },
      ),
    );
    const pageCount = (pdf: string) =>
      pdf.match(/\/Type \/Page\b/g)?.length ?? 0;
    expect(pageCount(short)).toBe(1);
    expect(pageCount(long)).toBeGreaterThan(1);
  });

  it.each([
    ['cy', 'NotoSans-Regular.ttf'],
    ['ar', 'NotoSansArabicLatin-Regular.ttf'],
  ])(
    'writes %s in a font that has a glyph for every letter drawn',
    async (lang, fontFile) => {
      const text = shippedText(lang);
      const requested: string[] = [];
      const bytes = await buildPdf(localisedDocument(lang, text), {
        loadFont: (file) => {
          requested.push(file);
          return loadFont(file);
        },
      });
      expect(requested).toContain(fontFile);
      // The letters actually drawn (Arabic as its joined presentation forms)
      // all exist in the embedded font: no empty boxes.
      expect(await missingGlyphs(lang, text.join(' '))).toEqual([]);
      // And the words read back out of the file.
      const read = (await readPdfText(bytes)).normalize('NFKC');
      for (const sample of text.slice(0, 3)) {
        const words = sample.normalize('NFKC').split(/\s+/).filter(Boolean);
        const found = words.filter(
          (w) => read.includes(w) || read.includes([...w].reverse().join('')),
        );
        expect(found.length / words.length).toBeGreaterThan(0.8);
      }
    },
  );

  it('lays a right-to-left document out from the right edge', async () => {
    const text = shippedText('ar');
    const bytes = await buildPdf(
      { ...localisedDocument('ar', text), dir: 'rtl' },
      { loadFont },
    );
    const positions = await readPdfPositions(bytes);
    const pageWidth = 595.28;
    // Headings and paragraphs end at the right margin (18 mm ≈ 51 pt).
    const rightEdges = positions.map((p) => pageWidth - (p.x + p.width));
    const atRight = rightEdges.filter((r) => Math.abs(r - 51) < 6).length;
    expect(atRight / positions.length).toBeGreaterThan(0.5);
  });

  it('keeps Latin words, numbers and brackets in place inside right-to-left text', async () => {
    const line = 'هيئة الخدمات الصحية الوطنية (NHS) تعمل منذ 1948';
    const bytes = await buildPdf(
      {
        title: line,
        lang: 'ar',
        dir: 'rtl',
        cover: [{ label: 'المؤسسة', value: 'مجلس (الرعاية) التجريبي' }],
        sections: [],
      },
      { loadFont },
    );
    const read = await readPdfText(bytes);
    // pdf.js hands right-to-left runs back in reading order but does not
    // mirror brackets back, so brackets drawn facing the right way on the
    // page, "(NHS)", read back as ")NHS(" (unmirrored they read "(NHS)").
    expect(read).toContain(')NHS(');
    expect(read).not.toContain('(NHS)');
    expect(read).toContain('1948');
  });

  it('fails, rather than falling back to a font without Welsh letters, when a font cannot load', async () => {
    const failing: FontLoader = () => Promise.reject(new Error('offline'));
    await expect(
      buildPdf(sampleDocument(), { loadFont: failing }),
    ).rejects.toThrow('offline');
  });
});
