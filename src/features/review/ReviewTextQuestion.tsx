import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS } from '../../domain/packs/format';
import type { ReviewSession } from '../../domain/review-session';
import { saveReviewSession } from '../../storage/review-sessions';
import { TextField } from '../../ui/TextField';

type Props = { session: ReviewSession; field: 'missing' | 'reviewer' };

/** A single free-text question: what is missing, or an optional name. */
export function ReviewTextQuestion({ session, field }: Props) {
  const { t } = useTranslation(['review', 'reflect']);
  const [value, setValue] = useState(session[field]);
  const max = field === 'missing' ? PACK_LIMITS.missing : PACK_LIMITS.reviewer;
  const organisation = session.pack.reflection.organisationName;
  const tooLong = value.length > max;
  return (
    <>
      <h1>
        {field === 'missing'
          ? t('review:missing.heading')
          : t('review:about.heading')}
      </h1>
      <TextField
        id={field}
        multiline={field === 'missing'}
        size={field === 'missing' ? 'full' : 'medium'}
        label={
          field === 'missing'
            ? t('review:missing.label')
            : t('review:about.label')
        }
        description={
          field === 'missing'
            ? t('review:missing.hint')
            : t('review:about.hint', { organisation })
        }
        value={value}
        autoComplete={field === 'reviewer' ? 'off' : undefined}
        onChange={(next) => {
          setValue(next);
          if (next.length <= max)
            void saveReviewSession(session.id, { [field]: next }).catch(
              () => undefined,
            );
        }}
        errorMessage={
          tooLong
            ? t('reflect:tooLong', { count: value.length, max })
            : undefined
        }
      />
    </>
  );
}
