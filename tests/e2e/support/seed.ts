/** Quick ways (mouse and fill) to put a reflection on the device. */
import type { Page } from 'playwright-core';
import { ReflectPage, type RatingLabel } from '../page-models/reflect-page';
import { SetupPage, type SetupDetails } from '../page-models/setup-page';

export type SeedAnswer = {
  /** e.g. 'service.space' */
  cellId: string;
  rating?: RatingLabel;
  evidence?: string;
  action?: { text: string; owner?: string };
};

/**
 * Creates a reflection through Set up and answers some questions through
 * the Reflect screen. Returns the reflection's id; leaves the page on the
 * last question answered (or the first question).
 */
export async function seedReflection(
  page: Page,
  baseUrl: string,
  details: SetupDetails,
  answers: SeedAnswer[] = [],
): Promise<string> {
  const setup = new SetupPage(page, baseUrl);
  await setup.goto();
  await setup.create(details);
  const reflect = new ReflectPage(page, baseUrl);
  await reflect.waitUntilReady();
  const { reflectionId } = reflect.location();
  for (const answer of answers) {
    if (reflect.location().cellId !== answer.cellId) {
      await reflect.goto(reflectionId, answer.cellId);
    }
    if (answer.rating) await reflect.rate(answer.rating);
    if (answer.evidence !== undefined) {
      await reflect.evidence.fill(answer.evidence);
      await reflect.waitForSaved();
    }
    if (answer.action) {
      await reflect.addAction(answer.action.text, answer.action.owner);
    }
  }
  return reflectionId;
}

/**
 * Writes Private notes on some questions of a reflection through the Reflect
 * screen (the mouse and fill), waiting until each is saved.
 */
export async function writePrivateNotes(
  page: Page,
  baseUrl: string,
  reflectionId: string,
  notes: { cellId: string; text: string }[],
): Promise<void> {
  const reflect = new ReflectPage(page, baseUrl);
  for (const note of notes) {
    await reflect.goto(reflectionId, note.cellId);
    await reflect.privateNotes.fill(note.text);
    await reflect.waitForSaved();
  }
}
