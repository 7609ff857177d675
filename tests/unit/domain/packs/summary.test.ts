import { describe, expect, it } from 'vitest';
import { summaryPackSchema } from '../../../../src/domain/packs/format';
import {
  buildSummaryPack,
  type SummaryInput,
} from '../../../../src/domain/packs/summary';
import {
  LEVEL_IDS,
  LIMITS,
  type Reflection,
} from '../../../../src/domain/types';
import {
  makeAction,
  makeAnswer,
  makeReflection,
} from '../../../support/factories';

function reflectionFor(overrides: Partial<Reflection> = {}): Reflection {
  return makeReflection({
    id: crypto.randomUUID(),
    levels: ['service', 'organisation'],
    facilitator: 'Sam Facilitator',
    status: 'complete',
    lastCellId: 'service.voice',
    ...overrides,
  });
}

function build(overrides: Partial<SummaryInput> = {}) {
  const reflection = overrides.reflection ?? reflectionFor();
  return buildSummaryPack({
    reflection,
    answers: [],
    actions: [],
    choice: {
      levels: [...LEVEL_IDS],
      includeEvidence: false,
      includeActions: false,
    },
    now: new Date('2026-03-27T10:00:00.000Z'),
    packId: '7d8c2a4e-5b1f-4c3d-9e8a-1f2b3c4d5e6f',
    ...overrides,
  });
}

