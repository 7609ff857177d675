import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type {
  SetupErrors,
  SetupField,
  SetupInput,
} from '../../domain/reflection';
import {
  LIMITS,
  ORGANISATION_TYPES,
  type LevelId,
  type OrganisationType,
} from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { Button } from '../../ui/Button';
import { CheckboxChoiceGroup, RadioChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';

type Props = {
  value: SetupInput;
  errors: SetupErrors;
  submitCount: number;
  submitLabel: string;
  onChange: (value: SetupInput) => void;
  onSubmit: () => void;
};

const FIELD_ORDER: SetupField[] = [
  'organisationName',
  'organisationType',
  'area',
  'levels',
  'date',
  'facilitator',
];

const MAX: Partial<Record<SetupField, number>> = {
  organisationName: LIMITS.organisationName,
  area: LIMITS.area,
  facilitator: LIMITS.facilitator,
};

export function SetupForm({
  value,
  errors,
  submitCount,
  submitLabel,
  onChange,
  onSubmit,
}: Props) {
  const { t } = useTranslation(['setup', 'common']);
  const ft = useFrameworkText();

  const message = (field: SetupField): string | undefined => {
    const code = errors[field];
    if (!code) return undefined;
    return t(
      `setup:errors.${field}.${code}` as 'setup:errors.organisationName.required',
      {
        max: MAX[field],
      },
    );
  };
  const set = <K extends SetupField>(field: K, next: SetupInput[K]) =>
    onChange({ ...value, [field]: next });

  const summary = FIELD_ORDER.flatMap((field) => {
    const text = message(field);
    return text ? [{ fieldId: field, message: text }] : [];
  });

  return (
    <form
      noValidate
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <ErrorSummary
        title={t('common:errors.summaryTitle')}
        errors={summary}
        submitCount={submitCount}
      />
      <TextField
        id="organisationName"
        name="organisationName"
        label={t('setup:fields.organisationName.label')}
        description={t('setup:fields.organisationName.hint')}
        value={value.organisationName}
        onChange={(v) => set('organisationName', v)}
        errorMessage={message('organisationName')}
        autoComplete="organization"
        isRequired
      />
      <RadioChoiceGroup<OrganisationType>
        id="organisationType"
        label={t('setup:fields.organisationType.label')}
        errorMessage={message('organisationType')}
        value={value.organisationType || null}
        onChange={(v) => set('organisationType', v)}
        choices={ORGANISATION_TYPES.map((type) => ({
          value: type,
          label: t(`setup:fields.organisationType.options.${type}`),
        }))}
      />
      <TextField
        id="area"
        name="area"
        label={t('setup:fields.area.label')}
        description={t('setup:fields.area.hint')}
        value={value.area}
        onChange={(v) => set('area', v)}
        errorMessage={message('area')}
      />
      <CheckboxChoiceGroup<LevelId>
        id="levels"
        label={t('setup:fields.levels.label')}
        description={t('setup:fields.levels.hint')}
        errorMessage={message('levels')}
        value={value.levels}
        onChange={(v) => set('levels', v)}
        choices={frameworkV1.levels.map((level) => ({
          value: level.id,
          label: ft(level.nameKey),
          description: ft(level.descriptionKey),
        }))}
      />
      <TextField
        id="date"
        name="date"
        type="date"
        size="medium"
        label={t('setup:fields.date.label')}
        value={value.date}
        onChange={(v) => set('date', v)}
        errorMessage={message('date')}
        isRequired
      />
      <TextField
        id="facilitator"
        name="facilitator"
        label={t('setup:fields.facilitator.label')}
        description={t('setup:fields.facilitator.hint')}
        value={value.facilitator}
        onChange={(v) => set('facilitator', v)}
        errorMessage={message('facilitator')}
        autoComplete="name"
      />
      <div className="button-row">
        <Button type="submit">{submitLabel}</Button>
      </div>
    </form>
  );
}
