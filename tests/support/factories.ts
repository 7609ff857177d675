/** Test data builders: valid by default, override what a test cares about. */
import { FRAMEWORK_VERSION } from '../../src/content/framework-v1';
import { emptyAnswer } from '../../src/domain/reflection';
import type { Answer, CellId, Reflection } from '../../src/domain/types';

let counter = 0;

export function makeReflection(overrides: Partial<Reflection> = {}): Reflection {
  counter += 1;
  return {
    id: `reflection-${counter}`,
    organisationName: `Organisation ${counter}`,
    organisationType: 'icb',
    area: 'Anytown',
    levels: ['service'],
    date: '2026-03-27',
    facilitator: '',
    locale: 'en-GB',
    frameworkVersion: FRAMEWORK_VERSION,
    status: 'inProgress',
    lastCellId: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}

export function makeAnswer(
  reflectionId: string,
  cellId: CellId,
  overrides: Partial<Answer> = {},
): Answer {
  return { ...emptyAnswer(reflectionId, cellId), updatedAt: 1, ...overrides };
}
