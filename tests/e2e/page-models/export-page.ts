import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/app';
import { downloadOf } from '../support/downloads';

/** Export and print: /r/:id/export, and the report at /r/:id/report. */
export class ExportPage {
  readonly heading: Locator;
  readonly printLink: Locator;
  readonly viewReportLink: Locator;
  readonly pdfButton: Locator;
  readonly pdfDone: Locator;
  readonly pdfFailed: Locator;
  readonly csvButton: Locator;
  readonly reportHeading: Locator;
  readonly reportPrintButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Export and print',
    });
    this.printLink = main.getByRole('link', { name: 'Print the report' });
    this.viewReportLink = main.getByRole('link', {
      name: 'See the report without printing',
    });
    this.pdfButton = main.getByRole('button', { name: 'Download a PDF' });
    this.pdfDone = main.getByText(/^The PDF has been downloaded: /);
    this.pdfFailed = main.getByText(/^The PDF could not be made\./);
    this.csvButton = main.getByRole('button', {
      name: 'Download a spreadsheet (CSV)',
    });
    this.reportHeading = main.getByRole('heading', {
      level: 1,
      name: 'Voice and influence report',
    });
    this.reportPrintButton = main.getByRole('button', {
      name: 'Print',
      exact: true,
    });
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/export`);
    await expectVisible(this.heading);
    await expectVisible(this.pdfButton);
  }

  async gotoReport(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/report`);
    await expectVisible(this.reportHeading);
  }

  async downloadPdf() {
    const file = await downloadOf(this.page, () => this.pdfButton.click());
    await expectVisible(this.pdfDone);
    return file;
  }

  downloadCsv() {
    return downloadOf(this.page, () => this.csvButton.click());
  }
}
