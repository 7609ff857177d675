/**
 * Building the summary pack an organisation shares with Champions. Every
 * value is read through the field policy (`pickForSummary`), so private
 * notes, the facilitator's name and working state cannot reach a pack.
 */
import { pickForSummary } from '../field-policy';
import { isIsoDate } from '../reflection';
import { DIMENSION_IDS, LEVEL_IDS, LIMITS } from '../types';
import type { Action, Answer, CellId, LevelId, Reflection } from '../types';
import {
  APP_ID,
  PACK_LIMITS,
  SUMMARY_FORMAT,
  SUMMARY_VERSION,
  cleanText,
  levelOfCell,
} from './format';
import type { SummaryAction, SummaryCell, SummaryPack } from './format';

export type SummaryChoice = {
  /** Levels to share; only those the reflection covers are used. */
  levels: LevelId[];
  /** Share each cell's evidence and examples. */
  includeEvidence: boolean;
  /** Share the action plan (actions with text, in plan order). */
  includeActions: boolean;
};

export type SummaryInput = {
  reflection: Reflection;
  answers: Answer[];
  actions: Action[];
  choice: SummaryChoice;
  now: Date;
  /** A fresh uuid for this pack. */
  packId: string;
};

const GROUP_ID = /^[a-zA-Z]{1,40}$/;

function summaryCell(
  cellId: CellId,
  answer: Answer | undefined,
  includeEvidence: boolean,
): SummaryCell {
  const shared = answer ? pickForSummary('answer', answer) : undefined;
  const groups = (shared?.groupsReached ?? []).filter((g) => GROUP_ID.test(g));
  const cell: SummaryCell = {
    cellId,
    rating: shared?.rating ?? null,
    groupsReached: [...new Set(groups)].slice(0, PACK_LIMITS.groups),
  };
  if (includeEvidence) {
    cell.evidence = cleanText(shared?.evidence ?? '', LIMITS.longText);
    cell.examples = cleanText(shared?.examples ?? '', LIMITS.longText);
  }
  return cell;
}

function summaryActions(
  actions: readonly Action[],
  levels: ReadonlySet<LevelId>,
): SummaryAction[] {
  return [...actions]
    .sort((a, b) => a.order - b.order)
    .map((action) => pickForSummary('action', action))
    .map((action) => ({
      text: cleanText(action.text, LIMITS.actionText),
      owner: cleanText(action.owner, LIMITS.owner),
      due: isIsoDate(action.due) ? action.due : '',
      cellId: action.cellId,
    }))
    .filter(
      (action) =>
        action.text.length > 0 &&
        (action.cellId === null || levels.has(levelOfCell(action.cellId))),
    )
    .slice(0, PACK_LIMITS.actions);
}

/**
 * The summary pack for the chosen levels: one cell per (level, dimension) in
 * framework order, evidence and actions only when chosen. `choice.levels`
 * must name at least one of the reflection's levels for the pack to be valid.
 */
export function buildSummaryPack(input: SummaryInput): SummaryPack {
  const { choice } = input;
  const reflection = pickForSummary('reflection', input.reflection);
  const ownId = input.reflection.id;
  const levels = LEVEL_IDS.filter(
    (level) =>
      choice.levels.includes(level) && reflection.levels.includes(level),
  );
  const answers = new Map(
    input.answers
      .filter((answer) => answer.reflectionId === ownId)
      .map((answer) => [answer.cellId, answer]),
  );
  const cells = levels.flatMap((level) =>
    DIMENSION_IDS.map((dimension) => {
      const cellId: CellId = `${level}.${dimension}`;
      return summaryCell(cellId, answers.get(cellId), choice.includeEvidence);
    }),
  );
  const pack: SummaryPack = {
    format: SUMMARY_FORMAT,
    version: SUMMARY_VERSION,
    app: APP_ID,
    createdAt: input.now.toISOString(),
    packId: input.packId,
    reflection: {
      id: reflection.id,
      organisationName: cleanText(
        reflection.organisationName,
        LIMITS.organisationName,
      ),
      organisationType: reflection.organisationType,
      area: cleanText(reflection.area, LIMITS.area),
      date: reflection.date,
      levels,
      locale: reflection.locale,
      frameworkVersion: reflection.frameworkVersion,
    },
    cells,
  };
  if (choice.includeActions) {
    const own = input.actions.filter((action) => action.reflectionId === ownId);
    pack.actions = summaryActions(own, new Set(levels));
  }
  return pack;
}
