/**
 * Typing a date into a native `<input type="date">` with the keyboard. The
 * order of its parts (day, month, year) follows the browser's own locale,
 * not the page's, so it is found once by typing into a scratch field in a
 * blank page of the same browser context.
 */
import type { BrowserContext, Page } from 'playwright-core';

type Order = 'dmy' | 'mdy' | 'ymd';

const orders = new WeakMap<BrowserContext, Order>();

async function orderOf(context: BrowserContext): Promise<Order> {
  const known = orders.get(context);
  if (known) return known;
  const scratch = await context.newPage();
  try {
    await scratch.setContent('<input type="date" aria-label="probe">');
    await scratch.getByLabel('probe').focus();
    // 01, 02, 2003 in each order gives a different value.
    await scratch.keyboard.type('01022003');
    const value = await scratch.getByLabel('probe').inputValue();
    const order: Order =
      value === '2003-02-01' ? 'dmy' : value === '2003-01-02' ? 'mdy' : 'ymd';
    orders.set(context, order);
    return order;
  } finally {
    await scratch.close();
  }
}

/** Types `iso` (yyyy-mm-dd) into the focused date field, part by part. */
export async function typeDate(page: Page, iso: string): Promise<void> {
  const [year, month, day] = iso.split('-') as [string, string, string];
  const order = await orderOf(page.context());
  const keys =
    order === 'dmy'
      ? day + month + year
      : order === 'mdy'
        ? month + day + year
        : year + month + day;
  await page.bringToFront();
  await page.keyboard.type(keys);
}
