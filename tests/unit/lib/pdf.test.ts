import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildPdf,
  type FontLoader,
  type PdfDocument,
} from '../../../src/lib/pdf';

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

  it('fails, rather than falling back to a font without Welsh letters, when a font cannot load', async () => {
    const failing: FontLoader = () => Promise.reject(new Error('offline'));
    await expect(
      buildPdf(sampleDocument(), { loadFont: failing }),
    ).rejects.toThrow('offline');
  });
});
