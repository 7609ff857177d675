import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { cellsForLevels, frameworkV1 } from '../../content/framework-v1';
import { progressOf } from '../../domain/progress';
import { useDocumentTitle } from '../../lib/document-title';
import { useFrameworkText } from '../../lib/framework-text';
import { useLocale } from '../../lib/locale';
import { useAnswers, useReflection } from '../../storage/live';
import { Button, TextLink } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { MissingReflection } from './MissingReflection';
import { MINUTES, readSession, writeSession } from './workshop-session';
import './Workshop.css';

/** Minutes as words in the user's language: "84 minutes". */
function minutesIn(locale: string, minutes: number): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'minute',
    unitDisplay: 'long',
  }).format(minutes);
}

/** Before a workshop: how long the chosen levels will take, then start. */
export function WorkshopPlan() {
  const { reflectionId = '' } = useParams();
  const [, navigate] = useLocation();
  const { t } = useTranslation(['workshop', 'common']);
  const ft = useFrameworkText();
  const { intl } = useLocale();
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const [minutesText, setMinutesText] = useState(() =>
    String(readSession(reflectionId).minutesPerQuestion),
  );
  useDocumentTitle(
    reflection
      ? t('workshop:plan.documentTitle', {
          organisation: reflection.organisationName,
        })
      : t('workshop:plan.title'),
    t('common:app.titleSuffix'),
  );

  if (reflection === null) return <MissingReflection />;
  if (reflection === undefined || answers === undefined)
    return <p role="status">{t('common:app.loading')}</p>;

  const minutes = Number(minutesText);
  const valid =
    /^\d+$/.test(minutesText.trim()) &&
    minutes >= MINUTES.min &&
    minutes <= MINUTES.max;
  const perQuestion = valid ? minutes : MINUTES.usual;
  const cells = cellsForLevels(reflection.levels);
  const progress = progressOf(
    cells.map((c) => c.id),
    answers,
  );
  const levels = frameworkV1.levels.filter((l) =>
    reflection.levels.includes(l.id),
  );
  const started = readSession(reflectionId).startedAt !== null;
  const limits = { min: MINUTES.min, max: MINUTES.max };

  const start = () => {
    if (!valid) return;
    const session = readSession(reflectionId);
    writeSession(reflectionId, { ...session, minutesPerQuestion: minutes });
    const resume =
      cells.find((c) => c.id === reflection.lastCellId)?.id ?? cells[0]?.id;
    if (resume) navigate(`/r/${reflectionId}/workshop/${resume}`);
  };

  return (
    <div className="workshop-plan">
      <h1>{t('workshop:plan.title')}</h1>
      <p>{t('workshop:plan.intro')}</p>
      <TextField
        label={t('workshop:plan.minutesLabel')}
        description={t('workshop:plan.minutesHint', limits)}
        errorMessage={
          valid ? undefined : t('workshop:plan.minutesError', limits)
        }
        value={minutesText}
        onChange={setMinutesText}
        size="short"
      />
      <table className="workshop-plan__table">
        <caption>{t('workshop:plan.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workshop:plan.level')}</th>
            <th scope="col">{t('workshop:plan.questions')}</th>
            <th scope="col">{t('workshop:plan.time')}</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => {
            const count = cells.filter((c) => c.level === level.id).length;
            return (
              <tr key={level.id}>
                <th scope="row">{ft(level.nameKey)}</th>
                <td>{new Intl.NumberFormat(intl).format(count)}</td>
                <td>{minutesIn(intl, count * perQuestion)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('workshop:plan.total')}</th>
            <td>{new Intl.NumberFormat(intl).format(cells.length)}</td>
            <td>{minutesIn(intl, cells.length * perQuestion)}</td>
          </tr>
        </tfoot>
      </table>
      <p>
        {t('workshop:plan.estimate', {
          time: minutesIn(intl, cells.length * perQuestion),
          count: cells.length,
        })}
      </p>
      {progress.answered > 0 ? (
        <p>
          {t('workshop:plan.remaining', {
            answered: progress.answered,
            total: progress.total,
          })}
        </p>
      ) : null}
      <div className="button-row">
        <Button onPress={start} isDisabled={!valid}>
          {started ? t('workshop:plan.resume') : t('workshop:plan.start')}
        </Button>
        <TextLink href={`/r/${reflectionId}/reflect`}>
          {t('workshop:plan.back')}
        </TextLink>
      </div>
    </div>
  );
}
