import type { Locator, Page } from 'playwright-core';
import { expectVisible, poll } from '../support/app';

export const PROGRESS = ['Not started', 'In progress', 'Done'] as const;
export type ProgressLabel = (typeof PROGRESS)[number];

export const NO_FEEDBACK_WARNING =
  'Say how young people will hear what changed.';

/** The action plan: /r/:id/actions. */
export class ActionPlanPage {
  readonly heading: Locator;
  readonly addButton: Locator;
  readonly saveStatus: Locator;
  readonly items: Locator;
  readonly backLink: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Action plan' });
    this.addButton = main.getByRole('button', { name: 'Add an action' });
    this.saveStatus = main.locator('.vi-save-status[role="status"]');
    this.items = main.getByRole('group', { name: /^Action \d+$/ });
    this.backLink = main.getByRole('link', { name: 'Back to results' });
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/actions`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.addButton);
  }

  /** The n-th action (1-based) and its fields. */
  item(n: number) {
    const group = this.page
      .getByRole('main')
      .getByRole('group', { name: `Action ${n}`, exact: true });
    return {
      group,
      text: group.getByRole('textbox', { name: 'Action', exact: true }),
      owner: group.getByRole('textbox', { name: 'Who will do it' }),
      due: group.getByLabel('By when'),
      progress: group.getByRole('radiogroup', { name: 'Progress' }),
      status: (label: ProgressLabel) =>
        group
          .getByRole('radiogroup', { name: 'Progress' })
          .getByRole('radio', { name: label, exact: true }),
      feedback: group.getByRole('textbox', {
        name: 'How will young people hear what changed?',
      }),
      warning: group.getByText(NO_FEEDBACK_WARNING),
      moveUp: group.getByRole('button', { name: `Move action ${n} up` }),
      moveDown: group.getByRole('button', { name: `Move action ${n} down` }),
      remove: group.getByRole('button', { name: `Remove action ${n}` }),
    };
  }

  /** Every action's text, in plan order. */
  async texts(): Promise<string[]> {
    return this.items
      .getByRole('textbox', { name: 'Action', exact: true })
      .evaluateAll((fields) =>
        fields.map((f) => (f as HTMLTextAreaElement).value),
      );
  }

  async waitForSaved(): Promise<void> {
    await poll(
      () => this.saveStatus.textContent(),
      'the save status should say "Saved"',
    ).toBe('Saved');
  }
}
