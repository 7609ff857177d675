import { useTranslation } from 'react-i18next';

/** The words ui/SaveStatus shows, in the user's language. */
export function useSaveStatusLabels() {
  const { t } = useTranslation('common');
  return {
    idle: t('saveStatus.idle'),
    saving: t('saveStatus.saving'),
    saved: t('saveStatus.saved'),
    failed: t('saveStatus.failed'),
  };
}
