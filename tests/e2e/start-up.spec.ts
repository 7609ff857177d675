/**
 * How the built app starts: Home paints once, with its list (its data is
 * read while the code starts), and the storage library runs as it does on
 * any host, not in the debug mode it picks by itself on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { ReflectPage } from './page-models/reflect-page';
import { expectVisible, poll, valueOf } from './support/app';
import { seedReflection } from './support/seed';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

/** What the init scripts below leave on `window`. */
type Probe = {
  __firstPaint?: { hasList: boolean; loading: boolean };
  __createTaskCalls?: number;
};
/** Chromium's async stack tagging; not in TypeScript's DOM types yet. */
type TaskConsole = {
  createTask?: (name: string) => unknown;
};

/** Records what #root held the first time the app drew anything. */
function recordFirstPaint() {
  const probe = window as unknown as Probe;
  const observer = new MutationObserver(() => {
    const root = document.getElementById('root');
    if (!root?.firstChild || probe.__firstPaint) return;
    probe.__firstPaint = {
      hasList: Boolean(
        root.querySelector('[aria-labelledby="reflection-list-title"] h3'),
      ),
      loading: root.querySelector('main [role="status"]') !== null,
    };
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Counts `console.createTask`, which Dexie's debug mode calls per query. */
function countCreateTask() {
  const probe = window as unknown as Probe;
  const tasks = console as unknown as TaskConsole;
  probe.__createTaskCalls = 0;
  const original = tasks.createTask?.bind(console);
  if (!original) return;
  tasks.createTask = (name: string) => {
    probe.__createTaskCalls = (probe.__createTaskCalls ?? 0) + 1;
    return original(name);
  };
}

describe('start-up', () => {
  it("draws Home's list in its first paint, never a loading message first", async () => {
    const page = await suite.newPage();
    await seedReflection(page, suite.baseUrl, {
      organisationName: 'First Paint ICB',
      organisationType: 'Integrated Care Board',
      levels: ['service'],
    });
    await page.addInitScript(recordFirstPaint);
    await page.goto(`${suite.baseUrl}/`);
    await expectVisible(
      page.getByRole('heading', { level: 3, name: 'First Paint ICB' }),
    );
    const first = await page.evaluate(
      () => (window as unknown as Probe).__firstPaint,
    );
    expect(first).toEqual({ hasList: true, loading: false });
  });

  it('saves without the storage debug mode, even when served from 127.0.0.1', async () => {
    const page = await suite.newPage();
    await page.addInitScript(countCreateTask);
    await seedReflection(
      page,
      suite.baseUrl,
      {
        organisationName: 'No Debug Trust',
        organisationType: 'NHS trust',
        levels: ['service'],
      },
      [
        {
          cellId: 'service.space',
          rating: 'Developing',
          evidence: 'Typed text',
        },
      ],
    );
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.evidence.pressSequentially(' and more');
    await reflect.waitForSaved();
    // Chromium has the API, so a debug mode would have called it.
    expect(
      await page.evaluate(
        () => typeof (console as unknown as TaskConsole).createTask,
      ),
    ).toBe('function');
    expect(
      await page.evaluate(() => (window as unknown as Probe).__createTaskCalls),
    ).toBe(0);
  });

  it('replays typing that never reached IndexedDB before drawing anything', async () => {
    const page = await suite.newPage();
    const id = await seedReflection(
      page,
      suite.baseUrl,
      {
        organisationName: 'Replay Council',
        organisationType: 'Local council',
        levels: ['service'],
      },
      [{ cellId: 'service.space', evidence: 'Saved before' }],
    );
    // What a crash mid-save leaves: the log holds newer typing than the
    // database.
    await page.evaluate((reflectionId) => {
      localStorage.setItem(
        `vi-wal:answer:${reflectionId}:service.space`,
        JSON.stringify({ evidence: 'Typed just before the crash' }),
      );
    }, id);
    await page.goto(`${suite.baseUrl}/`);
    await expectVisible(
      page.getByRole('heading', { level: 3, name: 'Replay Council' }),
    );
    await poll(
      () =>
        page.evaluate(() =>
          Object.keys(localStorage).some((k) => k.startsWith('vi-wal:')),
        ),
      'the log entry is forgotten once replayed',
    ).toBe(false);
    const reflect = new ReflectPage(page, suite.baseUrl);
    await reflect.goto(id, 'service.space');
    expect(await valueOf(reflect.evidence)).toBe('Typed just before the crash');
  });
});
