/**
 * Backup and restore, end to end: a backup of everything brings the device
 * back exactly as it was after every reflection is deleted (the whole
 * database compared row by row); restoring onto a device that already has
 * the reflections asks first, and Skip, Keep both and Replace each do what
 * they say. Damaged, truncated, foreign, newer, oversized and hostile files
 * are refused with a message and change nothing.
 */
import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_FORMAT,
  BACKUP_LIMITS,
  BACKUP_VERSION,
} from '../../src/domain/backup/format';
import {
  APP_ID,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
} from '../../src/domain/packs/constants';
import { BackupPage } from './page-models/backup-page';
import { HomePage } from './page-models/home-page';
import { expectVisible, poll, watchErrors } from './support/app';
import { makeTempDir, removeDir } from './support/browser';
import { jsonFile, type ChosenFile } from './support/downloads';
import { makeSummaryPack } from './support/packs';
import {
  countsOf,
  dumpRecords,
  makeAction,
  makeAnswer,
  makeReflection,
  richReflection,
  writeRecords,
  type Records,
} from './support/records';
import { useBrowserSuite } from './support/suite';

const suite = useBrowserSuite();

const ORG = 'Harbourside Health Trust';
const OTHER = 'Westfield Youth Council';

/** Three reflections (two of one organisation), with everything under them. */
function fixture(): Records {
  const rich = richReflection(ORG);
  const other = makeReflection({
    organisationName: OTHER,
    organisationType: 'council',
    levels: ['system'],
    date: '2025-02-10',
  });
  return {
    reflections: [...rich.reflections, other],
    answers: [
      ...rich.answers,
      makeAnswer(other.id, 'system.voice', 2, {
        evidence: 'Ward forums twice a year.',
        privateNotes: 'Private, but in the backup.',
      }),
    ],
    actions: [
      ...rich.actions,
      makeAction(other.id, 0, { text: 'Publish the forum minutes' }),
    ],
    reviews: rich.reviews,
  };
}

async function seeded(page: Page): Promise<Records> {
  const home = new HomePage(page, suite.baseUrl);
  await home.goto();
  await writeRecords(page, fixture());
  const records = await dumpRecords(page);
  expect(countsOf(records)).toEqual({
    reflections: 3,
    answers: 13,
    actions: 5,
    reviews: 2,
  });
  return records;
}

/** Deletes every reflection from Home, through its confirm dialog. */
async function deleteEverything(home: HomePage): Promise<void> {
  await home.goto();
  const deletes = home.page.getByRole('button', {
    name: /^Delete reflection for /,
  });
  for (let left = await deletes.count(); left > 0; left -= 1) {
    await deletes.first().click();
    await expectVisible(home.deleteDialog);
    await home.confirmDeleteButton.click();
    await poll(() => deletes.count()).toBe(left - 1);
  }
  await expectVisible(home.emptyMessage);
}

const notPolluted = (page: Page) =>
  page.evaluate(
    () =>
      (({}) as Record<string, unknown>).polluted === undefined &&
      (Object.prototype as Record<string, unknown>).format === undefined,
  );

