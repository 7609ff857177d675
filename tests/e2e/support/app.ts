/**
 * Helpers shared by the specs: waiting for the service worker, collecting
 * page errors, keyboard navigation and small web-first assertions (Vitest's
 * expect does not wait, so these poll the page until a condition holds).
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long a condition in the page may take to come true. */
export const WAIT_MS = 15_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Polls `fn` until its value passes the assertion, for up to WAIT_MS, then
 * fails with the last assertion error. Like expect.poll, but it also works in
 * hooks, and a throwing `fn` (say, mid-navigation) just means "not yet".
 */
export function poll<T>(fn: () => Promise<T> | T, message?: string) {
  const run = async (check: (value: T) => void): Promise<void> => {
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      try {
        check(await fn());
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
      }
      await sleep(50);
    }
  };
  return {
    toBe: (expected: T) => run((v) => expect(v, message).toBe(expected)),
    toEqual: (expected: T) => run((v) => expect(v, message).toEqual(expected)),
    toBeUndefined: () => run((v) => expect(v, message).toBeUndefined()),
    toBeNull: () => run((v) => expect(v, message).toBeNull()),
  };
}

/** Waits until the locator is visible, failing with a clear message. */
export async function expectVisible(
  locator: Locator,
  timeout = WAIT_MS,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch (error) {
    const seen = await whatIsOnScreen(locator.page());
    throw new Error(`Expected ${locator.toString()} to be visible.\n${seen}`, {
      cause: error,
    });
  }
}

/**
 * What the page showed when a wait failed: its address, its text and
 * whether a service worker controls it, so a failure in CI explains itself.
 */
async function whatIsOnScreen(page: Page): Promise<string> {
  try {
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker
        ?.getRegistration()
        .catch(() => undefined);
      const worker = (w: ServiceWorker | null | undefined) =>
        w ? w.state : 'none';
      return {
        url: location.href,
        controlled: Boolean(navigator.serviceWorker?.controller),
        workers: registration
          ? `installing ${worker(registration.installing)}, waiting ${worker(registration.waiting)}, active ${worker(registration.active)}`
          : 'no registration',
        text: document.body.innerText.replace(/\s+/g, ' ').slice(0, 400),
      };
    });
    return `On screen at ${state.url} (service worker ${state.controlled ? 'in control' : 'not in control'}; ${state.workers}): ${state.text}`;
  } catch (error) {
    return `The page could not be read: ${String(error)}`;
  }
}

export async function expectHidden(
  locator: Locator,
  timeout = WAIT_MS,
): Promise<void> {
  try {
    await locator.first().waitFor({ state: 'hidden', timeout });
  } catch (error) {
    throw new Error(`Expected ${locator.toString()} to be hidden.`, {
      cause: error,
    });
  }
}

export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el === document.activeElement);
}

/** Waits until the locator holds the keyboard focus. */
export async function expectFocused(
  locator: Locator,
  timeout = 5_000,
): Promise<void> {
  const page = locator.page();
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (await isFocused(locator).catch(() => false)) return;
    await sleep(25);
  }
  throw new Error(
    `Expected ${locator.toString()} to have focus, but focus is on ` +
      `${await describeFocus(page)}.`,
  );
}

/** A short description of whatever has focus, for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body>';
    const label =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent ??
      '';
    return `<${el.tagName.toLowerCase()}${
      el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''
    }> "${label.trim().slice(0, 60)}"`;
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, the way a keyboard
 * user would. Fails if it is not reached within `max` presses, which also
 * catches keyboard traps and elements left out of the tab order.
 */
export async function tabTo(
  page: Page,
  target: Locator,
  { backwards = false, max = 60 } = {},
): Promise<number> {
  const key = backwards ? 'Shift+Tab' : 'Tab';
  const seen: string[] = [];
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(key);
    if (await isFocused(target).catch(() => false)) return presses;
    seen.push(await describeFocus(page));
  }
  throw new Error(
    `${target.toString()} was not reached with ${max} presses of ${key}. ` +
      `Focus went through:\n  ${seen.join('\n  ')}`,
  );
}

/**
 * Ticks or unticks a visually hidden radio or checkbox the way a finger
 * does: by pressing its label, once the label is visible and still. (A
 * forced click on the hidden input goes to where the input was when it was
 * measured, so a message appearing above it makes the click land elsewhere.)
 */
export async function setChecked(
  input: Locator,
  checked = true,
): Promise<void> {
  if ((await input.isChecked()) === checked) return;
  await input.locator('xpath=ancestor::label[1]').click();
  await poll(
    () => input.isChecked(),
    `${input.toString()} should be ${checked ? 'checked' : 'unchecked'}`,
  ).toBe(checked);
}

/** Collects uncaught exceptions and console errors from a page. */
export function watchErrors(page: Page): {
  errors: string[];
  consoleErrors: string[];
} {
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  return { errors, consoleErrors };
}

