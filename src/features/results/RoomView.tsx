import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import { medianOf, spreadOf, totalVotes } from '../../domain/room-vote';
import type { Answer, CellId, Rating } from '../../domain/types';
import { useRatingLabel } from '../../lib/framework-text';
import { ScrollRegion } from '../../ui/ScrollRegion';

type Props = {
  answers: readonly Answer[];
  /** The reflection's questions, in framework order. */
  cellIds: readonly CellId[];
  cellName: (id: CellId) => string;
};

/**
 * "Room view": how the room voted in workshop mode on each question, beside
 * the rating it agreed and why they differ. Shown only when votes were taken.
 */
export function RoomView({ answers, cellIds, cellName }: Props) {
  const { t } = useTranslation(['workshop', 'reflect']);
  const label = useRatingLabel(frameworkV1);
  const ratingWord = (rating: Rating | number | null) => {
    if (rating === null) return t('reflect:check.notAnswered');
    if (typeof rating === 'number' && !Number.isInteger(rating))
      return t('workshop:votes.between', {
        lower: label(Math.floor(rating)),
        upper: label(Math.ceil(rating)),
      });
    return label(rating);
  };
  const voted = cellIds.flatMap((id) => {
    const answer = answers.find((a) => a.cellId === id);
    const vote = answer?.roomVote;
    return vote && totalVotes(vote.counts) > 0 ? [{ id, answer, vote }] : [];
  });
  if (voted.length === 0) return null;

  return (
    <section aria-labelledby="room-view-title" className="room-view">
      <h2 id="room-view-title">{t('workshop:results.title')}</h2>
      <p>{t('workshop:results.intro')}</p>
      <ScrollRegion labelledBy="room-view-title">
        <table aria-labelledby="room-view-title">
          <thead>
            <tr>
              <th scope="col">{t('workshop:results.question')}</th>
              <th scope="col">{t('workshop:results.votes')}</th>
              <th scope="col">{t('workshop:results.spread')}</th>
              <th scope="col">{t('workshop:results.median')}</th>
              <th scope="col">{t('workshop:results.agreed')}</th>
              <th scope="col">{t('workshop:results.note')}</th>
            </tr>
          </thead>
          <tbody>
            {voted.map(({ id, answer, vote }) => {
              const spread = spreadOf(vote.counts);
              return (
                <tr key={id}>
                  <th scope="row">{cellName(id)}</th>
                  <td>{totalVotes(vote.counts)}</td>
                  <td>
                    {spread
                      ? t('workshop:results.spreadValue', {
                          lowest: ratingWord(spread.lowest),
                          highest: ratingWord(spread.highest),
                        })
                      : ''}
                  </td>
                  <td>{ratingWord(medianOf(vote.counts))}</td>
                  <td>{ratingWord(answer?.rating ?? null)}</td>
                  <td>{vote.note}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
