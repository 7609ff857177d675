import { useTranslation } from 'react-i18next';

/**
 * The words for a failed autosave (ui/SaveProblem): the reason, and, when
 * the device is out of space, a link to back up, since a backup file is the
 * way to keep the work safe while space is freed.
 */
export function useSaveProblemText(
  problem: string | null,
): { message: string; backupLabel: string | null } | null {
  const { t } = useTranslation('common');
  if (!problem) return null;
  return {
    message: t(`errors.storage.${problem}`, {
      defaultValue: t('errors.storage.unknown'),
    }),
    backupLabel: problem === 'quota' ? t('errors.storageBackup') : null,
  };
}
