import type { Locator, Page } from 'playwright-core';
import { expectVisible, setChecked } from '../support/app';

export const LEVEL_NAMES = {
  individual: 'Individual',
  service: 'Service',
  organisation: 'Organisation',
  system: 'System and community',
} as const;
export type LevelKey = keyof typeof LEVEL_NAMES;

export type SetupDetails = {
  organisationName: string;
  /** The radio's visible label, e.g. "Integrated Care Board". */
  organisationType?: string;
  area?: string;
  levels?: LevelKey[];
  facilitator?: string;
};

/** Set up a reflection (/new) and Change the set-up (/r/:id/setup). */
export class SetupPage {
  readonly heading: Locator;
  readonly organisationName: Locator;
  readonly organisationType: Locator;
  readonly area: Locator;
  readonly levels: Locator;
  readonly date: Locator;
  readonly facilitator: Locator;
  readonly submit: Locator;
  readonly errorSummary: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Set up a reflection',
    });
    this.organisationName = main.getByRole('textbox', {
      name: 'Organisation name',
    });
    this.organisationType = main.getByRole('radiogroup', {
      name: 'Type of organisation',
    });
    this.area = main.getByRole('textbox', { name: 'Area (optional)' });
    this.levels = main.getByRole('group', {
      name: 'Levels of decision-making to reflect on',
    });
    this.date = main.getByLabel('Date of the reflection');
    this.facilitator = main.getByRole('textbox', {
      name: 'Facilitator name (optional)',
    });
    this.submit = main.getByRole('button', { name: 'Start reflecting' });
    this.errorSummary = main.getByRole('alert').filter({
      has: page.getByRole('heading', { name: 'There is a problem' }),
    });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/new`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.organisationName);
  }

  typeRadio(label: string): Locator {
    return this.organisationType.getByRole('radio', { name: label });
  }

  /** A level's checkbox; its name starts with the level's name. */
  levelCheckbox(level: LevelKey): Locator {
    return this.levels.getByRole('checkbox', {
      name: new RegExp(`^${LEVEL_NAMES[level]}\\b`),
    });
  }

  errorSummaryLinks(): Locator {
    return this.errorSummary.getByRole('link');
  }

  /** Fills the form with the mouse and submits it; lands on the first question. */
  async create(details: SetupDetails): Promise<void> {
    await this.organisationName.fill(details.organisationName);
    await setChecked(
      this.typeRadio(details.organisationType ?? 'Integrated Care Board'),
    );
    if (details.area) await this.area.fill(details.area);
    for (const level of details.levels ?? ['service']) {
      await setChecked(this.levelCheckbox(level));
    }
    if (details.facilitator) await this.facilitator.fill(details.facilitator);
    await this.submit.click();
    await this.page.waitForURL(/\/r\/[^/]+\/reflect\/[a-z]+\.[a-z]+$/);
  }
}
