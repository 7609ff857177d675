import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellsForLevels } from '../../content/framework-v1';
import { progressOf } from '../../domain/progress';
import type { Reflection } from '../../domain/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { toStorageError } from '../../storage/errors';
import { useReflectionList } from '../../storage/live';
import { deleteReflection } from '../../storage/reflections';
import { Button, LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ProgressMeter } from '../../ui/ProgressMeter';

// The dialog's overlay code is only needed when someone deletes.
const ConfirmDialog = lazy(async () => ({
  default: (await import('../../ui/ConfirmDialog')).ConfirmDialog,
}));

type Props = { onDeleted: (message: string) => void };

/**
 * How many reflections Home draws at first, and how many more each "Show
 * more" adds. A device used for years can hold hundreds; drawing them all
 * made Home slow to open, and the newest are the ones people come back to.
 */
export const REFLECTIONS_PER_PAGE = 20;

export function ReflectionList({ onDeleted }: Props) {
  const { t, i18n } = useTranslation(['home', 'common']);
  const items = useReflectionList();
  const [toDelete, setToDelete] = useState<Reflection | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [limit, setLimit] = useState(REFLECTIONS_PER_PAGE);
  const locale = i18n.language;

  if (items === undefined)
    return <p role="status">{t('common:app.loading')}</p>;

  async function confirmDelete() {
    if (!toDelete) return;
    const { organisationName } = toDelete;
    setToDelete(null);
    try {
      await deleteReflection(toDelete.id);
      setError(null);
      onDeleted(t('home:deleted', { name: organisationName }));
    } catch (e) {
      setError(t(`common:errors.storage.${toStorageError(e).problem}`));
    }
  }

  return (
    <section aria-labelledby="reflection-list-title">
      <h2 id="reflection-list-title">{t('home:listLabel')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {items.length === 0 ? (
        <p>{t('home:empty')}</p>
      ) : (
        <ul className="reflection-list">
          {items.slice(0, limit).map(({ reflection, answers }) => {
            const name = reflection.organisationName;
            const progress = progressOf(
              cellsForLevels(reflection.levels).map((c) => c.id),
              answers,
            );
            return (
              <li key={reflection.id} className="reflection-card">
                <h3 className="reflection-card__title">{name}</h3>
                <dl className="reflection-card__facts">
                  <dt>{t('home:columns.date')}</dt>
                  <dd>{formatDate(reflection.date, locale)}</dd>
                  <dt>{t('home:columns.lastSaved')}</dt>
                  <dd>{formatDateTime(reflection.updatedAt, locale)}</dd>
                </dl>
                <ProgressMeter
                  label={t('home:progress', { percent: progress.percent })}
                  value={progress.percent}
                  valueLabel={t('home:progressDetail', {
                    answered: progress.answered,
                    total: progress.total,
                  })}
                />
                <div className="button-row">
                  <LinkButton
                    href={`/r/${reflection.id}/reflect`}
                    aria-label={t('home:continueNamed', { name })}
                  >
                    {t('home:continue')}
                  </LinkButton>
                  <LinkButton
                    variant="secondary"
                    href={`/r/${reflection.id}/results`}
                    aria-label={t('home:resultsNamed', { name })}
                  >
                    {t('home:results')}
                  </LinkButton>
                  <Button
                    variant="quiet"
                    aria-label={t('home:deleteNamed', { name })}
                    onPress={() => setToDelete(reflection)}
                  >
                    {t('home:delete')}
                  </Button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {items.length > REFLECTIONS_PER_PAGE ? (
        <p role="status" className="reflection-list__count">
          {limit >= items.length
            ? t('home:shownAll', { total: items.length })
            : t('home:shownOf', { shown: limit, total: items.length })}
        </p>
      ) : null}
      {items.length > limit ? (
        <Button
          variant="secondary"
          onPress={() => setLimit((n) => n + REFLECTIONS_PER_PAGE)}
        >
          {t('home:showMore')}
        </Button>
      ) : null}
      {toDelete ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            isOpen
            title={t('home:confirmDelete.title')}
            body={
              toDelete
                ? t('home:confirmDelete.body', {
                    name: toDelete.organisationName,
                    date: formatDate(toDelete.date, locale),
                  })
                : ''
            }
            confirmLabel={t('home:confirmDelete.confirm')}
            cancelLabel={t('home:confirmDelete.cancel')}
            onConfirm={() => void confirmDelete()}
            onCancel={() => setToDelete(null)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
