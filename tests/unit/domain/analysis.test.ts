import { describe, expect, it } from 'vitest';
import { cellsForLevels } from '../../../src/content/framework-v1';
import { actionFlags, analyseReflection } from '../../../src/domain/analysis';
import type { RatingCounts } from '../../../src/domain/analysis';
import { buildResults } from '../../../src/domain/results';
import type { CellId, LevelId, Rating } from '../../../src/domain/types';
import { makeAction } from '../../support/factories';

const GROUPS = ['careExperienced', 'youngCarers', 'lgbtqPlus'] as const;

type Entry = [CellId, Rating | null, { evidence?: string; groups?: string[] }?];

function answers(entries: Entry[]) {
  return entries.map(([cellId, rating, extra = {}]) => ({
    cellId,
    rating,
    evidence: extra.evidence ?? '',
    groupsReached: extra.groups ?? [],
  }));
}

function analyse(levels: LevelId[], entries: Entry[]) {
  return analyseReflection({
    cells: cellsForLevels(levels),
    answers: answers(entries),
    groupIds: GROUPS,
  });
}

function counts(partial: Partial<RatingCounts>): RatingCounts {
  return {
    0: 0,
    1: 0,
    2: 0,
    3: 0,
    4: 0,
    dontKnow: 0,
    notRelevant: 0,
    unanswered: 0,
    ...partial,
  };
}

describe('analyseReflection', () => {
  it('profiles each level: mean, rated, total and how the ratings spread', () => {
    const analysis = analyse(
      ['individual', 'service'],
      [
        ['individual.space', 4],
        ['individual.voice', 2],
        ['individual.audience', 'dontKnow'],
        ['individual.influence', 'notRelevant'],
        ['individual.inclusion', 0],
        ['service.space', 1],
      ],
    );
    expect(analysis.levelProfiles).toEqual([
      {
        level: 'individual',
        mean: 2,
        rated: 3,
        total: 7,
        counts: counts({
          0: 1,
          2: 1,
          4: 1,
          dontKnow: 1,
          notRelevant: 1,
          unanswered: 2,
        }),
      },
      {
        level: 'service',
        mean: 1,
        rated: 1,
        total: 7,
        counts: counts({ 1: 1, unanswered: 6 }),
      },
    ]);
  });

  it('profiles each dimension across the chosen levels, in framework order', () => {
    const analysis = analyse(
      ['individual', 'system'],
      [
        ['individual.space', 4],
        ['system.space', 1],
        ['system.voice', 'dontKnow'],
      ],
    );
    expect(analysis.dimensionProfiles.map((p) => p.dimension)).toEqual([
      'space',
      'voice',
      'audience',
      'influence',
      'inclusion',
      'safety',
      'embedding',
    ]);
    expect(analysis.dimensionProfiles[0]).toEqual({
      dimension: 'space',
      mean: 2.5,
      rated: 2,
      total: 2,
      counts: counts({ 1: 1, 4: 1 }),
    });
    expect(analysis.dimensionProfiles[1]).toEqual({
      dimension: 'voice',
      mean: null,
      rated: 0,
      total: 2,
      counts: counts({ dontKnow: 1, unanswered: 1 }),
    });
  });

  it('gives the same strengths, priorities and Don’t know cells as buildResults', () => {
    const cells = cellsForLevels(['service']);
    const given = answers([
      ['service.space', 3, { evidence: 'Minutes' }],
      ['service.voice', 4],
      ['service.audience', 0],
      ['service.influence', 1],
      ['service.inclusion', 'dontKnow'],
    ]);
    const analysis = analyseReflection({
      cells,
      answers: given,
      groupIds: GROUPS,
    });
    const results = buildResults(cells, given);
    expect(analysis.strengths).toEqual(results.strengths);
    expect(analysis.priorities).toEqual(results.priorities);
    expect(analysis.dontKnow).toEqual(results.dontKnow);
  });

  it('lists Established and Leading cells with no evidence, highest first', () => {
    const analysis = analyse(
      ['service'],
      [
        ['service.space', 3],
        ['service.voice', 4, { evidence: '  \n ' }],
        ['service.audience', 4, { evidence: 'Board minutes' }],
        ['service.influence', 2],
        ['service.inclusion', 'dontKnow'],
      ],
    );
    expect(analysis.evidenceGaps.map((c) => [c.id, c.rating])).toEqual([
      ['service.voice', 4],
      ['service.space', 3],
    ]);
  });

  it('lists, per level, the groups no answer there says were reached, in the order given', () => {
    const analysis = analyse(
      ['individual', 'service'],
      [
        ['individual.space', 3, { groups: ['youngCarers'] }],
        ['individual.voice', 1, { groups: ['youngCarers', 'unknownGroup'] }],
        ['service.space', 'dontKnow'],
      ],
    );
    expect(analysis.reachGaps).toEqual([
      { level: 'individual', notReached: ['careExperienced', 'lgbtqPlus'] },
      {
        level: 'service',
        notReached: ['careExperienced', 'youngCarers', 'lgbtqPlus'],
      },
    ]);
    expect(analysis.reachNotKnown).toEqual([]);
  });

  it('gives an empty list when every group was reached at a level', () => {
    const analysis = analyse(
      ['service'],
      [['service.space', 2, { groups: [...GROUPS] }]],
    );
    expect(analysis.reachGaps).toEqual([{ level: 'service', notReached: [] }]);
  });

  it('says reach is not known at a level with no answers, rather than claiming no one was reached', () => {
    const analysis = analyse(
      ['individual', 'service'],
      [['service.space', 2, { groups: ['lgbtqPlus'] }]],
    );
    expect(analysis.reachGaps).toEqual([
      { level: 'service', notReached: ['careExperienced', 'youngCarers'] },
    ]);
    expect(analysis.reachNotKnown).toEqual(['individual']);
  });

  it('counts groups recorded on a cell that has no rating yet', () => {
    const analysis = analyse(
      ['service'],
      [['service.space', null, { groups: ['careExperienced'] }]],
    );
    expect(analysis.reachGaps).toEqual([
      { level: 'service', notReached: ['youngCarers', 'lgbtqPlus'] },
    ]);
  });

  it('ignores answers for levels the reflection does not cover', () => {
    const analysis = analyse(
      ['service'],
      [['system.space', 4, { groups: [...GROUPS] }]],
    );
    expect(analysis.reachNotKnown).toEqual(['service']);
    expect(analysis.strengths).toEqual([]);
    expect(analysis.levelProfiles.map((p) => p.level)).toEqual(['service']);
  });

  it('suggests next steps for priorities (lowest first) then Don’t know cells, by band', () => {
    const analysis = analyse(
      ['service'],
      [
        ['service.space', 1],
        ['service.voice', 'dontKnow'],
        ['service.audience', 0],
        ['service.influence', 2],
        ['service.inclusion', 4],
        ['service.safety', 'notRelevant'],
      ],
    );
    expect(analysis.nextSteps).toEqual([
      { cellId: 'service.audience', band: 'low', reason: 'priority' },
      { cellId: 'service.space', band: 'low', reason: 'priority' },
      { cellId: 'service.voice', band: 'low', reason: 'dontKnow' },
    ]);
  });

  it('copes with empty input', () => {
    const analysis = analyseReflection({
      cells: [],
      answers: [],
      groupIds: [],
    });
    expect(analysis).toEqual({
      levelProfiles: [],
      dimensionProfiles: [],
      strengths: [],
      priorities: [],
      dontKnow: [],
      evidenceGaps: [],
      reachGaps: [],
      reachNotKnown: [],
      nextSteps: [],
    });
  });

  it('copes with a reflection where nothing is rated', () => {
    const analysis = analyse(['individual', 'service'], []);
    expect(analysis.levelProfiles.map((p) => p.mean)).toEqual([null, null]);
    expect(analysis.levelProfiles[0]?.counts).toEqual(
      counts({ unanswered: 7 }),
    );
    expect(analysis.dimensionProfiles.every((p) => p.mean === null)).toBe(true);
    expect(analysis.reachGaps).toEqual([]);
    expect(analysis.reachNotKnown).toEqual(['individual', 'service']);
    expect(analysis.nextSteps).toEqual([]);
    expect(analysis.evidenceGaps).toEqual([]);
  });

  it('treats all Don’t know as a finding: no mean, every cell a next step, reach known', () => {
    const cells = cellsForLevels(['service']);
    const analysis = analyse(
      ['service'],
      cells.map((c): Entry => [c.id, 'dontKnow']),
    );
    expect(analysis.levelProfiles).toEqual([
      {
        level: 'service',
        mean: null,
        rated: 0,
        total: 7,
        counts: counts({ dontKnow: 7 }),
      },
    ]);
    expect(analysis.dontKnow).toHaveLength(7);
    expect(analysis.nextSteps).toHaveLength(7);
    expect(analysis.nextSteps.every((s) => s.reason === 'dontKnow')).toBe(true);
    expect(analysis.reachGaps).toEqual([
      { level: 'service', notReached: [...GROUPS] },
    ]);
  });

  it('works with one level only: each dimension profile is that level’s cell', () => {
    const analysis = analyse(['organisation'], [['organisation.voice', 3]]);
    expect(analysis.levelProfiles).toHaveLength(1);
    expect(analysis.dimensionProfiles).toHaveLength(7);
    expect(analysis.dimensionProfiles[1]).toMatchObject({
      dimension: 'voice',
      mean: 3,
      rated: 1,
      total: 1,
    });
  });
});

