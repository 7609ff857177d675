import type { Locator, Page } from 'playwright-core';
import { expectVisible, poll, setChecked } from '../support/app';

export const RATINGS = [
  'Not yet',
  'Starting',
  'Developing',
  'Established',
  'Leading',
  "Don't know",
  'Not relevant here',
] as const;
export type RatingLabel = (typeof RATINGS)[number];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One question: /r/:id/reflect/:cellId. */
export class ReflectPage {
  readonly heading: Locator;
  readonly ratingGroup: Locator;
  readonly evidence: Locator;
  readonly examples: Locator;
  readonly privateNotes: Locator;
  readonly groupsReached: Locator;
  readonly addActionButton: Locator;
  readonly saveStatus: Locator;
  readonly nextLink: Locator;
  readonly previousLink: Locator;
  readonly checkAnswersLink: Locator;
  readonly jumpToggle: Locator;
  readonly jumpNav: Locator;
  readonly position: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.ratingGroup = main.getByRole('radiogroup', {
      name: 'How would you rate this?',
    });
    this.evidence = main.getByRole('textbox', {
      name: 'Evidence',
      exact: true,
    });
    this.examples = main.getByRole('textbox', {
      name: 'Examples of involvement',
    });
    this.privateNotes = main.getByRole('textbox', { name: 'Private notes' });
    this.groupsReached = main.getByRole('group', {
      name: 'Which groups of young people were reached?',
    });
    this.addActionButton = main.getByRole('button', { name: 'Add an action' });
    this.saveStatus = main.locator('.vi-save-status[role="status"]');
    this.nextLink = main.getByRole('link', { name: 'Next question' });
    this.previousLink = main.getByRole('link', { name: 'Previous question' });
    this.checkAnswersLink = main.getByRole('link', {
      name: 'Check your answers',
    });
    this.jumpNav = main.getByRole('navigation', { name: 'All questions' });
    this.jumpToggle = this.jumpNav.locator('summary');
    this.position = main.getByText(/^Question \d+ of \d+$/);
  }

  async goto(reflectionId: string, cellId?: string): Promise<void> {
    await this.page.goto(
      `${this.baseUrl}/r/${reflectionId}/reflect${cellId ? `/${cellId}` : ''}`,
    );
    await this.waitUntilReady();
  }

  async waitUntilReady(title?: string): Promise<void> {
    await expectVisible(
      title
        ? this.page
            .getByRole('main')
            .getByRole('heading', { level: 1, name: title, exact: true })
        : this.ratingGroup,
    );
    await expectVisible(this.ratingGroup);
  }

  /** The reflection id and cell id from the address. */
  location(): { reflectionId: string; cellId: string } {
    const match = /\/r\/([^/]+)\/reflect\/([a-z]+\.[a-z]+)$/.exec(
      new URL(this.page.url()).pathname,
    );
    if (!match) throw new Error(`Not on a question: ${this.page.url()}`);
    return { reflectionId: match[1]!, cellId: match[2]! };
  }

  /** A rating option; its accessible name starts with the label. */
  rating(label: RatingLabel): Locator {
    return this.ratingGroup.getByRole('radio', {
      name: new RegExp(`^${escape(label)}`),
    });
  }

  /** The checked rating's label, or null. */
  async checkedRating(): Promise<RatingLabel | null> {
    for (const label of RATINGS) {
      if (await this.rating(label).isChecked()) return label;
    }
    return null;
  }

  async rate(label: RatingLabel): Promise<void> {
    await setChecked(this.rating(label));
    await this.waitForSaved();
  }

  groupCheckbox(name: string | RegExp): Locator {
    return this.groupsReached.getByRole('checkbox', { name });
  }

  /** The fieldset of the n-th action (1-based). */
  action(n: number): {
    group: Locator;
    text: Locator;
    owner: Locator;
    due: Locator;
    remove: Locator;
  } {
    const group = this.page
      .getByRole('main')
      .getByRole('group', { name: `Action ${n}`, exact: true });
    return {
      group,
      text: group.getByRole('textbox', { name: 'Action', exact: true }),
      owner: group.getByRole('textbox', { name: 'Who will do it' }),
      due: group.getByLabel('By when'),
      remove: group.getByRole('button', { name: `Remove action ${n}` }),
    };
  }

  /** Adds an action with the mouse and fills it in. */
  async addAction(text: string, owner = ''): Promise<void> {
    const count = await this.page
      .getByRole('main')
      .getByRole('group', { name: /^Action \d+$/ })
      .count();
    await this.addActionButton.click();
    const action = this.action(count + 1);
    await expectVisible(action.text);
    await action.text.fill(text);
    if (owner) await action.owner.fill(owner);
    await this.waitForSaved();
  }

  /** The status line says the latest change is saved. */
  async waitForSaved(): Promise<void> {
    await poll(
      () => this.saveStatus.textContent(),
      'the save status should say "Saved"',
    ).toBe('Saved');
  }

  /** An error message (role=alert) in the main area. */
  alert(): Locator {
    return this.page.getByRole('main').getByRole('alert');
  }

  /** The inline "too long" message under a field. */
  tooLongMessage(): Locator {
    return this.page
      .getByRole('main')
      .getByText(/^This is \d+ characters\. Keep it to \d+ or fewer/);
  }

  async next(): Promise<void> {
    await this.nextLink.click();
  }
}
