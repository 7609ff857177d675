import type { Locator, Page } from 'playwright-core';
import { expectVisible, tableText } from '../support/app';

/** What moved: /compare/:before/:after. */
export class ComparePage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'What moved' });
    this.table = main.getByRole('table', {
      name: 'Ratings then and now, question by question',
    });
  }

  async goto(beforeId: string, afterId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/compare/${beforeId}/${afterId}`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.table);
  }

  /** The row for a question, e.g. "Service: Space": [before, after, change]. */
  async row(question: string): Promise<string[] | undefined> {
    const rows = await tableText(this.table);
    return rows.find((r) => r[0] === question)?.slice(1);
  }
}
