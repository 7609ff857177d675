import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoredReview } from '../../domain/merge-reviews';
import { formatDateTime } from '../../lib/format';
import { toStorageError } from '../../storage/errors';
import { deleteReview } from '../../storage/reviews';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

const ConfirmDialog = lazy(async () => ({
  default: (await import('../../ui/ConfirmDialog')).ConfirmDialog,
}));

type Props = {
  reviews: readonly StoredReview[];
  onRemoved: (message: string) => void;
};

/** Each review on this device, with a way to remove it. */
export function ReviewList({ reviews, onRemoved }: Props) {
  const { t, i18n } = useTranslation(['reviews', 'common']);
  const [toRemove, setToRemove] = useState<StoredReview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const nameOf = (review: StoredReview) =>
    review.reviewer || t('reviews:cells.anonymous');

  async function remove() {
    if (!toRemove) return;
    const reviewer = nameOf(toRemove);
    setToRemove(null);
    try {
      await deleteReview(toRemove.id);
      onRemoved(t('reviews:list.removed', { reviewer }));
    } catch (e) {
      setError(t(`common:errors.storage.${toStorageError(e).problem}`));
    }
  }

  if (reviews.length === 0) return null;
  return (
    <section aria-labelledby="review-list-heading">
      <h2 id="review-list-heading">{t('reviews:list.heading')}</h2>
      {error ? <Notice tone="error">{error}</Notice> : null}
      <ul className="review-list">
        {reviews.map((review) => (
          <li key={review.id} className="review-list__item">
            <span>
              <strong>{nameOf(review)}</strong>
              <br />
              {t('reviews:list.received', {
                when: formatDateTime(review.receivedAt, i18n.language),
              })}
              {' · '}
              {t('reviews:list.answered', { count: review.responses.length })}
            </span>
            <Button
              variant="secondary"
              aria-label={t('reviews:list.removeNamed', {
                reviewer: nameOf(review),
              })}
              onPress={() => setToRemove(review)}
            >
              {t('reviews:list.remove')}
            </Button>
          </li>
        ))}
      </ul>
      {toRemove ? (
        <Suspense fallback={null}>
          <ConfirmDialog
            isOpen
            title={t('reviews:list.confirmTitle')}
            body={t('reviews:list.confirmBody', { reviewer: nameOf(toRemove) })}
            confirmLabel={t('reviews:list.confirm')}
            cancelLabel={t('reviews:list.cancel')}
            onConfirm={() => void remove()}
            onCancel={() => setToRemove(null)}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
