import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/app';

/** Check your answers: /r/:id/check. */
export class CheckPage {
  readonly heading: Locator;
  readonly seeResultsLink: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Check your answers',
    });
    this.seeResultsLink = main.getByRole('link', { name: 'See results' });
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/check`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.seeResultsLink);
  }

  /** The "Change" link for a question, e.g. changeLink('Service', 'Space'). */
  changeLink(level: string, dimension: string): Locator {
    return this.page
      .getByRole('main')
      .getByRole('link', { name: `Change ${level}: ${dimension}` });
  }

  /** The summary row's answer text for one question of one level. */
  async answerText(level: string, dimension: string): Promise<string> {
    const section = this.page
      .getByRole('main')
      .getByRole('region', { name: level, exact: true });
    const text = await section.evaluate((el, name) => {
      const rows = [...el.querySelectorAll('.check-list__row')];
      const row = rows.find(
        (r) => r.querySelector('dt')?.textContent?.trim() === name,
      );
      return row?.querySelector('dd')?.textContent ?? '';
    }, dimension);
    return text.replace(/\s+/g, ' ').trim();
  }
}
