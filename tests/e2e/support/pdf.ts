/** Reading downloaded PDF files back, as a reader's PDF viewer would. */
import { openPdf } from '../../support/pdf-read';

/** Every line of text in a PDF, page by page, read with pdf.js. */
export async function pdfText(bytes: Uint8Array): Promise<{
  pages: number;
  text: string;
  title: string | undefined;
}> {
  const doc = await openPdf(bytes);
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
      } else line += ' ';
    }
    if (line) lines.push(line);
  }
  const meta = await doc.getMetadata();
  const info = meta.info as { Title?: string } | undefined;
  const pages = doc.numPages;
  await doc.destroy();
  return {
    pages,
    text: lines.join('\n').replace(/[ \t]+/g, ' '),
    title: info?.Title,
  };
}
