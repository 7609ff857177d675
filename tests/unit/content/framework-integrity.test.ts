import { describe, expect, it } from 'vitest';
import en from '../../../locales/en-GB/framework.json';
import {
  cellId,
  cellsForLevels,
  frameworkV1,
  FRAMEWORK_VERSION,
  getCell,
} from '../../../src/content/framework-v1';
import {
  ALL_RATINGS,
  DIMENSION_IDS,
  LEVEL_IDS,
} from '../../../src/domain/types';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path such as `cells.individual.space.headline`. */
function resolve(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, part) => (isRecord(node) ? node[part] : undefined),
      tree,
    );
}

/** Every leaf of a nested object, as dotted paths. */
function leafPaths(tree: unknown, prefix = ''): string[] {
  if (!isRecord(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) =>
    leafPaths(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** Every i18n key the framework data refers to. */
function referencedKeys(): string[] {
  return [
    ...frameworkV1.levels.flatMap((level) => [
      level.nameKey,
      level.descriptionKey,
    ]),
    ...frameworkV1.dimensions.flatMap((dimension) => [
      dimension.nameKey,
      dimension.descriptionKey,
    ]),
    ...frameworkV1.cells.flatMap((cell) => [
      cell.headlineKey,
      cell.goodKey,
      ...cell.promptKeys,
      cell.nextSteps.low,
      cell.nextSteps.middle,
      cell.nextSteps.high,
    ]),
    ...frameworkV1.ratings.flatMap((rating) => [
      rating.labelKey,
      rating.descriptorKey,
    ]),
    ...frameworkV1.groups.map((group) => group.nameKey),
  ];
}

function duplicates<T>(values: readonly T[]): T[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

describe('framework version 1', () => {
  it('declares the version it is', () => {
    expect(frameworkV1.version).toBe(FRAMEWORK_VERSION);
    expect(FRAMEWORK_VERSION).toBe(1);
  });

  it('gives every level, dimension, cell, rating and group a unique id', () => {
    expect(duplicates(frameworkV1.levels.map((l) => l.id))).toEqual([]);
    expect(duplicates(frameworkV1.dimensions.map((d) => d.id))).toEqual([]);
    expect(duplicates(frameworkV1.cells.map((c) => c.id))).toEqual([]);
    expect(duplicates(frameworkV1.ratings.map((r) => r.value))).toEqual([]);
    expect(duplicates(frameworkV1.groups.map((g) => g.id))).toEqual([]);
  });

  it('lists levels, dimensions and ratings in the order the domain defines', () => {
    expect(frameworkV1.levels.map((l) => l.id)).toEqual([...LEVEL_IDS]);
    expect(frameworkV1.dimensions.map((d) => d.id)).toEqual([...DIMENSION_IDS]);
    expect(frameworkV1.ratings.map((r) => r.value)).toEqual([...ALL_RATINGS]);
  });

  it('has exactly 28 cells, one for every level and dimension', () => {
    const expected = LEVEL_IDS.flatMap((level) =>
      DIMENSION_IDS.map((dimension) => `${level}.${dimension}`),
    );
    expect(frameworkV1.cells).toHaveLength(28);
    expect(frameworkV1.cells.map((c) => c.id)).toEqual(expected);
    for (const cell of frameworkV1.cells) {
      expect(cell.id).toBe(`${cell.level}.${cell.dimension}`);
    }
  });

  it('gives every cell two or three prompts', () => {
    for (const cell of frameworkV1.cells) {
      expect(cell.promptKeys.length, cell.id).toBeGreaterThanOrEqual(2);
      expect(cell.promptKeys.length, cell.id).toBeLessThanOrEqual(3);
    }
  });

  it('has at least one group of young people to record as reached', () => {
    expect(frameworkV1.groups.length).toBeGreaterThan(0);
  });
});

describe('the English framework text', () => {
  it('has a non-empty string for every key the framework refers to', () => {
    const missing = referencedKeys().filter((key) => {
      const value = resolve(en, key);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(missing).toEqual([]);
  });

  it('has only non-empty strings as leaves', () => {
    const bad = leafPaths(en).filter((path) => {
      const value = resolve(en, path);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(bad).toEqual([]);
  });

  it('has no text that the framework does not use', () => {
    const used = new Set(referencedKeys());
    const orphans = leafPaths(en).filter((path) => !used.has(path));
    expect(orphans).toEqual([]);
  });
});

describe('cellId', () => {
  it('joins a level and a dimension with a dot', () => {
    expect(cellId('service', 'audience')).toBe('service.audience');
  });
});

describe('getCell', () => {
  it('finds the definition for a cell id', () => {
    const cell = getCell('organisation.influence');
    expect(cell.level).toBe('organisation');
    expect(cell.dimension).toBe('influence');
    expect(cell.headlineKey).toBe('cells.organisation.influence.headline');
  });

  it('throws for an id that is not in the framework', () => {
    expect(() => getCell('nowhere.space' as never)).toThrow(/nowhere\.space/);
  });
});

describe('cellsForLevels', () => {
  it('returns the chosen levels cell by cell, level first, in framework order', () => {
    const ids = cellsForLevels(['system', 'individual']).map((c) => c.id);
    expect(ids).toEqual([
      ...DIMENSION_IDS.map((dimension) => `individual.${dimension}`),
      ...DIMENSION_IDS.map((dimension) => `system.${dimension}`),
    ]);
  });

  it('returns nothing when no level is chosen', () => {
    expect(cellsForLevels([])).toEqual([]);
  });
});
