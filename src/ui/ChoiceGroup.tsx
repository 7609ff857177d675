import type { ReactNode } from 'react';
import {
  Checkbox,
  CheckboxGroup as AriaCheckboxGroup,
  FieldError,
  Label,
  Radio,
  RadioGroup as AriaRadioGroup,
  Text,
} from 'react-aria-components';
import './ChoiceGroup.css';

export type Choice<V extends string> = {
  value: V;
  label: string;
  /** Optional second line under the label. */
  description?: string;
};

type GroupProps = {
  label: string;
  description?: string;
  errorMessage?: string;
  id?: string;
  /** Lay options in a grid of cards rather than a list. @default 'list' */
  layout?: 'list' | 'cards';
};

function GroupHeader({ label, description, errorMessage }: GroupProps) {
  return (
    <>
      <Label className="vi-group__label">{label}</Label>
      {description ? (
        <Text slot="description" className="vi-group__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="vi-group__error">{errorMessage}</FieldError>
    </>
  );
}

function OptionBody({
  label,
  description,
}: {
  label: string;
  description?: string | undefined;
}): ReactNode {
  return (
    <>
      <span className="vi-choice__mark" aria-hidden="true" />
      <span className="vi-choice__text">
        <span className="vi-choice__label">{label}</span>
        {description ? (
          <span className="vi-choice__description">{description}</span>
        ) : null}
      </span>
    </>
  );
}

export type RadioChoiceGroupProps<V extends string> = GroupProps & {
  choices: readonly Choice<V>[];
  value: V | null;
  onChange: (value: V) => void;
};

/** One choice from a list, as radio buttons (arrow keys move between them). */
export function RadioChoiceGroup<V extends string>({
  choices,
  value,
  onChange,
  layout = 'list',
  ...header
}: RadioChoiceGroupProps<V>) {
  return (
    <AriaRadioGroup
      id={header.id}
      className="vi-group"
      data-layout={layout}
      value={value}
      onChange={(v) => onChange(v as V)}
      isInvalid={Boolean(header.errorMessage)}
      validationBehavior="aria"
    >
      <GroupHeader {...header} />
      <div className="vi-group__options">
        {choices.map((choice) => (
          <Radio
            key={choice.value}
            value={choice.value}
            className="vi-choice"
            data-kind="radio"
          >
            <OptionBody label={choice.label} description={choice.description} />
          </Radio>
        ))}
      </div>
    </AriaRadioGroup>
  );
}

export type CheckboxChoiceGroupProps<V extends string> = GroupProps & {
  choices: readonly Choice<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
};

/** Any number of choices from a list, as checkboxes. */
export function CheckboxChoiceGroup<V extends string>({
  choices,
  value,
  onChange,
  layout = 'list',
  ...header
}: CheckboxChoiceGroupProps<V>) {
  return (
    <AriaCheckboxGroup
      id={header.id}
      className="vi-group"
      data-layout={layout}
      value={[...value]}
      onChange={(v) => onChange(v as V[])}
      isInvalid={Boolean(header.errorMessage)}
      validationBehavior="aria"
    >
      <GroupHeader {...header} />
      <div className="vi-group__options">
        {choices.map((choice) => (
          <Checkbox
            key={choice.value}
            value={choice.value}
            className="vi-choice"
            data-kind="checkbox"
          >
            <OptionBody label={choice.label} description={choice.description} />
          </Checkbox>
        ))}
      </div>
    </AriaCheckboxGroup>
  );
}
