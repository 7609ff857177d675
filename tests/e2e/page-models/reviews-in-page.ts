import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/app';

/** What young people said: /r/:id/reviews (the organisation's side). */
export class ReviewsInPage {
  readonly heading: Locator;
  readonly intro: Locator;
  readonly differ: Locator;
  readonly priorities: Locator;
  readonly missing: Locator;
  readonly cells: Locator;
  readonly list: Locator;
  readonly removeDialog: Locator;
  readonly confirmRemove: Locator;
  readonly keepButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'What young people said',
    });
    this.intro = main.getByText(
      /^(No reviews from Champions have come back yet\.|\d+ reviews? from Champions (has|have) come back\.)/,
    );
    const region = (name: string) =>
      main.getByRole('region', { name, exact: true });
    this.differ = region('Where views differ most');
    this.priorities = region('What they want to change first');
    this.missing = region('What they say is missing');
    this.cells = region('Question by question');
    this.list = region('Reviews on this device');
    this.removeDialog = page.getByRole('alertdialog', {
      name: 'Remove this review?',
    });
    this.confirmRemove = this.removeDialog.getByRole('button', {
      name: 'Yes, remove it',
    });
    this.keepButton = this.removeDialog.getByRole('button', {
      name: 'No, keep it',
    });
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/reviews`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.intro);
  }

  async introText(): Promise<string> {
    return ((await this.intro.textContent()) ?? '').trim();
  }

  /** One question's card in "Question by question", e.g. 'Service: Space'. */
  card(cellName: string): Locator {
    return this.cells.getByRole('listitem').filter({
      has: this.page.getByRole('heading', {
        level: 3,
        name: cellName,
        exact: true,
      }),
    });
  }

  /** A card's facts: "Your rating", "Does it match what they see?", … */
  facts(cellName: string): Promise<Record<string, string>> {
    return this.card(cellName).evaluate((li) => {
      const out: Record<string, string> = {};
      for (const dt of li.querySelectorAll('dt')) {
        const dd = dt.nextElementSibling;
        out[(dt.textContent ?? '').trim()] = (dd?.textContent ?? '')
          .replace(/\s+/g, ' ')
          .trim();
      }
      return out;
    });
  }

  /** A card's comments, as "text — reviewer". */
  async comments(cellName: string): Promise<string[]> {
    const items = await this.card(cellName)
      .locator('.side-by-side__comments > li')
      .allTextContents();
    return items.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  async listItems(locator: Locator): Promise<string[]> {
    const items = await locator.locator(':scope li').allTextContents();
    return items.map((t) => t.replace(/\s+/g, ' ').trim());
  }

  /** The names on the list of reviews on this device. */
  async reviewers(): Promise<string[]> {
    if ((await this.list.count()) === 0) return [];
    return this.list.locator('li strong').allTextContents();
  }

  removeButton(reviewer: string): Locator {
    return this.list.getByRole('button', {
      name: `Remove the review from ${reviewer}`,
    });
  }

  removedMessage(reviewer: string): Locator {
    return this.page
      .getByRole('main')
      .getByText(`The review from ${reviewer} has been removed.`);
  }

  /** Removes a review with the mouse, through the confirm dialog. */
  async remove(reviewer: string): Promise<void> {
    await this.removeButton(reviewer).click();
    await expectVisible(this.removeDialog);
    await this.confirmRemove.click();
    await expectVisible(this.removedMessage(reviewer));
  }
}
