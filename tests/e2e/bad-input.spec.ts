/**
 * When things go wrong the app says so plainly and keeps working: a
 * reflection deleted in another tab, and text over the length limit.
 */
import { describe, expect, it } from 'vitest';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import {
  expectVisible,
  poll,
  storedReflection,
  watchErrors,
} from './support/app';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

describe('bad input and conflicts', () => {
  it('explains, without crashing, when the reflection was deleted in another tab', async () => {
    const context = await suite.newContext();
    const pageA = await context.newPage();
    const { errors } = watchErrors(pageA);
    const ORG = 'Two Tabs Trust';
    const id = await seedReflection(
      pageA,
      suite.baseUrl,
      { organisationName: ORG },
      [
        {
          cellId: 'service.space',
          rating: 'Starting',
          evidence: 'Saved first.',
        },
      ],
    );
    const reflectA = new ReflectPage(pageA, suite.baseUrl);

    // Page B deletes the reflection from Home.
    const pageB = await context.newPage();
    const homeB = new HomePage(pageB, suite.baseUrl);
    await homeB.goto();
    await homeB.deleteReflection(ORG);
    expect(await homeB.cardTitles()).toEqual([]);
    expect(await storedReflection(pageA, id)).toBeNull();

    // Page A still shows the question; typing there cannot be saved, and
    // the app says why.
    await reflectA.evidence.click({ timeout: 5_000 });
    await pageA.keyboard.press('End');
    await pageA.keyboard.type(' Then typed after the delete.', { delay: 15 });
    await poll(
      async () => (await reflectA.alert().allTextContents()).join(' | '),
      'an alert should say the reflection is no longer on this device',
    ).toEqual(expect.stringContaining('no longer on this device'));
    await poll(() => reflectA.saveStatus.textContent()).toBe('Not saved');

    // Nothing crashed: same screen, what was typed is still on screen.
    await expectVisible(
      pageA.getByRole('heading', { level: 1, name: 'Service: Space' }),
    );
    expect(await reflectA.evidence.inputValue()).toBe(
      'Saved first. Then typed after the delete.',
    );
    expect(
      await pageA
        .getByRole('heading', { name: 'Sorry, something went wrong' })
        .count(),
    ).toBe(0);
    expect(errors).toEqual([]);
  });

  it('keeps over-long Evidence on screen with a message, and keeps the last valid text saved', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Long Text Council',
      organisationType: 'Local council',
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    const valid = 'Short, valid evidence.';
    await reflect.evidence.fill(valid);
    await reflect.waitForSaved();

    const tooLong = `${valid} ${'x'.repeat(4_000)}`;
    await reflect.evidence.fill(tooLong);
    const message = reflect.tooLongMessage();
    await expectVisible(message);
    expect(await message.textContent()).toMatch(
      /^This is 4,?023 characters\. Keep it to 4,?000 or fewer; shorten it and it will be saved\.$/,
    );
    expect(await reflect.evidence.getAttribute('aria-invalid')).toBe('true');
    // The message is tied to the field for screen readers.
    const describedBy =
      (await reflect.evidence.getAttribute('aria-describedby')) ?? '';
    const messageId = await message.getAttribute('id');
    expect(messageId).toBeTruthy();
    expect(describedBy.split(/\s+/)).toContain(messageId);
    // What was typed stays on screen.
    expect(await reflect.evidence.inputValue()).toBe(tooLong);

    // After a reload the last valid text is what was kept.
    await page.reload();
    await reflect.waitUntilReady('Service: Space');
    expect(reflect.location().reflectionId).toBe(id);
    expect(await reflect.evidence.inputValue()).toBe(valid);
    expect(await reflect.tooLongMessage().count()).toBe(0);

    // Exactly at the limit is fine, and is saved.
    const atLimit = 'y'.repeat(4_000);
    await reflect.evidence.fill(atLimit);
    await reflect.waitForSaved();
    expect(await reflect.tooLongMessage().count()).toBe(0);
    await page.reload();
    await reflect.waitUntilReady('Service: Space');
    expect(await reflect.evidence.inputValue()).toBe(atLimit);
    expect(errors).toEqual([]);
  });
});
