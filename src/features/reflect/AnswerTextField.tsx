import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../domain/types';
import { SavedTextField } from '../../ui/SavedTextField';

export type AnswerTextFieldName = 'evidence' | 'examples' | 'privateNotes';

/**
 * One of a question's free-text answers (evidence, examples, private notes),
 * with its hint, the warning not to name children, and its length limit;
 * saved through `onSave` as it is typed.
 */
export function AnswerTextField({
  field,
  id = field,
  initialValue,
  onSave,
}: {
  field: AnswerTextFieldName;
  id?: string;
  initialValue: string;
  onSave: (value: string) => void;
}) {
  const { t } = useTranslation(['reflect', 'common']);
  return (
    <SavedTextField
      id={id}
      tooLongMessage={(count, max) => t('reflect:tooLong', { count, max })}
      label={t(`reflect:fields.${field}.label`)}
      description={`${t(`reflect:fields.${field}.hint`)} ${t('common:privacyWarning')}`}
      initialValue={initialValue}
      maxLength={LIMITS.longText}
      multiline
      onSave={onSave}
    />
  );
}