describe('backup and restore', () => {
  it('restores everything exactly, and asks about reflections already here', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const before = await seeded(page);
    const home = new HomePage(page, suite.baseUrl);
    await home.goto();
    // Home reminds: nothing has been backed up yet.
    await expectVisible(
      page.getByText(
        'The reflections on this device have never been backed up.',
      ),
    );

    const backup = new BackupPage(page, suite.baseUrl);
    await backup.goto();
    await expectVisible(
      backup.lastBackup.getByText(
        'Nothing has been backed up from this device yet.',
      ),
    );
    const file = await backup.backupEverything();
    expect(file.name).toMatch(
      /^voice-and-influence-backup-\d{4}-\d{2}-\d{2}\.json$/,
    );
    await expectVisible(
      page.getByText('Backup downloaded: 3 reflections.', { exact: true }),
    );
    await expectVisible(backup.lastBackup.getByText(/^Last backed up /));
    const doc = JSON.parse(file.bytes.toString('utf8')) as {
      format: string;
      version: number;
      reflections: unknown[];
    };
    expect(doc.format).toBe(BACKUP_FORMAT);
    expect(doc.version).toBe(BACKUP_VERSION);
    expect(doc.reflections).toHaveLength(3);

    // Home now says when, and no longer reminds.
    await home.goto();
    await expectVisible(home.page.getByText(/^Last backed up /));
    expect(
      await page
        .getByText('The reflections on this device have never been backed up.')
        .count(),
    ).toBe(0);

    // Lose everything.
    await deleteEverything(home);
    expect(countsOf(await dumpRecords(page))).toEqual({
      reflections: 0,
      answers: 0,
      actions: 0,
      reviews: 0,
    });

    // Restore onto the empty device: a preview first, then all of it back.
    const chosen = jsonFile(file.name, file.bytes.toString('utf8'));
    await backup.goto();
    await backup.chooseFile(chosen);
    expect(await backup.previewText()).toBe(
      'This file holds 3 reflections. None of them is on this device yet.',
    );
    expect(await backup.choiceGroup.count()).toBe(0);
    expect(await backup.restore()).toBe('Restored 3 reflections. 0 skipped.');
    expect(await dumpRecords(page)).toEqual(before);

    // The same file again: every reflection is already here. Skip.
    await backup.chooseFile(chosen);
    expect(await backup.previewText()).toBe(
      'This file holds 3 reflections. 3 of them are already on this device:',
    );
    expect(
      (await backup.preview.getByRole('listitem').allTextContents()).sort(),
    ).toEqual([ORG, ORG, OTHER]);
    await expectVisible(backup.choice('keepBoth'));
    expect(await backup.restore('skip')).toBe(
      'Restored 0 reflections. 3 skipped.',
    );
    expect(await dumpRecords(page)).toEqual(before);

    // Keep both: a copy of each beside the one here, named as restored.
    await backup.chooseFile(chosen);
    expect(await backup.restore('keepBoth')).toBe(
      'Restored 3 reflections. 0 skipped.',
    );
    const both = await dumpRecords(page);
    expect(countsOf(both)).toEqual({
      reflections: 6,
      answers: 26,
      actions: 10,
      reviews: 4,
    });
    const names = both.reflections.map((r) => r.organisationName).sort();
    expect(names).toEqual(
      [
        ORG,
        ORG,
        OTHER,
        `${ORG} (restored)`,
        `${ORG} (restored)`,
        `${OTHER} (restored)`,
      ].sort(),
    );
    // The originals are untouched.
    const originalIds = new Set(before.reflections.map((r) => r.id));
    expect(both.reflections.filter((r) => originalIds.has(r.id))).toEqual(
      before.reflections,
    );

    // Replace: change an original here, then put the backup's version back.
    const [first] = before.reflections;
    await writeRecords(page, {
      reflections: [
        { ...first!, organisationName: 'Renamed since the backup' },
      ],
    });
    await backup.goto();
    await backup.chooseFile(chosen);
    expect(await backup.previewText()).toBe(
      'This file holds 3 reflections. 3 of them are already on this device:',
    );
    expect(await backup.restore('replace')).toBe(
      'Restored 3 reflections. 0 skipped.',
    );
    const replaced = await dumpRecords(page);
    expect(countsOf(replaced)).toEqual(countsOf(both));
    expect(replaced).toEqual(both);

    // Home lists them all.
    await home.goto();
    expect((await home.cardTitles()).sort()).toEqual(names);
    expect(errors).toEqual([]);
  });

  it('refuses damaged, foreign, newer, oversized and hostile files and changes nothing', async () => {
    const page = await suite.newPage();
    const { errors } = watchErrors(page);
    const before = await seeded(page);
    const backup = new BackupPage(page, suite.baseUrl);
    await backup.goto();
    const good = (await backup.backupEverything()).bytes.toString('utf8');
    const valid = JSON.parse(good) as Record<string, unknown>;

    const dir = await makeTempDir('backup');
    try {
      // A file one byte over the cap (sparse: it costs no disk).
      const big = path.join(dir, 'huge-backup.json');
      const handle = await open(big, 'w');
      await handle.write(`{"format":"${BACKUP_FORMAT}","reflections":[`);
      await handle.truncate(BACKUP_LIMITS.maxBytes + 1);
      await handle.close();

      const damaged =
        'This is not a Voice & Influence backup file, or it is damaged (for example, cut short). Nothing has changed.';
      const wrong =
        "This file was not made by Voice & Influence's backup, so it was not restored. Nothing has changed.";
      const cases: { name: string; file: ChosenFile | string; says: string }[] =
        [
          {
            name: 'cut in half',
            file: jsonFile('half.json', good.slice(0, good.length / 2)),
            says: damaged,
          },
          {
            name: 'missing its last byte',
            file: jsonFile('short.json', good.slice(0, -1)),
            says: damaged,
          },
          { name: 'empty', file: jsonFile('empty.json', ''), says: damaged },
          {
            name: 'an empty object',
            file: jsonFile('{}.json', {}),
            says: wrong,
          },
          {
            name: 'a summary pack',
            file: jsonFile('summary.json', {
              format: SUMMARY_FORMAT,
              version: SUMMARY_VERSION,
              app: APP_ID,
              createdAt: new Date().toISOString(),
              reflection: { organisationName: ORG },
              cells: [],
            }),
            says: wrong,
          },
          {
            // A pack picked here by mistake: say what it is and where it opens.
            name: 'a valid summary pack',
            file: jsonFile('valid-summary.json', makeSummaryPack()),
            says: 'This is a summary shared for review, not a backup. To review it, open it on the “Open a shared summary or review” page. Nothing has changed.Go to “Open a shared summary or review”',
          },
          {
            name: 'from a newer version',
            file: jsonFile('newer.json', {
              ...valid,
              version: BACKUP_VERSION + 1,
            }),
            says: 'This backup was made by a newer version of Voice & Influence. Reload the app when you are online to update it, then try again. Nothing has changed.',
          },
          {
            name: 'too big',
            file: big,
            says: 'This file is too big to be a Voice & Influence backup, so it was not opened.',
          },
          {
            // What a naive merge would read through the prototype.
            name: 'with the backup only under __proto__',
            file: jsonFile(
              'proto.json',
              `{"__proto__": ${good.trim()}, "constructor": {"prototype": {"polluted": "yes"}}}`,
            ),
            says: wrong,
          },
          {
            name: 'with __proto__ in place of a reflection',
            file: jsonFile(
              'proto-entry.json',
              good.replace(
                /"reflections": \[/,
                '"reflections": [{"__proto__": {"polluted": "yes"}, "reflection": {"__proto__": {"polluted": "yes"}}},',
              ),
            ),
            says: 'This backup has information in it that Voice & Influence does not accept, so it was not restored. Nothing has changed.',
          },
        ];

      for (const { name, file, says } of cases) {
        await backup.goto();
        await backup.chooseFile(file);
        await expectVisible(backup.error);
        expect(
          ((await backup.error.textContent()) ?? '').trim(),
          `the message for a file ${name}`,
        ).toBe(says);
        expect(await backup.preview.count(), `no preview for ${name}`).toBe(0);
        expect(await backup.restoreButton.count()).toBe(0);
        expect(await dumpRecords(page), `nothing changed by ${name}`).toEqual(
          before,
        );
        expect(await notPolluted(page), `no pollution from ${name}`).toBe(true);
      }
    } finally {
      await rm(path.join(dir, 'huge-backup.json'), { force: true });
      await removeDir(dir);
    }

    // A good backup with __proto__ keys in every record: the keys are
    // dropped, nothing is polluted, and replacing changes nothing.
    const sprinkled = good.replace(
      /\{\n(\s*)"/g,
      (_, indent: string) =>
        `{\n${indent}"__proto__": {"polluted": "yes"},\n${indent}"`,
    );
    expect(sprinkled.match(/"__proto__"/g)?.length).toBeGreaterThan(10);
    await backup.goto();
    await backup.chooseFile(jsonFile('sprinkled.json', sprinkled));
    expect(await backup.previewText()).toBe(
      'This file holds 3 reflections. 3 of them are already on this device:',
    );
    expect(await notPolluted(page)).toBe(true);
    expect(await backup.restore('replace')).toBe(
      'Restored 3 reflections. 0 skipped.',
    );
    expect(await dumpRecords(page)).toEqual(before);
    const stored = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const request = indexedDB.open('voice-and-influence');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const db = request.result;
            const stores = ['reflections', 'answers', 'actions', 'reviews'];
            const tx = db.transaction(stores);
            const all: unknown[] = [];
            for (const s of stores) {
              const r = tx.objectStore(s).getAll();
              r.onsuccess = () => all.push(...(r.result as unknown[]));
            }
            tx.oncomplete = () => {
              db.close();
              resolve(JSON.stringify(all));
            };
          };
        }),
    );
    expect(stored).not.toContain('__proto__');
    expect(stored).not.toContain('polluted');
    expect(await notPolluted(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});
