/** Files the app downloads, and files handed to its file pickers. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

/** A file to hand to `setInputFiles`. */
export type ChosenFile = { name: string; mimeType: string; buffer: Buffer };

export type Downloaded = { name: string; bytes: Buffer; path: string };

/** Does `click` and returns the file the browser downloaded because of it. */
export async function downloadOf(
  page: Page,
  click: () => Promise<void>,
  timeout = 20_000,
): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout }),
    click(),
  ]);
  const failure = await download.failure();
  if (failure) throw new Error(`The download failed: ${failure}`);
  const path = await download.path();
  return {
    name: download.suggestedFilename(),
    bytes: await readFile(path),
    path,
  };
}

/** A JSON file to choose, from text or from a value. */
export function jsonFile(name: string, content: string | unknown): ChosenFile {
  return {
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(
      typeof content === 'string' ? content : JSON.stringify(content),
    ),
  };
}
