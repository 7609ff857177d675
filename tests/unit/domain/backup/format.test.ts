import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LIMITS,
  buildBackup,
} from '../../../../src/domain/backup/format';
import type { Backup } from '../../../../src/domain/backup/format';
import { FIELD_POLICY } from '../../../../src/domain/field-policy';
import { importBytes } from '../../../../src/domain/import/pipeline';
import {
  CELL_IDS,
  PACK_PROBLEMS,
  stripControlCharacters,
} from '../../../../src/domain/packs/format';
import { MAX_VOTES, ROOM_NOTE_MAX } from '../../../../src/domain/room-vote';
import { ALL_RATINGS, LIMITS } from '../../../../src/domain/types';
import type { ActionStatus, Rating } from '../../../../src/domain/types';
import {
  makeAnswer,
  makeBackupInput,
  makeReflection,
  makeSummaryPack,
} from '../../../support/factories';
import { importAnswer, utf8 } from '../../../support/import';

/** Parsed JSON, edited freely by the tests below to make hostile input. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type RawJson = any;

const MAX: number = BACKUP_LIMITS.maxBytes;
const NOW = new Date('2026-05-01T09:30:00.000Z');

function sampleBackup(): Backup {
  return buildBackup(
    [
      makeBackupInput(makeReflection({ id: crypto.randomUUID() })),
      makeBackupInput(
        makeReflection({ facilitator: 'Sam', levels: ['service', 'system'] }),
      ),
    ],
    NOW,
  );
}

/** The backup's JSON with one change, as a file would bring it. */
function edited(backup: Backup, edit: (raw: RawJson) => void): string {
  const raw = JSON.parse(JSON.stringify(backup)) as RawJson;
  edit(raw);
  return JSON.stringify(raw);
}

/** A file's text through the import pipeline, its size capped at `maxBytes`. */
function importText(text: string, maxBytes = MAX) {
  return importBytes(utf8(text), { limits: { maxBytes } });
}

/** What the import pipeline says of a file's text, capped at `maxBytes`. */
function reasonOf(text: string, maxBytes = MAX) {
  return importAnswer(utf8(text), { limits: { maxBytes } });
}

/** A copy of `record` without `keys`. */
function without(record: object, keys: string[]): object {
  return Object.fromEntries(
    Object.entries(record).filter(([key]) => !keys.includes(key)),
  );
}

/** Every own key of every object inside `value`. */
function ownKeysDeep(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((key) => [
    key,
    ...ownKeysDeep((value as Record<string, unknown>)[key]),
  ]);
}

const ANSWERS: readonly string[] = [
  ...PACK_PROBLEMS,
  'summary',
  'review',
  'backup',
];

describe('buildBackup', () => {
  it('starts with the format, version, app and the time it was made', () => {
    const backup = buildBackup([], NOW);
    expect(backup).toEqual({
      format: 'voice-influence/backup',
      version: 1,
      app: 'voice-and-influence',
      createdAt: '2026-05-01T09:30:00.000Z',
      reflections: [],
    });
  });

  it('carries every field the field policy marks for backup, private notes included', () => {
    const input = makeBackupInput();
    const [entry] = buildBackup([input], NOW).reflections;
    const backedUp = (kind: keyof typeof FIELD_POLICY) =>
      Object.entries(FIELD_POLICY[kind])
        .filter(([, policy]) => policy.backup)
        .map(([field]) => field)
        .sort();
    expect(Object.keys(entry?.reflection ?? {}).sort()).toEqual(
      backedUp('reflection'),
    );
    for (const answer of entry?.answers ?? []) {
      expect(Object.keys(answer).sort()).toEqual(backedUp('answer'));
    }
    for (const action of entry?.actions ?? []) {
      expect(Object.keys(action).sort()).toEqual(backedUp('action'));
    }
    expect(entry).toEqual(input);
    expect(JSON.stringify(entry)).toContain('Ask the participation lead');
  });

  it('copies only known fields, never extra properties a record picked up', () => {
    const input = makeBackupInput();
    const reflection = { ...input.reflection, cached: 'x' };
    const [entry] = buildBackup([{ ...input, reflection }], NOW).reflections;
    expect(entry?.reflection).not.toHaveProperty('cached');
  });

  it('leaves out records that name another reflection', () => {
    const input = makeBackupInput();
    const other = makeBackupInput();
    const [entry] = buildBackup(
      [
        {
          ...input,
          answers: [...input.answers, ...other.answers],
          actions: [...other.actions],
          reviews: [...input.reviews, ...other.reviews],
        },
      ],
      NOW,
    ).reflections;
    expect(entry?.answers).toEqual(input.answers);
    expect(entry?.actions).toEqual([]);
    expect(entry?.reviews).toEqual(input.reviews);
  });
});

