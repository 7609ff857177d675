import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea as AriaTextArea,
  TextField as AriaTextField,
} from 'react-aria-components';
import './TextField.css';

export type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Hint shown under the label. */
  description?: string;
  /** A message shown when the value is wrong; makes the field invalid. */
  errorMessage?: string;
  /** Render a multi-line text area. @default false */
  multiline?: boolean;
  /** HTML input type for single-line fields. @default 'text' */
  type?: 'text' | 'date' | 'password';
  name?: string;
  id?: string;
  isRequired?: boolean;
  autoComplete?: string;
  onBlur?: () => void;
  isReadOnly?: boolean;
  /** Width hint for short fields. */
  size?: 'short' | 'medium' | 'full';
};

/** A labelled text input or text area with hint and inline error. */
export function TextField({
  label,
  description,
  errorMessage,
  multiline = false,
  type = 'text',
  size = 'full',
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      className="vi-field"
      isInvalid={Boolean(errorMessage)}
      validationBehavior="aria"
    >
      <Label className="vi-field__label">{label}</Label>
      {description ? (
        <Text slot="description" className="vi-field__hint">
          {description}
        </Text>
      ) : null}
      <FieldError className="vi-field__error">{errorMessage}</FieldError>
      {multiline ? (
        <AriaTextArea className="vi-field__input" rows={4} />
      ) : (
        <Input className="vi-field__input" data-size={size} type={type} />
      )}
    </AriaTextField>
  );
}
