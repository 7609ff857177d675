/**
 * Answers survive closing the browser, and a reload straight after typing.
 */
import { describe, expect, it } from 'vitest';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import {
  expectVisible,
  poll,
  setChecked,
  storedReflection,
} from './support/app';
import { usePersistentProfile } from './support/profile';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Persistent Primary Care Network';
const EVIDENCE =
  'Young people co-wrote the new appointment letter.\nSecond line, kept too.';
const ACTION = 'Repeat the letter review every year';

const profile = usePersistentProfile('profile');

describe('persistence', () => {
  it('keeps every answer after the browser is closed and opened again', async () => {
    let { page } = await profile.open();

    const id = await seedReflection(
      page,
      suite.baseUrl,
      {
        organisationName: ORG,
        organisationType: 'GP practice or primary care network',
        levels: ['individual', 'service'],
      },
      [
        {
          cellId: 'individual.voice',
          rating: 'Not yet',
          evidence: EVIDENCE,
          action: { text: ACTION, owner: 'Practice manager' },
        },
        { cellId: 'service.inclusion', rating: 'Not relevant here' },
      ],
    );
    const reflect = new ReflectPage(page, suite.baseUrl);
    await setChecked(reflect.groupCheckbox(/^Young carers$/));
    await reflect.waitForSaved();

    // Finish on a question without answering it; wait until the position
    // is written (nothing on screen shows that).
    await reflect.goto(id, 'service.audience');
    await poll(async () => (await storedReflection(page, id))?.lastCellId).toBe(
      'service.audience',
    );

    // Close the browser completely, then open it again on the same profile.
    await profile.close();
    ({ page } = await profile.open());

    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    expect(await home.cardTitles()).toEqual([ORG]);
    await expectVisible(home.card(ORG).getByText('2 of 14 answered'));

    // "Continue" resumes at the question the group was on.
    await home.continueLink(ORG).click();
    const again = new ReflectPage(page, suite.baseUrl);
    await again.waitUntilReady('Service: Audience');
    expect(again.location()).toEqual({
      reflectionId: id,
      cellId: 'service.audience',
    });
    expect(await again.checkedRating()).toBeNull();

    await again.goto(id, 'service.inclusion');
    expect(await again.checkedRating()).toBe('Not relevant here');
    expect(await again.groupCheckbox(/^Young carers$/).isChecked()).toBe(true);
    expect(await again.groupCheckbox(/^Disabled$/).isChecked()).toBe(false);

    await again.goto(id, 'individual.voice');
    expect(await again.checkedRating()).toBe('Not yet');
    expect(await again.evidence.inputValue()).toBe(EVIDENCE);
    expect(await again.action(1).text.inputValue()).toBe(ACTION);
    expect(await again.action(1).owner.inputValue()).toBe('Practice manager');

    const results = new ResultsPage(page, suite.baseUrl);
    await results.goto(id);
    expect(await results.rating('Individual', 'Voice')).toBe('Not yet');
    expect(await results.rating('Service', 'Inclusion and equity')).toBe(
      'Not relevant here',
    );
    expect((await results.actions())[0]?.slice(0, 2)).toEqual([
      ACTION,
      'Practice manager',
    ]);
  });

  it('keeps text typed just before an immediate reload', async () => {
    const page = await suite.newPage();
    const id = await seedReflection(page, suite.baseUrl, {
      organisationName: 'Reload Test Council',
      organisationType: 'Local council',
    });
    const reflect = new ReflectPage(page, suite.baseUrl);
    const text = 'Typed and reloaded at once';
    await reflect.evidence.pressSequentially(text);
    // No waiting for "Saved": reload straight away.
    await page.reload();
    await reflect.waitUntilReady('Service: Space');
    expect(reflect.location().reflectionId).toBe(id);
    expect(await reflect.evidence.inputValue()).toBe(text);
  });
});
