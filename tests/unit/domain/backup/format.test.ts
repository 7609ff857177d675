import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BACKUP_LIMITS,
  buildBackup,
  parseBackup,
} from '../../../../src/domain/backup/format';
import type { Backup } from '../../../../src/domain/backup/format';
import { FIELD_POLICY } from '../../../../src/domain/field-policy';
import {
  CELL_IDS,
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

function reasonOf(text: string, maxBytes = MAX) {
  const result = parseBackup(text, maxBytes);
  return result.ok ? 'ok' : result.reason;
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

const REASONS = [
  'tooLarge',
  'notJson',
  'wrongFormat',
  'newerVersion',
  'invalid',
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

describe('parseBackup', () => {
  it('round-trips: build, stringify, parse gives the same data', () => {
    const backup = sampleBackup();
    expect(parseBackup(JSON.stringify(backup), MAX)).toEqual({
      ok: true,
      backup,
    });
    expect(parseBackup(JSON.stringify(backup, null, 2), MAX)).toEqual({
      ok: true,
      backup,
    });
  });

  it('round-trips anything the app can store', () => {
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
    fc.assert(
      fc.property(fc.array(record, { maxLength: 3 }), (records) => {
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
        expect(parseBackup(JSON.stringify(backup), MAX)).toEqual({
          ok: true,
          backup,
        });
      }),
      { numRuns: 100 },
    );
  });

  it('accepts a file that starts with a byte order mark', () => {
    const backup = sampleBackup();
    expect(parseBackup(`\uFEFF${JSON.stringify(backup)}`, MAX)).toEqual({
      ok: true,
      backup,
    });
  });

  it('refuses room votes that are not five whole counts within the cap', () => {
    const withVotes = (counts: unknown) =>
      edited(sampleBackup(), (raw) => {
        raw.reflections[0].answers[0].roomVote = { counts, note: '' };
      });
    expect(reasonOf(withVotes([0, 1, 2, 3, 4]))).toBe('ok');
    expect(reasonOf(withVotes([0, 1, 2, 3]))).toBe('invalid');
    expect(reasonOf(withVotes([0, 1, 2, 3, -1]))).toBe('invalid');
    expect(reasonOf(withVotes([0, 1, 2, 3, 1.5]))).toBe('invalid');
    expect(reasonOf(withVotes([0, 1, 2, 3, MAX_VOTES + 1]))).toBe('invalid');
  });

  it('says damaged or truncated text is not JSON', () => {
    const json = JSON.stringify(sampleBackup());
    expect(reasonOf('')).toBe('notJson');
    expect(reasonOf('not a backup')).toBe('notJson');
    expect(reasonOf(json.slice(0, json.length - 1))).toBe('notJson');
    expect(reasonOf(json.slice(0, json.length / 2))).toBe('notJson');
    expect(reasonOf(`${json}}`)).toBe('notJson');
    expect(reasonOf("{'format': 'voice-influence/backup'}")).toBe('notJson');
  });

  it('says another kind of document is the wrong format', () => {
    const backup = sampleBackup();
    expect(reasonOf('null')).toBe('wrongFormat');
    expect(reasonOf('42')).toBe('wrongFormat');
    expect(reasonOf('"voice-influence/backup"')).toBe('wrongFormat');
    expect(reasonOf(JSON.stringify([backup]))).toBe('wrongFormat');
    expect(reasonOf(JSON.stringify(makeSummaryPack()))).toBe('wrongFormat');
    expect(reasonOf(edited(backup, (r) => (r.format = 'other/backup')))).toBe(
      'wrongFormat',
    );
    expect(reasonOf(edited(backup, (r) => delete r.format))).toBe(
      'wrongFormat',
    );
    expect(reasonOf(edited(backup, (r) => (r.app = 'another-app')))).toBe(
      'wrongFormat',
    );
  });

  it('says a file from a newer version needs a newer app', () => {
    const backup = sampleBackup();
    expect(reasonOf(edited(backup, (r) => (r.version = 2)))).toBe(
      'newerVersion',
    );
    expect(
      reasonOf(
        edited(backup, (r) => {
          r.version = 7;
          r.reflections = 'stored differently now';
        }),
      ),
    ).toBe('newerVersion');
  });

  it('refuses a file over the size cap, counting UTF-8 bytes', () => {
    const json = JSON.stringify(sampleBackup());
    expect(reasonOf(json, json.length - 1)).toBe('tooLarge');
    expect(reasonOf(json, json.length)).toBe('ok');
    const welsh = edited(sampleBackup(), (r) => {
      r.reflections[0].reflection.area = 'ŵŷ'.repeat(50);
    });
    expect(reasonOf(welsh, welsh.length + 99)).toBe('tooLarge');
    expect(reasonOf(welsh, welsh.length + 100)).toBe('ok');
    expect(reasonOf('x'.repeat(1000), 999)).toBe('tooLarge');
  });

  it('rejects invalid content with a plain reason', () => {
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
    bad.forEach((edit, index) => {
      expect([index, reasonOf(edited(backup, edit))]).toEqual([
        index,
        'invalid',
      ]);
    });
  });

  it('accepts uuids and the app’s own ids', () => {
    const backup = sampleBackup();
    const ids = ['reflection-1', crypto.randomUUID(), 'A'.repeat(64)];
    for (const id of ids) {
      const text = edited(backup, (r) => {
        r.reflections[0].reflection.id = id;
        for (const kind of ['answers', 'actions', 'reviews']) {
          for (const record of r.reflections[0][kind]) record.reflectionId = id;
        }
      });
      expect(reasonOf(text)).toBe('ok');
    }
  });

  it('drops unknown fields at every level', () => {
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
    expect(parseBackup(text, MAX)).toEqual({ ok: true, backup });
  });

  it('fills in missing optional fields with their defaults', () => {
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
    const result = parseBackup(text, MAX);
    expect(result.ok).toBe(true);
    const entry = result.ok ? result.backup.reflections[0] : undefined;
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
    const bareResult = parseBackup(bare, MAX);
    expect(bareResult.ok && bareResult.backup.reflections[0]).toMatchObject({
      answers: [],
      actions: [],
      reviews: [],
    });
  });

  it('strips control characters and repeated groups but keeps tabs and line breaks', () => {
    const text = edited(sampleBackup(), (r) => {
      r.reflections[0].answers[0].evidence = 'a\u0000b\u001bc\td\ne\r\nf';
      r.reflections[0].answers[0].groupsReached = [
        'youngCarers',
        'youngCarers',
      ];
    });
    const result = parseBackup(text, MAX);
    const answer = result.ok ? result.backup.reflections[0]?.answers[0] : null;
    expect(answer?.evidence).toBe('abc\td\ne\r\nf');
    expect(answer?.groupsReached).toEqual(['youngCarers']);
  });

  it('never lets __proto__, constructor or prototype keys through, at any level', () => {
    const backup = sampleBackup();
    const poison = '{"polluted":"yes","prototype":{"polluted":"yes"}}';
    const keys = `"__proto__":${poison},"constructor":${poison},"prototype":${poison},`;
    const json = JSON.stringify(backup).replace(/\{/g, `{${keys}`);
    expect(Object.hasOwn(JSON.parse(json) as object, '__proto__')).toBe(true);
    const result = parseBackup(json, MAX);
    expect(result).toEqual({ ok: true, backup });
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      expect(ownKeysDeep(result)).not.toContain(key);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('never throws, and always gives a known answer, for any text or JSON', () => {
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
    fc.assert(
      fc.property(inputs, (text) => {
        const result = parseBackup(text, MAX);
        expect(result.ok ? 'ok' : REASONS.includes(result.reason)).toBeTruthy();
      }),
      { numRuns: 2000 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never throws on values that are not even strings', () => {
    for (const value of [undefined, null, 42, {}, []]) {
      expect(reasonOf(value as unknown as string)).toBe('notJson');
    }
  });
});
