/**
 * Layout at small screens, on a touch tablet and at 200% zoom:
 *
 * - No screen scrolls sideways (WCAG 1.4.10 Reflow). Wide tables sit in a
 *   scrollable `.table-wrap` region and may scroll inside it.
 * - On the touch tablet every visible interactive element is at least
 *   44 × 44 CSS px. Visually hidden radio and checkbox inputs are measured by
 *   the label that wraps them (the label is what a finger presses). Links in
 *   running text are exempt, as in WCAG 2.5.8's "inline" exception: a link
 *   is treated as inline when it is display: inline and the block around it
 *   has other words in it; each exemption is listed in the failure message.
 *
 * 200% zoom: browser zoom doubles the size of a CSS pixel, so a 1280 × 800
 * window at 200% lays out exactly like a 640 × 400 CSS-pixel viewport. That
 * is what is emulated here (deviceScaleFactor 2 only keeps the rendering
 * sharp; it does not change layout). CDP Emulation.setPageScaleFactor was
 * not used: it is pinch-zoom, which magnifies the visual viewport without
 * reflowing the page, so it cannot show a reflow failure.
 */
import type {
  BrowserContext,
  BrowserContextOptions,
  Page,
} from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CheckPage } from './page-models/check-page';
import { HomePage } from './page-models/home-page';
import { ReflectPage } from './page-models/reflect-page';
import { ResultsPage } from './page-models/results-page';
import { SetupPage } from './page-models/setup-page';
import { expectVisible } from './support/app';
import { DEFAULT_CONTEXT } from './support/browser';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();
const ORG = 'NHS Anytown and District Integrated Care Board';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;
let seeded: StorageState;
let reflectionId = '';

type Setting = {
  name: string;
  options: BrowserContextOptions;
  checkTargets: boolean;
};

const SETTINGS: Setting[] = [
  {
    name: 'small phone, 320 × 640',
    options: { viewport: { width: 320, height: 640 } },
    checkTargets: false,
  },
  {
    name: 'touch tablet, 1024 × 768',
    options: { viewport: { width: 1024, height: 768 }, hasTouch: true },
    checkTargets: true,
  },
  {
    name: '200% zoom (640 × 400 CSS px at 2×)',
    options: { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
    checkTargets: false,
  },
];

/** Each screen in the state to measure, reached from a fresh page. */
const SCREENS: { name: string; open: (page: Page) => Promise<void> }[] = [
  {
    name: 'Home',
    open: async (page) => {
      const home = new HomePage(page, suite.baseUrl);
      await home.goto();
      await expectVisible(home.card(ORG));
    },
  },
  {
    name: 'Home, delete dialog open',
    open: async (page) => {
      const home = new HomePage(page, suite.baseUrl);
      await home.goto();
      await home.deleteButton(ORG).click();
      await expectVisible(home.keepButton);
    },
  },
  {
    name: 'Set up, with errors',
    open: async (page) => {
      const setup = new SetupPage(page, suite.baseUrl);
      await setup.goto();
      await setup.submit.click();
      await expectVisible(setup.errorSummary);
    },
  },
  {
    name: 'Reflect, with an action and the question list open',
    open: async (page) => {
      const reflect = new ReflectPage(page, suite.baseUrl);
      await reflect.goto(reflectionId, 'service.space');
      await expectVisible(reflect.action(1).text);
      await reflect.jumpToggle.click();
      await expectVisible(reflect.jumpNav.getByRole('list').first());
    },
  },
  {
    name: 'Check your answers',
    open: async (page) => {
      await new CheckPage(page, suite.baseUrl).goto(reflectionId);
    },
  },
  {
    name: 'Results',
    open: async (page) => {
      const results = new ResultsPage(page, suite.baseUrl);
      await results.goto(reflectionId);
      await expectVisible(results.actionsTable);
    },
  },
  {
    name: 'A reflection that is not on this device',
    open: async (page) => {
      await page.goto(`${suite.baseUrl}/r/does-not-exist/reflect`);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Reflection not found' }),
      );
    },
  },
  {
    name: 'Page not found',
    open: async (page) => {
      await page.goto(`${suite.baseUrl}/not-a-page`);
      await expectVisible(
        page.getByRole('heading', { level: 1, name: 'Page not found' }),
      );
    },
  },
];

type Measure = {
  pageWidth: number;
  viewportWidth: number;
  /** Elements wider than the viewport, outside a scrollable region. */
  overflowing: string[];
  small: string[];
  exempt: string[];
};

