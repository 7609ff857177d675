import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkV1, getCell } from '../../content/framework-v1';
import type { SummaryCell, Verdict } from '../../domain/packs/format';
import { VERDICTS, PACK_LIMITS } from '../../domain/packs/format';
import {
  EMPTY_REVIEW_ANSWER,
  type ReviewAnswer,
} from '../../domain/review-session';
import type { CellId, Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { toStorageError, type StorageProblem } from '../../storage/errors';
import { saveReviewAnswer } from '../../storage/review-sessions';
import { RadioChoiceGroup } from '../../ui/ChoiceGroup';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';

type Props = {
  sessionId: string;
  cell: SummaryCell;
  /** The stored answer when the screen opens. */
  answer: ReviewAnswer | undefined;
  /** The language the organisation wrote its answers in, when known. */
  sourceLang?: string;
};

const asRating = (value: string): Rating =>
  /^[0-4]$/.test(value) ? (Number(value) as Rating) : (value as Rating);

/** One shared question: what the organisation said, and the Champion's view. */
export function CellVerdict({ sessionId, cell, answer, sourceLang }: Props) {
  const { t } = useTranslation(['review', 'reflect', 'common']);
  const ft = useFrameworkText();
  const definition = getCell(cell.cellId as CellId);
  const level = frameworkV1.levels.find((l) => l.id === definition.level);
  const dimension = frameworkV1.dimensions.find(
    (d) => d.id === definition.dimension,
  );
  const [value, setValue] = useState<ReviewAnswer>(
    answer ?? EMPTY_REVIEW_ANSWER,
  );
  const [problem, setProblem] = useState<StorageProblem | null>(null);
  const ratingLabel = (rating: Rating) =>
    ft(frameworkV1.ratings.find((r) => r.value === rating)?.labelKey ?? '');

  function change(patch: Partial<ReviewAnswer>) {
    const next = { ...value, ...patch };
    setValue(next);
    if (next.comment.length > PACK_LIMITS.comment) return;
    saveReviewAnswer(sessionId, cell.cellId as CellId, next).then(
      () => setProblem(null),
      (error: unknown) => setProblem(toStorageError(error).problem),
    );
  }

  return (
    <>
      <h1>
        {t('reflect:title', {
          level: level ? ft(level.nameKey) : '',
          dimension: dimension ? ft(dimension.nameKey) : '',
        })}
      </h1>
      {problem ? (
        <Notice tone="error">{t(`common:errors.storage.${problem}`)}</Notice>
      ) : null}
      <div className="review__said">
        <h2>{t('review:cell.statement')}</h2>
        <p className="review__statement">{ft(definition.headlineKey)}</p>
        <h2>{t('review:cell.theySaid')}</h2>
        <p>
          {cell.rating === null
            ? t('review:cell.notRated')
            : t('review:cell.theirRating', {
                rating: ratingLabel(cell.rating),
              })}
        </p>
        {cell.evidence ? (
          <>
            <h2>{t('review:cell.evidence')}</h2>
            <p className="review__quote" lang={sourceLang}>
              {cell.evidence}
            </p>
          </>
        ) : null}
        {cell.examples ? (
          <>
            <h2>{t('review:cell.examples')}</h2>
            <p className="review__quote" lang={sourceLang}>
              {cell.examples}
            </p>
          </>
        ) : null}
        {cell.evidence === undefined ? null : !cell.evidence &&
          !cell.examples ? (
          <p>{t('review:cell.noEvidence')}</p>
        ) : null}
      </div>
      <RadioChoiceGroup<Verdict>
        id="verdict"
        layout="cards"
        label={t('review:cell.verdict')}
        description={t('review:cell.verdictHint')}
        value={value.verdict}
        onChange={(verdict) => change({ verdict })}
        choices={VERDICTS.map((v) => ({
          value: v,
          label: t(`review:cell.verdicts.${v}`),
        }))}
      />
      <RadioChoiceGroup
        id="championRating"
        layout="cards"
        label={t('review:cell.yourRating')}
        description={t('review:cell.yourRatingHint')}
        value={value.rating === null ? null : String(value.rating)}
        onChange={(v) => change({ rating: asRating(v) })}
        choices={frameworkV1.ratings
          .filter((r) => r.value !== 'notRelevant')
          .map((r) => ({
            value: String(r.value),
            label: ft(r.labelKey),
            description: ft(r.descriptorKey),
          }))}
      />
      <TextField
        id="championComment"
        multiline
        label={t('review:cell.comment')}
        description={t('review:cell.commentHint')}
        value={value.comment}
        onChange={(comment) => change({ comment })}
        errorMessage={
          value.comment.length > PACK_LIMITS.comment
            ? t('reflect:tooLong', {
                count: value.comment.length,
                max: PACK_LIMITS.comment,
              })
            : undefined
        }
      />
    </>
  );
}
