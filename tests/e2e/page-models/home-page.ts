import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/app';

/** Home: "Your reflections", the list of reflections and storage health. */
export class HomePage {
  readonly heading: Locator;
  readonly startLink: Locator;
  readonly list: Locator;
  readonly emptyMessage: Locator;
  readonly storageStatus: Locator;
  readonly deleteDialog: Locator;
  readonly confirmDeleteButton: Locator;
  readonly keepButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Your reflections',
    });
    this.startLink = main.getByRole('link', { name: 'Start a reflection' });
    this.list = main.getByRole('region', {
      name: 'Reflections on this device',
    });
    this.emptyMessage = main.getByText(
      'There are no reflections on this device yet.',
    );
    this.storageStatus = page.getByTestId('storage-status');
    this.deleteDialog = page.getByRole('alertdialog', {
      name: 'Delete this reflection?',
    });
    this.confirmDeleteButton = this.deleteDialog.getByRole('button', {
      name: 'Yes, delete it',
    });
    this.keepButton = this.deleteDialog.getByRole('button', {
      name: 'No, keep it',
    });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.waitUntilReady();
  }

  /** Home is usable: heading, start link, and the list has loaded. */
  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.startLink);
    await expectVisible(this.list.getByRole('heading', { level: 2 }));
    await this.list
      .getByRole('status')
      .filter({ hasText: 'Loading' })
      .waitFor({ state: 'detached' });
  }

  /** One reflection's card (the list item headed by its name). */
  card(name: string): Locator {
    return this.list.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name, exact: true }),
    });
  }

  cardTitles(): Promise<string[]> {
    return this.list.getByRole('heading', { level: 3 }).allTextContents();
  }

  continueLink(name: string): Locator {
    return this.page.getByRole('link', {
      name: `Continue reflection for ${name}`,
    });
  }

  resultsLink(name: string): Locator {
    return this.page.getByRole('link', { name: `Results for ${name}` });
  }

  deleteButton(name: string): Locator {
    return this.page.getByRole('button', {
      name: `Delete reflection for ${name}`,
    });
  }

  deletedMessage(name: string): Locator {
    return this.page.getByText(`The reflection for ${name} has been deleted.`);
  }

  /** Deletes a reflection with the mouse, through the confirm dialog. */
  async deleteReflection(name: string): Promise<void> {
    await this.deleteButton(name).click();
    await expectVisible(this.deleteDialog);
    await this.confirmDeleteButton.click();
    await expectVisible(this.deletedMessage(name));
  }
}
