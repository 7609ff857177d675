import { useState } from 'react';
import { TextField, type TextFieldProps } from './TextField';

export type SavedTextFieldProps = Omit<
  TextFieldProps,
  'value' | 'onChange' | 'errorMessage'
> & {
  /** The stored value when the field first shows. */
  initialValue: string;
  maxLength: number;
  /** Called with every change that is within the limit. */
  onSave: (value: string) => void;
  /** The message for text over the limit (localised by the caller). */
  tooLongMessage: (count: number, max: number) => string;
};

/**
 * A text field that saves as it is typed. Text over the limit stays on
 * screen with a message and is not saved, so the last good version is kept.
 */
export function SavedTextField({
  initialValue,
  maxLength,
  onSave,
  tooLongMessage,
  ...props
}: SavedTextFieldProps) {
  const [value, setValue] = useState(initialValue);
  const tooLong = value.length > maxLength;
  return (
    <TextField
      {...props}
      value={value}
      errorMessage={
        tooLong ? tooLongMessage(value.length, maxLength) : undefined
      }
      onChange={(next) => {
        setValue(next);
        if (next.length <= maxLength) onSave(next);
      }}
    />
  );
}
