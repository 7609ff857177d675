import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expectVisible } from '../support/app';
import type { FilePayload } from '../support/packs';

/** Open a shared summary or review: /open (links land here too). */
export class OpenPage {
  readonly heading: Locator;
  readonly chooseFilesButton: Locator;
  /** react-aria's FileTrigger keeps a hidden file input in the page. */
  readonly fileInput: Locator;
  readonly passphraseForm: Locator;
  readonly passphrase: Locator;
  readonly passphraseSubmit: Locator;
  readonly wrongPassphrase: Locator;
  readonly results: Locator;
  readonly busy: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Open a shared summary or review',
    });
    this.chooseFilesButton = main.getByRole('button', { name: 'Choose files' });
    this.fileInput = page.locator('input[type="file"]');
    this.passphraseForm = main.getByRole('form', {
      name: 'This is protected with a passphrase',
    });
    this.passphrase = this.passphraseForm.getByLabel('Passphrase', {
      exact: true,
    });
    this.passphraseSubmit = this.passphraseForm.getByRole('button', {
      name: 'Open',
      exact: true,
    });
    this.wrongPassphrase = this.passphraseForm.getByText(
      /^The passphrase is wrong, or the file was changed after it was made\./,
    );
    this.results = main.getByRole('region', { name: 'What was opened' });
    this.busy = main.getByRole('status').filter({ hasText: /^Loading/ });
  }

  async goto(): Promise<void> {
    await this.page.goto(`${this.baseUrl}/open`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.chooseFilesButton);
  }

  /** Opens a link the way a person does: it is the address of a new page. */
  async openLink(link: string): Promise<void> {
    // From /open itself, going to /open#pack=… only changes the fragment,
    // which loads nothing; a link tapped in another app loads the page.
    const here = new URL(this.page.url());
    const there = new URL(link);
    if (here.origin === there.origin && here.pathname === there.pathname) {
      await this.page.goto('about:blank');
    }
    await this.page.goto(link);
  }

  /** Chooses files in the file picker. */
  async openFiles(files: (FilePayload | string)[]): Promise<void> {
    // Playwright takes paths or buffers, not both: read paths into buffers.
    const payloads = await Promise.all(
      files.map(async (file) =>
        typeof file === 'string'
          ? {
              name: path.basename(file),
              mimeType: 'application/octet-stream',
              buffer: await readFile(file),
            }
          : file,
      ),
    );
    await this.fileInput.setInputFiles(payloads);
  }

  /** The messages about what was opened, newest first. */
  async outcomes(): Promise<string[]> {
    if ((await this.results.count()) === 0) return [];
    // Each notice's paragraphs (the message, then any link), space-joined.
    return this.results
      .locator('.vi-notice')
      .evaluateAll((notices) =>
        notices.map((n) =>
          [...n.querySelectorAll('p')]
            .map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim())
            .join(' '),
        ),
      );
  }

  /** Waits until `count` messages about what was opened are shown. */
  async waitForOutcomes(count: number): Promise<string[]> {
    await expectVisible(this.results.locator('.vi-notice').nth(count - 1));
    return this.outcomes();
  }

  async enterPassphrase(passphrase: string): Promise<void> {
    await this.passphrase.fill(passphrase);
    await this.passphraseSubmit.click();
  }
}