describe('buildSummaryPack', () => {
  it('starts with the envelope and describes the reflection without the facilitator', () => {
    const reflection = reflectionFor();
    const pack = build({ reflection });
    expect(pack).toMatchObject({
      format: 'voice-influence/summary',
      version: 1,
      app: 'voice-and-influence',
      createdAt: '2026-03-27T10:00:00.000Z',
      packId: '7d8c2a4e-5b1f-4c3d-9e8a-1f2b3c4d5e6f',
    });
    expect(pack.reflection).toEqual({
      id: reflection.id,
      organisationName: reflection.organisationName,
      organisationType: 'icb',
      area: 'Anytown',
      date: '2026-03-27',
      levels: ['service', 'organisation'],
      locale: 'en-GB',
      frameworkVersion: 1,
    });
  });

  it('gives one cell per dimension of each chosen level, in framework order', () => {
    const reflection = reflectionFor({
      levels: ['individual', 'service', 'system'],
    });
    const pack = build({
      reflection,
      choice: {
        levels: ['system', 'individual'],
        includeEvidence: false,
        includeActions: false,
      },
    });
    expect(pack.reflection.levels).toEqual(['individual', 'system']);
    expect(pack.cells.map((c) => c.cellId)).toEqual([
      'individual.space',
      'individual.voice',
      'individual.audience',
      'individual.influence',
      'individual.inclusion',
      'individual.safety',
      'individual.embedding',
      'system.space',
      'system.voice',
      'system.audience',
      'system.influence',
      'system.inclusion',
      'system.safety',
      'system.embedding',
    ]);
  });

  it('leaves out levels the reflection does not cover', () => {
    const pack = build({
      choice: {
        levels: ['system', 'service'],
        includeEvidence: false,
        includeActions: false,
      },
    });
    expect(pack.reflection.levels).toEqual(['service']);
    expect(pack.cells).toHaveLength(7);
  });

  it('carries ratings and groups, with null for unanswered cells', () => {
    const reflection = reflectionFor();
    const pack = build({
      reflection,
      answers: [
        makeAnswer(reflection.id, 'service.voice', {
          rating: 'dontKnow',
          groupsReached: ['careExperienced', 'youngCarers'],
        }),
      ],
    });
    const byId = new Map(pack.cells.map((c) => [c.cellId, c]));
    expect(byId.get('service.voice')).toEqual({
      cellId: 'service.voice',
      rating: 'dontKnow',
      groupsReached: ['careExperienced', 'youngCarers'],
    });
    expect(byId.get('service.space')).toEqual({
      cellId: 'service.space',
      rating: null,
      groupsReached: [],
    });
  });

  it('ignores answers and actions that belong to another reflection', () => {
    const reflection = reflectionFor();
    const pack = build({
      reflection,
      answers: [makeAnswer('someone-else', 'service.voice', { rating: 4 })],
      actions: [makeAction('someone-else', { text: 'Not ours' })],
      choice: {
        levels: ['service'],
        includeEvidence: false,
        includeActions: true,
      },
    });
    expect(pack.cells.every((c) => c.rating === null)).toBe(true);
    expect(pack.actions).toEqual([]);
  });

  it('includes evidence and examples only when chosen, trimmed and cut to the limit', () => {
    const reflection = reflectionFor();
    const answers = [
      makeAnswer(reflection.id, 'service.voice', {
        evidence: `  ${'e'.repeat(LIMITS.longText + 50)}  `,
        examples: '  Youth panel\n',
      }),
    ];
    const without = build({ reflection, answers });
    expect(without.cells[1]).not.toHaveProperty('evidence');
    expect(without.cells[1]).not.toHaveProperty('examples');

    const withEvidence = build({
      reflection,
      answers,
      choice: {
        levels: ['service'],
        includeEvidence: true,
        includeActions: false,
      },
    });
    expect(withEvidence.cells[1]?.evidence).toBe('e'.repeat(LIMITS.longText));
    expect(withEvidence.cells[1]?.examples).toBe('Youth panel');
    expect(withEvidence.cells[0]).toMatchObject({ evidence: '', examples: '' });
  });

  it('strips control characters and never splits an emoji when cutting', () => {
    const reflection = reflectionFor();
    const evidence = `${'a'.repeat(LIMITS.longText - 1)}😀`;
    const pack = build({
      reflection,
      answers: [
        makeAnswer(reflection.id, 'service.space', {
          examples: 'Bell\u0007 and\ttab',
        }),
        makeAnswer(reflection.id, 'service.voice', { evidence }),
      ],
      choice: {
        levels: ['service'],
        includeEvidence: true,
        includeActions: false,
      },
    });
    expect(pack.cells[0]?.examples).toBe('Bell and\ttab');
    expect(pack.cells[1]?.evidence).toBe('a'.repeat(LIMITS.longText - 1));
  });

  it('includes actions with text only when chosen, in plan order, within the chosen levels', () => {
    const reflection = reflectionFor();
    const actions = [
      makeAction(reflection.id, {
        order: 3,
        text: 'Third',
        cellId: 'service.voice',
        owner: 'Board',
        due: '2026-06-01',
      }),
      makeAction(reflection.id, {
        order: 1,
        text: 'First',
        status: 'done',
        feedbackToYoungPeople: 'You said',
      }),
      makeAction(reflection.id, { order: 2, text: '   ' }),
      makeAction(reflection.id, {
        order: 4,
        text: 'Other level',
        cellId: 'organisation.voice',
      }),
      makeAction(reflection.id, {
        order: 5,
        text: 'Bad date',
        due: '31/12/2026',
      }),
    ];
    expect(build({ reflection, actions }).actions).toBeUndefined();
    const pack = build({
      reflection,
      actions,
      choice: {
        levels: ['service'],
        includeEvidence: false,
        includeActions: true,
      },
    });
    expect(pack.actions).toEqual([
      { text: 'First', owner: '', due: '', cellId: null },
      {
        text: 'Third',
        owner: 'Board',
        due: '2026-06-01',
        cellId: 'service.voice',
      },
      { text: 'Bad date', owner: '', due: '', cellId: null },
    ]);
  });

  it('makes packs that pass their own schema unchanged', () => {
    const reflection = reflectionFor({ levels: [...LEVEL_IDS] });
    const pack = build({
      reflection,
      answers: [
        makeAnswer(reflection.id, 'system.embedding', {
          rating: 4,
          evidence: 'Budget line',
        }),
      ],
      actions: [makeAction(reflection.id, { cellId: 'system.embedding' })],
      choice: {
        levels: [...LEVEL_IDS],
        includeEvidence: true,
        includeActions: true,
      },
    });
    expect(summaryPackSchema.parse(pack)).toEqual(pack);
  });
});