/**
 * Waits until a service worker controls the page. On a first visit the new
 * worker activates but does not claim the open page (registerType 'prompt',
 * no clients.claim), so the page is reloaded once, as a returning user would.
 */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const controlled = () =>
    page.evaluate(() => navigator.serviceWorker.controller !== null);
  if (!(await controlled())) {
    await page.reload();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
  }
  await poll(controlled, 'a service worker should control the page').toBe(true);
}

/** Reads the value of a form control through the DOM. */
export function valueOf(locator: Locator): Promise<string> {
  return locator.inputValue();
}

/** Every cell of a table as trimmed text, row by row (header row first). */
export function tableText(table: Locator): Promise<string[][]> {
  return table.evaluate((el) =>
    [...(el as HTMLTableElement).rows].map((row) =>
      [...row.cells].map((cell) =>
        (cell.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ),
    ),
  );
}

/** The text in row `rowName`, column `columnName` of a table. */
export async function tableCell(
  table: Locator,
  rowName: string,
  columnName: string,
): Promise<string | undefined> {
  const rows = await tableText(table);
  const header = rows[0] ?? [];
  const column = header.indexOf(columnName);
  const row = rows.find((r) => r[0] === rowName);
  if (column < 0 || !row) return undefined;
  return row[column];
}

/**
 * Reads one reflection straight from the app's IndexedDB database, for
 * waiting on writes that have no visible sign (such as the remembered
 * position). Resolves to null if it is not there.
 */
export function storedReflection(
  page: Page,
  id: string,
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    (reflectionId) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('voice-and-influence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db
            .transaction('reflections')
            .objectStore('reflections')
            .get(reflectionId);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as Record<string, unknown>) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    id,
  );
}

/** The app's tables that the Champion review feature reads or writes. */
export const STORES = [
  'reflections',
  'answers',
  'actions',
  'reviews',
  'reviewSessions',
] as const;
export type StoreCounts = Record<(typeof STORES)[number], number>;

/**
 * How many rows each table holds, straight from IndexedDB. A database that
 * does not exist yet counts as empty (it is not created by asking).
 */
export function storeCounts(page: Page): Promise<StoreCounts> {
  return page.evaluate(
    async (stores) => {
      const zero = Object.fromEntries(stores.map((s) => [s, 0]));
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (!names.includes('voice-and-influence')) return zero;
      return new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('voice-and-influence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const present = stores.filter((s) => db.objectStoreNames.contains(s));
          if (present.length === 0) {
            db.close();
            resolve(zero);
            return;
          }
          const tx = db.transaction(present);
          const counts: Record<string, number> = { ...zero };
          for (const store of present) {
            const request = tx.objectStore(store).count();
            request.onsuccess = () => {
              counts[store] = request.result;
            };
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    [...STORES],
  ) as Promise<StoreCounts>;
}

/**
 * Everything a person (or a script in the page) could read on the page: the
 * markup, what is typed in every field, the title and the address. For
 * checking that some text is nowhere on the page.
 */
export function pageContent(page: Page): Promise<string> {
  return page.evaluate(() =>
    [
      location.href,
      document.title,
      document.documentElement.outerHTML,
      ...[...document.querySelectorAll('input, textarea, select')].map(
        (el) => (el as HTMLInputElement).value,
      ),
    ].join('\n'),
  );
}

/**
 * Every row of every table in the app's database, and localStorage, as one
 * JSON text: for checking that some text was never stored on a device.
 */
export function storedContent(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const local = JSON.stringify({ ...localStorage });
    const names = (await indexedDB.databases()).map((d) => d.name);
    if (!names.includes('voice-and-influence')) return local;
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('voice-and-influence');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const stores = [...db.objectStoreNames];
        if (stores.length === 0) {
          db.close();
          resolve([]);
          return;
        }
        const tx = db.transaction(stores);
        const all: unknown[] = [];
        for (const store of stores) {
          const request = tx.objectStore(store).getAll();
          request.onsuccess = () => all.push({ store, rows: request.result });
        }
        tx.oncomplete = () => {
          db.close();
          resolve(all);
        };
        tx.onerror = () => reject(tx.error);
      };
    });
    return `${local}\n${JSON.stringify(rows)}`;
  });
}

/** One row of one of the app's tables by its key, or null. */
export function storedRow(
  page: Page,
  store: (typeof STORES)[number],
  key: string,
): Promise<Record<string, unknown> | null> {
  return page.evaluate(
    ([storeName, id]) =>
      new Promise<Record<string, unknown> | null>((resolve, reject) => {
        const open = indexedDB.open('voice-and-influence');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction(storeName).objectStore(storeName).get(id);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as Record<string, unknown>) ?? null);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    [store, key] as const,
  );
}
