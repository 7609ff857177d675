/**
 * Version 1 of the reflection framework: its ids, order and shape. Every word
 * lives in `locales/<lang>/framework.json`; the keys here have no namespace
 * prefix because they are looked up in the `framework` namespace.
 *
 * A saved reflection records the version it was made with, so never change
 * the meaning of this version once shipped: add a new one instead.
 */
import { DIMENSION_IDS, LEVEL_IDS } from '../domain/types';
import type { CellId, DimensionId, LevelId } from '../domain/types';
import type { CellDefinition, Framework } from './framework-types';

export const FRAMEWORK_VERSION = 1;

/** Groups of young people most affected by health inequalities, in order. */
export const GROUP_IDS = [
  'mostDeprivedAreas',
  'coastalOrRural',
  'careExperienced',
  'youngCarers',
  'justiceSystem',
  'homelessness',
  'youngParents',
  'raciallyMinoritised',
  'gypsyRomaTraveller',
  'refugeesAndAsylum',
  'lgbtqPlus',
  'disabled',
  'learningDisabilityAutism',
  'longTermConditions',
  'mentalHealthNeeds',
] as const;
export type GroupId = (typeof GROUP_IDS)[number];

/** Cells with two discussion prompts; every other cell has three. */
const TWO_PROMPT_CELLS: ReadonlySet<CellId> = new Set<CellId>([
  'individual.embedding',
]);

export function cellId(level: LevelId, dimension: DimensionId): CellId {
  return `${level}.${dimension}`;
}

function defineCell(level: LevelId, dimension: DimensionId): CellDefinition {
  const id = cellId(level, dimension);
  const base = `cells.${level}.${dimension}`;
  const promptCount = TWO_PROMPT_CELLS.has(id) ? 2 : 3;
  return {
    id,
    level,
    dimension,
    headlineKey: `${base}.headline`,
    goodKey: `${base}.good`,
    promptKeys: Array.from(
      { length: promptCount },
      (_, index) => `${base}.prompts.p${index + 1}`,
    ),
    nextSteps: {
      low: `${base}.nextSteps.low`,
      middle: `${base}.nextSteps.middle`,
      high: `${base}.nextSteps.high`,
    },
  };
}

/** Every (level, dimension) pair, level by level, in the order of the ids. */
const CELLS: readonly CellDefinition[] = LEVEL_IDS.flatMap((level) =>
  DIMENSION_IDS.map((dimension) => defineCell(level, dimension)),
);

export const frameworkV1 = {
  version: FRAMEWORK_VERSION,
  levels: [
    {
      id: 'individual',
      nameKey: 'levels.individual.name',
      descriptionKey: 'levels.individual.description',
    },
    {
      id: 'service',
      nameKey: 'levels.service.name',
      descriptionKey: 'levels.service.description',
    },
    {
      id: 'organisation',
      nameKey: 'levels.organisation.name',
      descriptionKey: 'levels.organisation.description',
    },
    {
      id: 'system',
      nameKey: 'levels.system.name',
      descriptionKey: 'levels.system.description',
    },
  ],
  dimensions: [
    {
      id: 'space',
      nameKey: 'dimensions.space.name',
      descriptionKey: 'dimensions.space.description',
      source: 'lundy',
    },
    {
      id: 'voice',
      nameKey: 'dimensions.voice.name',
      descriptionKey: 'dimensions.voice.description',
      source: 'lundy',
    },
    {
      id: 'audience',
      nameKey: 'dimensions.audience.name',
      descriptionKey: 'dimensions.audience.description',
      source: 'lundy',
    },
    {
      id: 'influence',
      nameKey: 'dimensions.influence.name',
      descriptionKey: 'dimensions.influence.description',
      source: 'lundy',
    },
    {
      id: 'inclusion',
      nameKey: 'dimensions.inclusion.name',
      descriptionKey: 'dimensions.inclusion.description',
      source: 'equity',
    },
    {
      id: 'safety',
      nameKey: 'dimensions.safety.name',
      descriptionKey: 'dimensions.safety.description',
      source: 'ethics',
    },
    {
      id: 'embedding',
      nameKey: 'dimensions.embedding.name',
      descriptionKey: 'dimensions.embedding.description',
      source: 'embedding',
    },
  ],
  cells: CELLS,
  ratings: [
    {
      value: 0,
      labelKey: 'ratings.0.label',
      descriptorKey: 'ratings.0.descriptor',
    },
    {
      value: 1,
      labelKey: 'ratings.1.label',
      descriptorKey: 'ratings.1.descriptor',
    },
    {
      value: 2,
      labelKey: 'ratings.2.label',
      descriptorKey: 'ratings.2.descriptor',
    },
    {
      value: 3,
      labelKey: 'ratings.3.label',
      descriptorKey: 'ratings.3.descriptor',
    },
    {
      value: 4,
      labelKey: 'ratings.4.label',
      descriptorKey: 'ratings.4.descriptor',
    },
    {
      value: 'dontKnow',
      labelKey: 'ratings.dontKnow.label',
      descriptorKey: 'ratings.dontKnow.descriptor',
    },
    {
      value: 'notRelevant',
      labelKey: 'ratings.notRelevant.label',
      descriptorKey: 'ratings.notRelevant.descriptor',
    },
  ],
  groups: GROUP_IDS.map((id) => ({ id, nameKey: `groups.${id}` })),
} as const satisfies Framework;

const CELLS_BY_ID: ReadonlyMap<CellId, CellDefinition> = new Map(
  CELLS.map((cell) => [cell.id, cell]),
);

/** The definition of one cell. Throws if the id is not in this version. */
export function getCell(id: CellId): CellDefinition {
  const cell = CELLS_BY_ID.get(id);
  if (!cell) throw new Error(`Unknown framework cell: ${id}`);
  return cell;
}

/**
 * The cells for the chosen levels, level by level and then dimension by
 * dimension, in framework order whatever order the levels are given in.
 */
export function cellsForLevels(
  levels: readonly LevelId[],
): readonly CellDefinition[] {
  const chosen = new Set(levels);
  return CELLS.filter((cell) => chosen.has(cell.level));
}
