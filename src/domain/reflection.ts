/** Creating and checking reflections: pure rules used by set-up. */
import {
  LEVEL_IDS,
  LIMITS,
  ORGANISATION_TYPES,
  type Answer,
  type CellId,
  type LevelId,
  type OrganisationType,
  type Reflection,
} from './types';

export type SetupInput = {
  organisationName: string;
  organisationType: OrganisationType | '';
  area: string;
  levels: LevelId[];
  date: string;
  facilitator: string;
};

export type SetupField = keyof SetupInput;
export type SetupErrorCode =
  'required' | 'tooLong' | 'invalidDate' | 'noLevels';
export type SetupErrors = Partial<Record<SetupField, SetupErrorCode>>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === value
  );
}

/** Checks set-up input; an empty object means it is valid. Fields in form order. */
export function validateSetup(input: SetupInput): SetupErrors {
  const errors: SetupErrors = {};
  const name = input.organisationName.trim();
  if (name.length === 0) errors.organisationName = 'required';
  else if (name.length > LIMITS.organisationName)
    errors.organisationName = 'tooLong';
  if (!ORGANISATION_TYPES.includes(input.organisationType as OrganisationType))
    errors.organisationType = 'required';
  if (input.area.trim().length > LIMITS.area) errors.area = 'tooLong';
  if (!input.levels.some((l) => LEVEL_IDS.includes(l)))
    errors.levels = 'noLevels';
  if (input.date.trim().length === 0) errors.date = 'required';
  else if (!isIsoDate(input.date.trim())) errors.date = 'invalidDate';
  if (input.facilitator.trim().length > LIMITS.facilitator)
    errors.facilitator = 'tooLong';
  return errors;
}

/** Keeps levels in framework order and drops unknown or repeated ones. */
export function normaliseLevels(levels: readonly string[]): LevelId[] {
  return LEVEL_IDS.filter((l) => levels.includes(l));
}

export function createReflection(
  input: SetupInput,
  meta: { id: string; now: number; locale: string; frameworkVersion: number },
): Reflection {
  return {
    id: meta.id,
    organisationName: input.organisationName.trim(),
    organisationType: input.organisationType as OrganisationType,
    area: input.area.trim(),
    levels: normaliseLevels(input.levels),
    date: input.date.trim(),
    facilitator: input.facilitator.trim(),
    locale: meta.locale,
    frameworkVersion: meta.frameworkVersion,
    status: 'inProgress',
    lastCellId: null,
    createdAt: meta.now,
    updatedAt: meta.now,
  };
}

export function emptyAnswer(reflectionId: string, cellId: CellId): Answer {
  return {
    reflectionId,
    cellId,
    rating: null,
    evidence: '',
    examples: '',
    groupsReached: [],
    privateNotes: '',
    updatedAt: 0,
  };
}

export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
