import { describe, expect, it } from 'vitest';
import {
  createReflection,
  isIsoDate,
  normaliseLevels,
  todayIso,
  validateSetup,
  type SetupInput,
} from '../../../src/domain/reflection';
import { LIMITS } from '../../../src/domain/types';

const valid: SetupInput = {
  organisationName: 'NHS Anytown ICB',
  organisationType: 'icb',
  area: 'Anytown',
  levels: ['service'],
  date: '2026-03-27',
  facilitator: '',
};

describe('validateSetup', () => {
  it('accepts a complete set-up', () => {
    expect(validateSetup(valid)).toEqual({});
  });
  it('needs an organisation name that is not just spaces', () => {
    expect(validateSetup({ ...valid, organisationName: '   ' })).toEqual({
      organisationName: 'required',
    });
  });
  it('refuses names, areas and facilitator names over their limits', () => {
    const errors = validateSetup({
      ...valid,
      organisationName: 'x'.repeat(LIMITS.organisationName + 1),
      area: 'x'.repeat(LIMITS.area + 1),
      facilitator: 'x'.repeat(LIMITS.facilitator + 1),
    });
    expect(errors).toEqual({
      organisationName: 'tooLong',
      area: 'tooLong',
      facilitator: 'tooLong',
    });
  });
  it('accepts a name exactly at the limit', () => {
    expect(
      validateSetup({
        ...valid,
        organisationName: 'x'.repeat(LIMITS.organisationName),
      }),
    ).toEqual({});
  });
  it('needs a type of organisation from the list', () => {
    expect(validateSetup({ ...valid, organisationType: '' })).toEqual({
      organisationType: 'required',
    });
  });
  it('needs at least one known level', () => {
    expect(validateSetup({ ...valid, levels: [] })).toEqual({
      levels: 'noLevels',
    });
  });
  it('needs a real date', () => {
    expect(validateSetup({ ...valid, date: '' })).toEqual({ date: 'required' });
    expect(validateSetup({ ...valid, date: '2026-02-30' })).toEqual({
      date: 'invalidDate',
    });
    expect(validateSetup({ ...valid, date: '27/03/2026' })).toEqual({
      date: 'invalidDate',
    });
  });
});

describe('isIsoDate', () => {
  it('accepts leap days only in leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
  });
});

describe('normaliseLevels', () => {
  it('keeps framework order and drops unknown or repeated levels', () => {
    expect(
      normaliseLevels(['system', 'nonsense', 'individual', 'system']),
    ).toEqual(['individual', 'system']);
  });
});

describe('createReflection', () => {
  it('trims text and records the framework version and language', () => {
    const reflection = createReflection(
      {
        ...valid,
        organisationName: '  NHS Anytown ICB  ',
        levels: ['system', 'service'],
      },
      { id: 'abc', now: 42, locale: 'en-GB', frameworkVersion: 1 },
    );
    expect(reflection).toMatchObject({
      id: 'abc',
      organisationName: 'NHS Anytown ICB',
      levels: ['service', 'system'],
      locale: 'en-GB',
      frameworkVersion: 1,
      status: 'inProgress',
      lastCellId: null,
      createdAt: 42,
      updatedAt: 42,
    });
  });
});

describe('todayIso', () => {
  it('formats the local date as yyyy-mm-dd', () => {
    expect(todayIso(new Date(2026, 0, 5))).toBe('2026-01-05');
  });
});