describe('actionFlags', () => {
  const today = '2026-05-01';

  it('flags actions with text but nothing on how young people will hear what changed', () => {
    const missing = makeAction('r', { text: 'Pay panel members' });
    const blank = makeAction('r', {
      text: 'Train staff',
      feedbackToYoungPeople: '  \n',
    });
    const closed = makeAction('r', {
      text: 'Fund transport',
      feedbackToYoungPeople: 'Newsletter in June',
    });
    const empty = makeAction('r', { text: '   ' });
    const flags = actionFlags([missing, blank, closed, empty], today);
    expect(flags.noFeedback).toEqual([missing, blank]);
  });

  it('flags actions past their due date that are not done', () => {
    const late = makeAction('r', { due: '2026-04-30', status: 'todo' });
    const lateDoing = makeAction('r', { due: '2025-12-01', status: 'doing' });
    const lateDone = makeAction('r', { due: '2026-04-30', status: 'done' });
    const dueToday = makeAction('r', { due: today });
    const future = makeAction('r', { due: '2026-05-02' });
    const noDate = makeAction('r', { due: '' });
    const badDate = makeAction('r', { due: '2026-02-30' });
    const flags = actionFlags(
      [late, lateDoing, lateDone, dueToday, future, noDate, badDate],
      today,
    );
    expect(flags.overdue).toEqual([late, lateDoing]);
  });

  it('flags nothing as overdue when today is not a date', () => {
    const late = makeAction('r', { due: '2020-01-01' });
    expect(actionFlags([late], '').overdue).toEqual([]);
    expect(actionFlags([late], 'yesterday').overdue).toEqual([]);
  });

  it('copes with no actions', () => {
    expect(actionFlags([], today)).toEqual({ noFeedback: [], overdue: [] });
  });
});