/** Measures the page in the browser: sideways scroll and target sizes. */
function measure(page: Page): Promise<Measure> {
  return page.evaluate(() => {
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        '';
      return `<${el.tagName.toLowerCase()}${
        el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''
      }> "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    };
    const viewportWidth = window.innerWidth;
    const overflowing = [...document.querySelectorAll('body *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        if (r.right <= viewportWidth + 1 || r.width === 0) return false;
        return !el.closest('.table-wrap');
      })
      .slice(0, 10)
      .map(
        (el) =>
          `${describe(el)} right edge at ${Math.round(el.getBoundingClientRect().right)}px`,
      );

    const hasWordsOutside = (link: Element) => {
      let block: Element | null = link.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) {
        block = block.parentElement;
      }
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      const index = [...block.querySelectorAll('a')].indexOf(
        link as HTMLAnchorElement,
      );
      copy.querySelectorAll('a')[index]?.remove();
      copy
        .querySelectorAll('[aria-hidden="true"], .visually-hidden')
        .forEach((e) => e.remove());
      return /\p{L}/u.test(copy.textContent ?? '');
    };

    // Screen-reader-only controls (such as react-aria's hidden "Dismiss"
    // button in a dialog) are not pointer targets.
    const visuallyHidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (
          style.clipPath === 'inset(50%)' ||
          style.clip === 'rect(0px, 0px, 0px, 0px)'
        )
          return true;
      }
      return false;
    };

    const small: string[] = [];
    const exempt: string[] = [];
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll(selector)) {
      if (el.matches('[type="hidden"], [disabled]')) continue;
      const isChoice = el.matches(
        'input[type="radio"], input[type="checkbox"]',
      );
      const target = isChoice ? (el.closest('label') ?? el) : el;
      if (
        !target.checkVisibility({
          checkOpacity: true,
          checkVisibilityCSS: true,
        })
      )
        continue;
      const r = target.getBoundingClientRect();
      // The skip link sits above the page until it is focused.
      if (r.bottom <= 0 || r.width === 0 || r.height === 0) continue;
      if (target === el && visuallyHidden(el)) continue;
      if (
        el.matches('a') &&
        getComputedStyle(el).display === 'inline' &&
        hasWordsOutside(el)
      ) {
        exempt.push(describe(el));
        continue;
      }
      if (r.width < 44 - 0.5 || r.height < 44 - 0.5) {
        small.push(
          `${describe(el)} is ${Math.round(r.width)} × ${Math.round(r.height)}`,
        );
      }
    }
    return {
      pageWidth: document.documentElement.scrollWidth,
      viewportWidth,
      overflowing,
      small,
      exempt,
    };
  });
}

beforeAll(async () => {
  // Seed once, then copy the device's storage into each setting's context.
  const context = await suite.browser.newContext(DEFAULT_CONTEXT);
  const page = await context.newPage();
  reflectionId = await seedReflection(
    page,
    suite.baseUrl,
    {
      organisationName: ORG,
      area: 'Anytown and District',
      levels: ['service', 'system'],
    },
    [
      {
        cellId: 'service.space',
        rating: 'Established',
        evidence:
          'Youth forum minutes, January to June; the waiting room was redesigned with young people.',
        action: {
          text: 'Invite the youth forum to co-chair the service review with the head of service',
          owner: 'Head of children’s services',
        },
      },
      { cellId: 'service.voice', rating: 'Not yet' },
      { cellId: 'system.embedding', rating: "Don't know" },
    ],
  );
  seeded = await context.storageState({ indexedDB: true });
  await context.close();
});

describe.each(SETTINGS)('layout: $name', ({ options, checkTargets }) => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await suite.browser.newContext({
      ...DEFAULT_CONTEXT,
      ...options,
      storageState: seeded,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
  });

  it.each(SCREENS)('$name', async ({ name, open }) => {
    await open(page);
    const m = await measure(page);
    expect(
      m.pageWidth,
      `${name} scrolls sideways: the page is ${m.pageWidth}px wide in a ` +
        `${m.viewportWidth}px viewport. Too wide:\n  ${m.overflowing.join('\n  ')}`,
    ).toBeLessThanOrEqual(m.viewportWidth + 1);
    if (checkTargets) {
      expect(
        m.small,
        `Targets smaller than 44 × 44 on ${name}:\n  ${m.small.join('\n  ')}` +
          `\n(Exempt as links in running text:\n  ${m.exempt.join('\n  ')})`,
      ).toEqual([]);
    }
  });
});
