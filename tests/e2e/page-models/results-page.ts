import type { Locator, Page } from 'playwright-core';
import { expectVisible, tableCell, tableText } from '../support/app';

/** Results: /r/:id/results. */
export class ResultsPage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly gridScroller: Locator;
  readonly strengths: Locator;
  readonly priorities: Locator;
  readonly dontKnow: Locator;
  readonly actionsSection: Locator;
  readonly actionsTable: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Results' });
    this.grid = main.getByRole('table', {
      name: 'Ratings by level and dimension',
    });
    this.gridScroller = main.locator('.table-wrap').filter({ has: this.grid });
    const section = (name: string) =>
      main.locator('section').filter({
        has: page.getByRole('heading', { level: 2, name, exact: true }),
      });
    this.strengths = section('Strengths');
    this.priorities = section('Priorities');
    this.dontKnow = section("What you don't know yet");
    this.actionsSection = section('Actions');
    this.actionsTable = this.actionsSection.getByRole('table');
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/results`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.grid);
  }

  /** The rating shown for a level (row) and dimension (column). */
  rating(level: string, dimension: string): Promise<string | undefined> {
    return tableCell(this.grid, level, dimension);
  }

  /** The actions table's body rows as text. */
  async actions(): Promise<string[][]> {
    return (await tableText(this.actionsTable)).slice(1);
  }

  /** Items of a findings list, as "Level: Dimension: Rating" lines. */
  async findings(section: Locator): Promise<string[]> {
    const items = await section.locator(':scope > ul > li').all();
    return Promise.all(
      items.map(async (item) =>
        (
          await item.evaluate(
            (li) =>
              `${li.querySelector('a')?.textContent ?? ''}: ${
                li.querySelector('strong')?.textContent ?? ''
              }`,
          )
        ).trim(),
      ),
    );
  }
}
