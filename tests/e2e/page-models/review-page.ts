import type { Locator, Page } from 'playwright-core';
import { expectVisible, poll } from '../support/app';
import { downloadFrom } from '../support/packs';

export const VERDICTS = [
  'Yes, it matches',
  'Not sure',
  'No, it does not match',
] as const;
export type VerdictLabel = (typeof VERDICTS)[number];

export const REVIEW_RATINGS = [
  'Not yet',
  'Starting',
  'Developing',
  'Established',
  'Leading',
  "Don't know",
] as const;
export type ReviewRatingLabel = (typeof REVIEW_RATINGS)[number];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A Champion's review: /review/:sessionId/:step. */
export class ReviewPage {
  readonly main: Locator;
  readonly heading: Locator;
  readonly pager: Locator;
  readonly startLink: Locator;
  readonly resumeLink: Locator;
  readonly nextLink: Locator;
  readonly backLink: Locator;
  readonly finishLink: Locator;
  readonly progress: Locator;
  readonly verdictGroup: Locator;
  readonly ratingGroup: Locator;
  readonly comment: Locator;
  readonly prioritiesGroup: Locator;
  readonly prioritiesStatus: Locator;
  readonly missing: Locator;
  readonly name: Locator;
  readonly fileButton: Locator;
  readonly link: Locator;
  readonly qrImage: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.main = main;
    this.heading = main.getByRole('heading', { level: 1 });
    this.pager = main.getByRole('navigation', { name: 'Your progress' });
    this.startLink = this.pager.getByRole('link', {
      name: 'Start',
      exact: true,
    });
    this.resumeLink = this.pager.getByRole('link', {
      name: 'Carry on where you left off',
    });
    this.nextLink = this.pager.getByRole('link', { name: 'Next', exact: true });
    this.backLink = this.pager.getByRole('link', { name: 'Back', exact: true });
    this.finishLink = this.pager.getByRole('link', {
      name: 'Finish',
      exact: true,
    });
    this.progress = main.getByRole('progressbar', { name: 'Your progress' });
    this.verdictGroup = main.getByRole('radiogroup', {
      name: 'Does this match what you see?',
    });
    this.ratingGroup = main.getByRole('radiogroup', {
      name: 'How would you rate it? (optional)',
    });
    this.comment = main.getByRole('textbox', {
      name: 'Anything you want to tell them? (optional)',
    });
    this.prioritiesGroup = main.getByRole('group', {
      name: 'Choose up to three things that matter most to you.',
    });
    this.prioritiesStatus = main.locator('.review__count');
    this.missing = main.getByRole('textbox', {
      name: 'Is there anything they have not thought about? (optional)',
    });
    this.name = main.getByRole('textbox', { name: 'Your name or initials' });
    this.fileButton = main.getByRole('button', {
      name: /^(Share|Download) the file$/,
    });
    this.link = main.getByRole('textbox', { name: 'Link to your review' });
    this.qrImage = main.getByRole('img', {
      name: 'QR code of the link to your review',
    });
  }

  /** The session id and step from the address. */
  location(): { sessionId: string; step: string } {
    const match = /\/review\/([^/]+)\/([^/?#]+)$/.exec(
      new URL(this.page.url()).pathname,
    );
    if (!match) throw new Error(`Not on a review screen: ${this.page.url()}`);
    return { sessionId: match[1]!, step: match[2]! };
  }

  async goto(sessionId: string, step?: string): Promise<void> {
    await this.page.goto(
      `${this.baseUrl}/review/${sessionId}${step ? `/${step}` : ''}`,
    );
  }

  /** Waits for a screen by its h1 (exact text). */
  async waitForScreen(title: string): Promise<void> {
    await expectVisible(
      this.main.getByRole('heading', { level: 1, name: title, exact: true }),
    );
  }

  /** Waits for the start screen of a review of `organisation`. */
  async waitForStart(organisation: string): Promise<void> {
    await this.waitForScreen(`Check what ${organisation} said`);
    await expectVisible(this.pager.getByRole('link').first());
  }

  /** Waits for the screen of one shared question, e.g. 'Service: Space'. */
  async waitForCell(title: string): Promise<void> {
    await this.waitForScreen(title);
    await expectVisible(this.verdictGroup);
  }

  verdict(label: VerdictLabel): Locator {
    return this.verdictGroup.getByRole('radio', { name: label, exact: true });
  }

  rating(label: ReviewRatingLabel): Locator {
    return this.ratingGroup.getByRole('radio', {
      name: new RegExp(`^${escape(label)}`),
    });
  }

  priority(cellName: string): Locator {
    return this.prioritiesGroup.getByRole('checkbox', {
      name: new RegExp(`^${escape(cellName)}`),
    });
  }

  /** The visible words of an option: what a finger presses. */
  optionText(group: Locator, label: string): Locator {
    return group.locator('.vi-choice__label').getByText(label, { exact: true });
  }

  async checkedVerdict(): Promise<VerdictLabel | null> {
    for (const label of VERDICTS) {
      if (await this.verdict(label).isChecked()) return label;
    }
    return null;
  }

  async checkedRating(): Promise<ReviewRatingLabel | null> {
    for (const label of REVIEW_RATINGS) {
      if (await this.rating(label).isChecked()) return label;
    }
    return null;
  }

  /** Touch: taps the words of a verdict, then waits for it to be chosen. */
  async tapVerdict(label: VerdictLabel): Promise<void> {
    await this.optionText(this.verdictGroup, label).tap();
    await poll(() => this.verdict(label).isChecked()).toBe(true);
  }

  async tapRating(label: ReviewRatingLabel): Promise<void> {
    await this.optionText(this.ratingGroup, label).tap();
    await poll(() => this.rating(label).isChecked()).toBe(true);
  }

  async tapPriority(cellName: string): Promise<void> {
    await this.optionText(this.prioritiesGroup, cellName).tap();
    await poll(() => this.priority(cellName).isChecked()).toBe(true);
  }

  /** Touch: taps a field, then types into it as an on-screen keyboard does. */
  async tapAndType(field: Locator, text: string): Promise<void> {
    await field.tap();
    await field.fill(text);
  }

  /** Taps Next (or Finish) and waits for the address to change. */
  async tapNext(): Promise<void> {
    const before = this.location().step;
    const link =
      (await this.nextLink.count()) > 0 ? this.nextLink : this.finishLink;
    await link.tap();
    await poll(() => this.location().step !== before).toBe(true);
  }

  /** The hand-back screen: the review is made into a link. */
  async waitForHandBack(): Promise<void> {
    await this.waitForScreen('Send your review back');
    await expectVisible(this.link);
  }

  linkText(): Promise<string> {
    return this.link.inputValue();
  }

  download(): Promise<{ name: string; bytes: Uint8Array; path: string }> {
    return downloadFrom(this.page, () => this.fileButton.click());
  }

  async qrDataUrl(): Promise<string> {
    await expectVisible(this.qrImage);
    return (await this.qrImage.getAttribute('src')) ?? '';
  }
}
