import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField, type TextFieldProps } from '../../ui/TextField';

type Props = Omit<TextFieldProps, 'value' | 'onChange' | 'errorMessage'> & {
  /** The stored value when the field first shows. */
  initialValue: string;
  maxLength: number;
  /** Called with every change that is within the limit. */
  onSave: (value: string) => void;
};

/**
 * A text field that saves as it is typed. Text over the limit stays on
 * screen with a message and is not saved, so the last good version is kept.
 */
export function SavedTextField({
  initialValue,
  maxLength,
  onSave,
  ...props
}: Props) {
  const { t } = useTranslation('reflect');
  const [value, setValue] = useState(initialValue);
  const tooLong = value.length > maxLength;
  return (
    <TextField
      {...props}
      value={value}
      errorMessage={
        tooLong
          ? t('tooLong', { count: value.length, max: maxLength })
          : undefined
      }
      onChange={(next) => {
        setValue(next);
        if (next.length <= maxLength) onSave(next);
      }}
    />
  );
}
