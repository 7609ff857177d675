import { useTranslation } from 'react-i18next';
import { Redirect, useParams } from 'wouter';
import { progressOf } from '../../domain/progress';
import { useDocumentTitle } from '../../lib/document-title';
import { useLanguageName } from '../../lib/language-names';
import { supportedLocale } from '../../lib/locale';
import { useActions, useAnswers } from '../../storage/live';
import { Button, LinkButton, TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ProgressMeter } from '../../ui/ProgressMeter';
import { CellForm } from './CellForm';
import { MissingReflection } from './MissingReflection';
import { ProgressNav } from './ProgressNav';
import { useQuestion } from './useQuestion';
import './ReflectScreen.css';

/** Walks the chosen levels one question (cell) at a time. */
export function ReflectScreen() {
  const { reflectionId = '', cellId } = useParams();
  const { t, i18n } = useTranslation(['reflect', 'common', 'workshop']);
  const languageName = useLanguageName();
  const {
    reflection,
    deletedElsewhere,
    cells,
    index,
    cell,
    heading,
    resumeId,
  } = useQuestion(reflectionId, cellId);
  const answers = useAnswers(reflectionId);
  const actions = useActions(reflectionId);
  useDocumentTitle(
    heading && reflection ? `${heading} – ${reflection.organisationName}` : '',
    t('common:app.titleSuffix'),
  );

  if (reflection === null) return <MissingReflection />;
  if (
    reflection === undefined ||
    answers === undefined ||
    actions === undefined
  ) {
    return <p role="status">{t('common:app.loading')}</p>;
  }
  if (!cell) {
    // No (or an unknown) cell in the address: resume where the group left off.
    return resumeId ? (
      <Redirect replace to={`/r/${reflectionId}/reflect/${resumeId}`} />
    ) : (
      <MissingReflection />
    );
  }

  const progress = progressOf(
    cells.map((c) => c.id),
    answers,
  );
  // A reflection made in another language offers to switch to it, so the
  // framework reads in the words the group has been writing in.
  const madeIn = supportedLocale(reflection.locale);
  const otherLanguage = madeIn && madeIn !== i18n.language ? madeIn : null;
  const previous = cells[index - 1];
  const next = cells[index + 1];

  return (
    <div className="reflect">
      <div className="reflect__top">
        <p className="reflect__org">
          {reflection.organisationName}
          {' · '}
          <TextLink href={`/r/${reflectionId}/setup`}>
            {t('reflect:editSetup')}
          </TextLink>
          {' · '}
          <TextLink href={`/r/${reflectionId}/workshop`}>
            {t('workshop:enter')}
          </TextLink>
        </p>
        <ProgressMeter
          label={t('reflect:progressLabel')}
          value={progress.percent}
          valueLabel={t('reflect:progressValue', {
            answered: progress.answered,
            total: progress.total,
          })}
        />
        <ProgressNav
          reflectionId={reflectionId}
          cells={cells}
          answers={answers}
          currentId={cell.id}
        />
      </div>
      {otherLanguage ? (
        <Notice tone="info">
          {t('reflect:language.madeIn', {
            language: languageName(otherLanguage),
          })}{' '}
          <Button
            variant="secondary"
            onPress={() => void i18n.changeLanguage(otherLanguage)}
          >
            {t('reflect:language.switch', {
              language: languageName(otherLanguage),
            })}
          </Button>
        </Notice>
      ) : null}
      <p className="reflect__position">
        {t('reflect:cellPosition', { current: index + 1, total: cells.length })}
      </p>
      <h1>{heading}</h1>
      {deletedElsewhere ? (
        <Notice tone="error">{t('common:errors.storage.missing')}</Notice>
      ) : null}
      <CellForm
        key={cell.id}
        reflectionId={reflectionId}
        cell={cell}
        answer={answers.find((a) => a.cellId === cell.id)}
        actions={actions.filter((a) => a.cellId === cell.id)}
      />
      <nav className="reflect__pager" aria-label={t('reflect:navLabel')}>
        {previous ? (
          <LinkButton
            variant="secondary"
            href={`/r/${reflectionId}/reflect/${previous.id}`}
          >
            {t('reflect:previous')}
          </LinkButton>
        ) : null}
        {next ? (
          <LinkButton href={`/r/${reflectionId}/reflect/${next.id}`}>
            {t('reflect:next')}
          </LinkButton>
        ) : null}
        <LinkButton
          variant={next ? 'quiet' : 'primary'}
          href={`/r/${reflectionId}/check`}
        >
          {t('reflect:checkAnswers')}
        </LinkButton>
      </nav>
    </div>
  );
}