describe('importBytes with a backup file', () => {
  it('round-trips: build, stringify, import gives the same data', async () => {
    const backup = sampleBackup();
    expect(await importText(JSON.stringify(backup))).toEqual({
      ok: true,
      kind: 'backup',
      document: backup,
    });
    expect(await importText(JSON.stringify(backup, null, 2))).toEqual({
      ok: true,
      kind: 'backup',
      document: backup,
    });
  });

  it('round-trips anything the app can store', async () => {
    const text = (max: number) =>
      fc
        .string({ maxLength: 60, unit: 'grapheme' })
        .filter((s) => s.length <= max)
        .filter((s) => stripControlCharacters(s) === s);
    const record = fc.record({
      name: text(LIMITS.organisationName).filter((s) => s.length > 0),
      evidence: text(LIMITS.longText),
      notes: text(LIMITS.longText),
      owner: text(LIMITS.owner),
      rating: fc.constantFrom<Rating | null>(null, ...ALL_RATINGS),
      votes: fc.option(
        fc.record({
          counts: fc.tuple(
            fc.nat(MAX_VOTES),
            fc.nat(MAX_VOTES),
            fc.nat(MAX_VOTES),
            fc.nat(MAX_VOTES),
            fc.nat(MAX_VOTES),
          ),
          note: text(ROOM_NOTE_MAX),
        }),
        { nil: undefined },
      ),
      cells: fc.subarray([...CELL_IDS]),
      status: fc.constantFrom<ActionStatus>('todo', 'doing', 'done'),
      order: fc.double({ noNaN: true, noDefaultInfinity: true }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { maxLength: 3 }), async (records) => {
        const data = records.map((r) => {
          const input = makeBackupInput(
            makeReflection({
              id: crypto.randomUUID(),
              organisationName: r.name,
              levels: ['individual', 'service', 'organisation', 'system'],
              lastCellId: r.cells[0] ?? null,
            }),
          );
          const id = input.reflection.id;
          return {
            ...input,
            answers: r.cells.map((cellId) => ({
              ...makeAnswer(id, cellId),
              rating: r.rating,
              evidence: r.evidence,
              examples: r.evidence,
              privateNotes: r.notes,
              ...(r.votes ? { roomVote: r.votes } : {}),
              reflectionId: id,
            })),
            actions: input.actions.map((a) => ({
              ...a,
              owner: r.owner,
              status: r.status,
              order: Object.is(r.order, -0) ? 0 : r.order,
            })),
          };
        });
        const backup = buildBackup(data, NOW);
        expect(await importText(JSON.stringify(backup))).toEqual({
          ok: true,
          kind: 'backup',
          document: backup,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a file that starts with a byte order mark', async () => {
    const backup = sampleBackup();
    expect(await importText(`\uFEFF${JSON.stringify(backup)}`)).toEqual({
      ok: true,
      kind: 'backup',
      document: backup,
    });
  });

  it('refuses room votes that are not five whole counts within the cap', async () => {
    const withVotes = (counts: unknown) =>
      edited(sampleBackup(), (raw) => {
        raw.reflections[0].answers[0].roomVote = { counts, note: '' };
      });
    expect(await reasonOf(withVotes([0, 1, 2, 3, 4]))).toBe('backup');
    expect(await reasonOf(withVotes([0, 1, 2, 3]))).toBe('invalid');
    expect(await reasonOf(withVotes([0, 1, 2, 3, -1]))).toBe('invalid');
    expect(await reasonOf(withVotes([0, 1, 2, 3, 1.5]))).toBe('invalid');
    expect(await reasonOf(withVotes([0, 1, 2, 3, MAX_VOTES + 1]))).toBe(
      'invalid',
    );
  });

  it('says damaged or truncated JSON is damaged, and text that is not JSON is not a pack', async () => {
    const json = JSON.stringify(sampleBackup());
    // Only text that starts with `{` is read as JSON; the rest is taken
    // for a binary pack container, and is not one.
    expect(await reasonOf('')).toBe('notAPack');
    expect(await reasonOf('not a backup')).toBe('notAPack');
    expect(await reasonOf(json.slice(0, json.length - 1))).toBe('damaged');
    expect(await reasonOf(json.slice(0, json.length / 2))).toBe('damaged');
    expect(await reasonOf(`${json}}`)).toBe('damaged');
    expect(await reasonOf("{'format': 'voice-influence/backup'}")).toBe(
      'damaged',
    );
  });

  it('never takes another kind of document for a backup', async () => {
    const backup = sampleBackup();
    // JSON that is not an object never gets as far as being parsed.
    expect(await reasonOf('null')).toBe('notAPack');
    expect(await reasonOf('42')).toBe('notAPack');
    expect(await reasonOf('"voice-influence/backup"')).toBe('notAPack');
    expect(await reasonOf(JSON.stringify([backup]))).toBe('notAPack');
    // A summary pack opens, as a summary pack.
    const summary = makeSummaryPack();
    expect(await importText(JSON.stringify(summary))).toEqual({
      ok: true,
      kind: 'summary',
      document: summary,
    });
    expect(
      await reasonOf(edited(backup, (r) => (r.format = 'other/backup'))),
    ).toBe('wrongFormat');
    expect(await reasonOf(edited(backup, (r) => delete r.format))).toBe(
      'wrongFormat',
    );
    expect(await reasonOf(edited(backup, (r) => (r.app = 'another-app')))).toBe(
      'wrongFormat',
    );
  });

  it('says a file from a newer version needs a newer app', async () => {
    const backup = sampleBackup();
    const newer = { ok: false, reason: 'newerVersion', kind: 'backup' };
    expect(await importText(edited(backup, (r) => (r.version = 2)))).toEqual(
      newer,
    );
    expect(
      await importText(
        edited(backup, (r) => {
          r.version = 7;
          r.reflections = 'stored differently now';
        }),
      ),
    ).toEqual(newer);
  });

  it('refuses a file over the size cap, counting UTF-8 bytes', async () => {
    const json = JSON.stringify(sampleBackup());
    expect(await reasonOf(json, json.length - 1)).toBe('tooLarge');
    expect(await reasonOf(json, json.length)).toBe('backup');
    const welsh = edited(sampleBackup(), (r) => {
      r.reflections[0].reflection.area = 'ŵŷ'.repeat(50);
    });
    expect(await reasonOf(welsh, welsh.length + 99)).toBe('tooLarge');
    expect(await reasonOf(welsh, welsh.length + 100)).toBe('backup');
    expect(await reasonOf('x'.repeat(1000), 999)).toBe('tooLarge');
  });

  it('rejects invalid content with a plain reason', async () => {
    const backup = sampleBackup();
    const bad: ((r: RawJson) => void)[] = [
      (r) => (r.version = 0),
      (r) => (r.version = '1'),
      (r) => (r.createdAt = 'yesterday'),
      (r) => (r.reflections = {}),
      (r) => (r.reflections[0].reflection.id = '../../etc'),
      (r) => (r.reflections[0].reflection.id = 'a'.repeat(65)),
      (r) => (r.reflections[0].reflection.id = ''),
      (r) => (r.reflections[0].reflection.organisationName = ''),
      (r) =>
        (r.reflections[0].reflection.organisationName = 'x'.repeat(
          LIMITS.organisationName + 1,
        )),
      (r) => (r.reflections[0].reflection.organisationType = 'bank'),
      (r) => (r.reflections[0].reflection.levels = []),
      (r) => (r.reflections[0].reflection.levels = ['service', 'service']),
      (r) => (r.reflections[0].reflection.levels = ['galaxy']),
      (r) => (r.reflections[0].reflection.date = '2026-02-30'),
      (r) => (r.reflections[0].reflection.locale = '<script>'),
      (r) => (r.reflections[0].reflection.createdAt = -1),
      (r) => (r.reflections[0].reflection.updatedAt = 1.5),
      (r) => delete r.reflections[0].reflection.frameworkVersion,
      (r) => (r.reflections[0].answers[0].cellId = 'service.nonsense'),
      (r) => (r.reflections[0].answers[0].rating = 5),
      (r) =>
        (r.reflections[0].answers[0].evidence = 'x'.repeat(
          LIMITS.longText + 1,
        )),
      (r) => (r.reflections[0].answers[0].groupsReached = ['<b>']),
      (r) => (r.reflections[0].answers[0].reflectionId = 'someone-else'),
      (r) => r.reflections[0].answers.push(r.reflections[0].answers[0]),
      (r) =>
        (r.reflections[0].answers = [...CELL_IDS, 'service.space'].map(
          (cellId) => ({ ...r.reflections[0].answers[0], cellId }),
        )),
      (r) => (r.reflections[0].actions[0].due = 'next week'),
      (r) => (r.reflections[0].actions[0].status = 'abandoned'),
      (r) => (r.reflections[0].actions[0].order = 'first'),
      (r) => (r.reflections[0].actions[0].reflectionId = 'someone-else'),
      (r) =>
        (r.reflections[0].actions = Array.from(
          { length: BACKUP_LIMITS.actions + 1 },
          (_, i) => ({ ...r.reflections[0].actions[0], id: `a-${i}` }),
        )),
      (r) => (r.reflections[0].reviews[0].responses[0].verdict = 'maybe'),
      (r) => (r.reflections[0].reviews[0].priorities = CELL_IDS.slice(0, 4)),
      (r) => (r.reflections[0].reviews[0].reflectionId = 'someone-else'),
      (r) => (r.reflections[1].reflection.id = r.reflections[0].reflection.id),
      (r) => (r.reflections[1].actions[0].id = r.reflections[0].actions[0].id),
      (r) => (r.reflections[1].reviews[0].id = r.reflections[0].reviews[0].id),
    ];
    for (const [index, edit] of bad.entries()) {
      expect([index, await importText(edited(backup, edit))]).toEqual([
        index,
        { ok: false, reason: 'invalid', kind: 'backup' },
      ]);
    }
  });

  it('accepts uuids and the app’s own ids', async () => {
    const backup = sampleBackup();
    const ids = ['reflection-1', crypto.randomUUID(), 'A'.repeat(64)];
    for (const id of ids) {
      const text = edited(backup, (r) => {
        r.reflections[0].reflection.id = id;
        for (const kind of ['answers', 'actions', 'reviews']) {
          for (const record of r.reflections[0][kind]) record.reflectionId = id;
        }
      });
      expect(await reasonOf(text)).toBe('backup');
    }
  });

  it('drops unknown fields at every level', async () => {
    const backup = sampleBackup();
    const text = edited(backup, (r) => {
      r.extra = 1;
      r.reflections[0].extra = 2;
      r.reflections[0].reflection.password = 'x';
      r.reflections[0].answers[0].html = '<img onerror=alert(1)>';
      r.reflections[0].actions[0].extra = true;
      r.reflections[0].reviews[0].extra = {};
      r.reflections[0].reviews[0].responses[0].extra = [];
    });
    expect(await importText(text)).toEqual({
      ok: true,
      kind: 'backup',
      document: backup,
    });
  });

  it('fills in missing optional fields with their defaults', async () => {
    const backup = buildBackup([makeBackupInput()], NOW);
    const text = edited(backup, (r) => {
      const entry = r.reflections[0];
      entry.reflection = without(entry.reflection, [
        'area',
        'facilitator',
        'status',
        'lastCellId',
      ]);
      entry.answers[0] = without(entry.answers[0], [
        'rating',
        'evidence',
        'examples',
        'groupsReached',
        'privateNotes',
      ]);
      entry.actions[0] = without(entry.actions[0], [
        'cellId',
        'text',
        'owner',
        'due',
        'status',
        'feedbackToYoungPeople',
        'order',
      ]);
      entry.reviews[0] = without(entry.reviews[0], [
        'reviewer',
        'responses',
        'priorities',
        'missing',
      ]);
    });
    const result = await importText(text);
    expect(result).toMatchObject({ ok: true, kind: 'backup' });
    const entry =
      result.ok && result.kind === 'backup'
        ? result.document.reflections[0]
        : undefined;
    expect(entry?.reflection).toMatchObject({
      area: '',
      facilitator: '',
      status: 'inProgress',
      lastCellId: null,
    });
    expect(entry?.answers[0]).toMatchObject({
      rating: null,
      evidence: '',
      examples: '',
      groupsReached: [],
      privateNotes: '',
    });
    expect(entry?.actions[0]).toMatchObject({
      cellId: null,
      text: '',
      owner: '',
      due: '',
      status: 'todo',
      feedbackToYoungPeople: '',
      order: 0,
    });
    expect(entry?.reviews[0]).toMatchObject({
      reviewer: '',
      responses: [],
      priorities: [],
      missing: '',
    });
    const bare = edited(backup, (r) => {
      delete r.reflections[0].answers;
      delete r.reflections[0].actions;
      delete r.reflections[0].reviews;
    });
    const bareResult = await importText(bare);
    expect(bareResult).toMatchObject({ ok: true, kind: 'backup' });
    const bareEntry =
      bareResult.ok && bareResult.kind === 'backup'
        ? bareResult.document.reflections[0]
        : undefined;
    expect(bareEntry).toMatchObject({
      answers: [],
      actions: [],
      reviews: [],
    });
  });

  it('strips control characters and repeated groups but keeps tabs and line breaks', async () => {
    const text = edited(sampleBackup(), (r) => {
      r.reflections[0].answers[0].evidence = 'a\u0000b\u001bc\td\ne\r\nf';
      r.reflections[0].answers[0].groupsReached = [
        'youngCarers',
        'youngCarers',
      ];
    });
    const result = await importText(text);
    expect(result).toMatchObject({ ok: true, kind: 'backup' });
    const answer =
      result.ok && result.kind === 'backup'
        ? result.document.reflections[0]?.answers[0]
        : null;
    expect(answer?.evidence).toBe('abc\td\ne\r\nf');
    expect(answer?.groupsReached).toEqual(['youngCarers']);
  });

  it('never lets __proto__, constructor or prototype keys through, at any level', async () => {
    const backup = sampleBackup();
    const poison = '{"polluted":"yes","prototype":{"polluted":"yes"}}';
    const keys = `"__proto__":${poison},"constructor":${poison},"prototype":${poison},`;
    const json = JSON.stringify(backup).replace(/\{/g, `{${keys}`);
    expect(Object.hasOwn(JSON.parse(json) as object, '__proto__')).toBe(true);
    const result = await importText(json);
    expect(result).toEqual({ ok: true, kind: 'backup', document: backup });
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(ownKeysDeep(result)).not.toContain(key);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws, and always gives a known answer, for any text or JSON', async () => {
    const good = JSON.stringify(sampleBackup());
    const inputs = fc.oneof(
      fc.string(),
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((value) => JSON.stringify(value)),
      fc
        .jsonValue()
        .map((reflections) =>
          JSON.stringify({ ...sampleBackup(), reflections }),
        ),
      fc.nat(good.length).map((cut) => good.slice(0, cut)),
      fc
        .tuple(fc.nat(good.length - 1), fc.string({ maxLength: 3 }))
        .map(([at, insert]) => good.slice(0, at) + insert + good.slice(at + 1)),
    );
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        expect(ANSWERS).toContain(await reasonOf(text));
      }),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on values that are not even bytes', async () => {
    const cases: [unknown, string][] = [
      [undefined, 'damaged'],
      [null, 'damaged'],
      [42, 'notAPack'],
      [{}, 'notAPack'],
      [[], 'notAPack'],
    ];
    for (const [value, reason] of cases) {
      const result = await importBytes(value as Uint8Array);
      expect([value, result]).toEqual([value, { ok: false, reason }]);
    }
  });
});
