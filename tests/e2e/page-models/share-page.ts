import type { Locator, Page } from 'playwright-core';
import { expectVisible, setChecked } from '../support/app';
import { downloadFrom } from '../support/packs';

export type ShareOptions = {
  /** Level names to leave out (all the reflection's levels start ticked). */
  leaveOutLevels?: string[];
  /** Both start ticked. */
  evidence?: boolean;
  actions?: boolean;
  passphrase?: string;
  /** Defaults to the passphrase. */
  passphraseAgain?: string;
  /** The form will refuse: do not wait for the summary. */
  expectErrors?: boolean;
};

/** Share for review by young people: /r/:id/share. */
export class SharePage {
  readonly heading: Locator;
  readonly levels: Locator;
  readonly extras: Locator;
  readonly evidence: Locator;
  readonly actions: Locator;
  readonly passphrase: Locator;
  readonly passphraseAgain: Locator;
  readonly createButton: Locator;
  readonly errorSummary: Locator;
  readonly ready: Locator;
  readonly readyMessage: Locator;
  readonly protectedMessage: Locator;
  readonly fileButton: Locator;
  readonly link: Locator;
  readonly copyButton: Locator;
  readonly qrImage: Locator;
  readonly qrTooBig: Locator;
  readonly remakeButton: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', {
      level: 1,
      name: 'Share for review by young people',
    });
    this.levels = main.getByRole('group', { name: 'Levels to include' });
    this.extras = main.getByRole('group', { name: 'Also include' });
    this.evidence = this.extras.getByRole('checkbox', {
      name: /^Evidence and examples/,
    });
    this.actions = this.extras.getByRole('checkbox', {
      name: /^Your action plan/,
    });
    // Password fields have no ARIA role, so they are found by their label.
    this.passphrase = main.getByLabel('Passphrase', { exact: true });
    this.passphraseAgain = main.getByLabel('Type the passphrase again', {
      exact: true,
    });
    this.createButton = main.getByRole('button', {
      name: 'Create the summary',
    });
    this.errorSummary = main.getByRole('alert').filter({
      has: page.getByRole('heading', { name: 'There is a problem' }),
    });
    this.ready = main.getByRole('region', { name: 'Share it' });
    this.readyMessage = this.ready.getByText(/^Your summary is ready\./);
    this.protectedMessage = this.ready.getByText(
      'This summary is protected with a passphrase.',
    );
    this.fileButton = this.ready.getByRole('button', {
      name: /^(Share|Download) the file$/,
    });
    this.link = this.ready.getByRole('textbox', {
      name: 'Link to the summary',
    });
    this.copyButton = this.ready.getByRole('button', { name: 'Copy the link' });
    this.qrImage = this.ready.getByRole('img', {
      name: 'QR code of the link to the summary',
    });
    this.qrTooBig = this.ready.getByText(
      /^This summary is too big for a QR code\./,
    );
    this.remakeButton = this.ready.getByRole('button', {
      name: 'Change what is shared',
    });
  }

  async goto(reflectionId: string): Promise<void> {
    await this.page.goto(`${this.baseUrl}/r/${reflectionId}/share`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expectVisible(this.heading);
    await expectVisible(this.createButton);
  }

  levelCheckbox(name: string): Locator {
    return this.levels.getByRole('checkbox', { name, exact: true });
  }

  /** Fills the form with the mouse and creates the summary. */
  async create(options: ShareOptions = {}): Promise<void> {
    for (const level of options.leaveOutLevels ?? []) {
      await setChecked(this.levelCheckbox(level), false);
    }
    if (options.evidence === false) await setChecked(this.evidence, false);
    if (options.actions === false) await setChecked(this.actions, false);
    if (options.passphrase) {
      await this.passphrase.fill(options.passphrase);
      await this.passphraseAgain.fill(
        options.passphraseAgain ?? options.passphrase,
      );
    }
    await this.createButton.click();
    if (!options.expectErrors) await this.waitForPack();
  }

  /** The summary is made: the link is there. */
  async waitForPack(): Promise<void> {
    await expectVisible(this.readyMessage, 30_000);
    await expectVisible(this.link);
  }

  linkText(): Promise<string> {
    return this.link.inputValue();
  }

  /** Downloads the file (headless Chromium has no share sheet for files). */
  download(): Promise<{ name: string; bytes: Uint8Array; path: string }> {
    return downloadFrom(this.page, () => this.fileButton.click());
  }

  /** The QR code's image, once drawn, as a data: URL. */
  async qrDataUrl(): Promise<string> {
    await expectVisible(this.qrImage);
    return (await this.qrImage.getAttribute('src')) ?? '';
  }
}
