import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import {
  medianOf,
  spreadOf,
  totalVotes,
  type VoteCounts,
} from '../../domain/room-vote';
import type { ScoredRating } from '../../domain/types';
import { SCORED_RATINGS } from '../../domain/types';
import { useRatingLabel } from '../../lib/framework-text';
import { Button } from '../../ui/Button';

type Props = {
  counts: VoteCounts;
  /** The rating that + and − (and the keyboard) count for. */
  selected: ScoredRating | null;
  canUndo: boolean;
  onSelect: (rating: ScoredRating) => void;
  onVote: (rating: ScoredRating, delta: 1 | -1) => void;
  onUndo: () => void;
};

/** Words for a median that may fall halfway between two points. */
export function useMedianWords(): (median: number) => string {
  const { t } = useTranslation('workshop');
  const label = useRatingLabel(frameworkV1);
  return (median) =>
    Number.isInteger(median)
      ? label(median)
      : t('votes.between', {
          lower: label(Math.floor(median)),
          upper: label(Math.ceil(median)),
        });
}

/** The room's tally: a counter for each point of the scale, and a summary. */
export function RoomVotes({
  counts,
  selected,
  canUndo,
  onSelect,
  onVote,
  onUndo,
}: Props) {
  const { t } = useTranslation('workshop');
  const labelOf = useRatingLabel(frameworkV1);
  const medianWords = useMedianWords();
  const total = totalVotes(counts);
  const median = medianOf(counts);
  const spread = spreadOf(counts);
  const most = Math.max(1, ...counts);

  return (
    <section className="room-votes" aria-labelledby="room-votes-title">
      <h2 id="room-votes-title">{t('votes.title')}</h2>
      <p className="room-votes__hint">{t('votes.hint')}</p>
      <ul className="room-votes__list">
        {SCORED_RATINGS.map((rating) => {
          const label = labelOf(rating);
          const isSelected = selected === rating;
          return (
            <li
              key={rating}
              className="room-votes__item"
              data-selected={isSelected || undefined}
            >
              <button
                type="button"
                className="room-votes__choose"
                aria-pressed={isSelected}
                onClick={() => onSelect(rating)}
              >
                <span className="room-votes__key" aria-hidden="true">
                  {rating}
                </span>
                <span className="room-votes__label">{label}</span>
              </button>
              <span
                className="room-votes__count"
                aria-live="polite"
                aria-atomic="true"
              >
                {t('votes.count', { count: counts[rating] })}
              </span>
              <span className="room-votes__bar" aria-hidden="true">
                <span
                  style={{ inlineSize: `${(counts[rating] / most) * 100}%` }}
                />
              </span>
              <span className="room-votes__buttons">
                <Button
                  variant="secondary"
                  aria-label={t('votes.remove', { rating: label })}
                  isDisabled={counts[rating] === 0}
                  onPress={() => onVote(rating, -1)}
                >
                  −
                </Button>
                <Button
                  variant="secondary"
                  aria-label={t('votes.add', { rating: label })}
                  onPress={() => onVote(rating, 1)}
                >
                  +
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="room-votes__summary" role="status">
        {median === null || spread === null
          ? t('votes.none')
          : t('votes.summary', { count: total, median: medianWords(median) })}
        {spread && spread.range > 0
          ? ` ${t('votes.range', {
              lowest: labelOf(spread.lowest),
              highest: labelOf(spread.highest),
            })}`
          : null}
      </p>
      <Button variant="secondary" isDisabled={!canUndo} onPress={onUndo}>
        {t('votes.undo')}
      </Button>
    </section>
  );
}
