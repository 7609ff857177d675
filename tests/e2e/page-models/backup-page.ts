import type { Locator, Page } from 'playwright-core';
import { expectVisible, setChecked } from '../support/app';
import { downloadOf, type ChosenFile } from '../support/downloads';

export const RESTORE_CHOICES = {
  keepBoth: 'Keep both: restore a copy beside the one here',
  replace: "Replace the one here with the backup's version",
  skip: "Skip them: keep the one here and leave the backup's out",
} as const;
export type RestoreChoiceKey = keyof typeof RESTORE_CHOICES;

/** Back up and restore: /backup. */
export class BackupPage {
  readonly heading: Locator;
  readonly backupAllButton: Locator;
  readonly chooseButton: Locator;
  /** react-aria's FileTrigger keeps a hidden file input in the page. */
  readonly fileInput: Locator;
  readonly restoreSection: Locator;
  readonly preview: Locator;
  readonly choiceGroup: Locator;
  readonly restoreButton: Locator;
  readonly cancelButton: Locator;
  readonly error: Locator;
  readonly success: Locator;
  readonly lastBackup: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Back up and restore',
    });
    this.backupAllButton = main.getByRole('button', {
      name: 'Download a backup of everything',
    });
    this.restoreSection = main.getByRole('region', {
      name: 'Restore from a backup',
    });
    this.chooseButton = this.restoreSection.getByRole('button', {
      name: 'Choose a backup file',
    });
    this.fileInput = page.locator('input[type="file"]');
    this.preview = this.restoreSection.locator('.restore-preview');
    this.choiceGroup = this.restoreSection.getByRole('radiogroup', {
      name: 'What should happen to the ones already here?',
    });
    this.restoreButton = this.restoreSection.getByRole('button', {
      name: 'Restore',
      exact: true,
    });
    this.cancelButton = this.restoreSection.getByRole('button', {
      name: 'Cancel',
      exact: true,
    });
    this.error = this.restoreSection.getByRole('alert');
    this.success = this.restoreSection
      .getByRole('status')
      .filter({ hasText: /^Restored / });
    this.lastBackup = page.getByTestId('last-backup');
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/backup`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.chooseButton);
  }

  backupOneButton(name: string): Locator {
    return this.page.getByRole('button', {
      name: `Back up the reflection for ${name}`,
    });
  }

  async backupEverything() {
    await expectVisible(this.backupAllButton);
    return downloadOf(this.page, () => this.backupAllButton.click());
  }

  /** Chooses a file in the (hidden) file picker. */
  async chooseFile(file: ChosenFile | string): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  choice(key: RestoreChoiceKey): Locator {
    return this.choiceGroup.getByRole('radio', { name: RESTORE_CHOICES[key] });
  }

  /** The preview's sentence, e.g. "This file holds 2 reflections. …". */
  async previewText(): Promise<string> {
    await expectVisible(this.preview);
    return ((await this.preview.locator('p').first().textContent()) ?? '')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** Restores what is previewed, with a choice if one is offered. */
  async restore(choice?: RestoreChoiceKey): Promise<string> {
    if (choice) await setChecked(this.choice(choice));
    await this.restoreButton.click();
    await expectVisible(this.success);
    return ((await this.success.textContent()) ?? '').trim();
  }
}
