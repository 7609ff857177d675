import type { CellId, DimensionId, LevelId, Rating } from '../domain/types';

/** i18n key in the `framework` namespace. */
export type FrameworkKey = string;

export type LevelDefinition = {
  id: LevelId;
  nameKey: FrameworkKey;
  descriptionKey: FrameworkKey;
};

export type DimensionDefinition = {
  id: DimensionId;
  nameKey: FrameworkKey;
  descriptionKey: FrameworkKey;
  /** Which part of the Lundy model (or our additions) it comes from. */
  source: 'lundy' | 'equity' | 'ethics' | 'embedding';
};

export type CellDefinition = {
  id: CellId;
  level: LevelId;
  dimension: DimensionId;
  headlineKey: FrameworkKey;
  goodKey: FrameworkKey;
  /** Two or three discussion prompts. */
  promptKeys: readonly FrameworkKey[];
  nextSteps: {
    /** Rated Not yet or Starting (0-1), or Don't know. */
    low: FrameworkKey;
    /** Rated Developing (2). */
    middle: FrameworkKey;
    /** Rated Established or Leading (3-4). */
    high: FrameworkKey;
  };
};

export type RatingDefinition = {
  value: Rating;
  labelKey: FrameworkKey;
  descriptorKey: FrameworkKey;
};

export type GroupDefinition = { id: string; nameKey: FrameworkKey };

export type Framework = {
  version: number;
  levels: readonly LevelDefinition[];
  dimensions: readonly DimensionDefinition[];
  cells: readonly CellDefinition[];
  ratings: readonly RatingDefinition[];
  groups: readonly GroupDefinition[];
};
