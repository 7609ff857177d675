import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect, useLocation, useParams } from 'wouter';
import { useDocumentTitle } from '../../lib/document-title';
import { useLocale } from '../../lib/locale';
import { useAnswers } from '../../storage/live';
import { Button, LinkButton, TextLink } from '../../ui/Button';
import { InfoDialog } from '../../ui/InfoDialog';
import { Notice } from '../../ui/Notice';
import { MissingReflection } from './MissingReflection';
import { PresenterCell } from './PresenterCell';
import { useQuestion } from './useQuestion';
import { SHORTCUT_LIST } from './useWorkshopShortcuts';
import {
  readSession,
  timerElapsed,
  writeSession,
  type WorkshopSession,
} from './workshop-session';
import { WorkshopTimers } from './WorkshopTimers';
import './Workshop.css';

/**
 * Workshop (presenter) mode: the same reflection, one question at a time in
 * large type for a projector, with the room's votes and quiet timers.
 * Leaving returns to the same question in the normal flow.
 */
export function PresenterScreen() {
  const { reflectionId = '', cellId } = useParams();
  const [, navigate] = useLocation();
  const { t } = useTranslation(['workshop', 'reflect', 'common']);
  const { dir } = useLocale();
  const {
    reflection,
    deletedElsewhere,
    cells,
    index,
    cell,
    heading,
    levelName,
    dimensionName,
    resumeId,
  } = useQuestion(reflectionId, cellId);
  const answers = useAnswers(reflectionId);
  // The session starts when workshop mode is first opened in this tab.
  const [session, setSession] = useState<WorkshopSession>(() => {
    const saved = readSession(reflectionId);
    return { ...saved, startedAt: saved.startedAt ?? Date.now() };
  });
  const [helpOpen, setHelpOpen] = useState(false);

  useDocumentTitle(
    heading && reflection
      ? t('workshop:presenter.documentTitle', {
          level: levelName,
          dimension: dimensionName,
          organisation: reflection.organisationName,
        })
      : '',
    t('common:app.titleSuffix'),
  );

  const update = (change: (s: WorkshopSession) => WorkshopSession) =>
    setSession(change);

  // The question timer belongs to one question and starts afresh on the next.
  const currentId = cell?.id;
  if (currentId && session.timer.cellId !== currentId) {
    setSession({
      ...session,
      timer: { cellId: currentId, runningSince: null, elapsed: 0 },
    });
  }
  useEffect(() => {
    writeSession(reflectionId, session);
  }, [reflectionId, session]);

  if (reflection === null) return <MissingReflection />;
  if (reflection === undefined || answers === undefined) {
    return <p role="status">{t('common:app.loading')}</p>;
  }
  if (!cell) {
    return resumeId ? (
      <Redirect replace to={`/r/${reflectionId}/workshop/${resumeId}`} />
    ) : (
      <MissingReflection />
    );
  }

  const previous = cells[index - 1];
  const next = cells[index + 1];
  const go = (target: { id: string } | undefined) => {
    if (target) navigate(`/r/${reflectionId}/workshop/${target.id}`);
  };
  const toggleTimer = () =>
    update((s) => {
      const now = Date.now();
      return s.timer.runningSince === null
        ? { ...s, timer: { ...s.timer, runningSince: now } }
        : {
            ...s,
            timer: {
              ...s.timer,
              runningSince: null,
              elapsed: timerElapsed(s.timer, now),
            },
          };
    });

  return (
    <div className="presenter" data-mode="workshop">
      <div
        className="presenter__bar"
        role="toolbar"
        aria-label={t('workshop:presenter.toolbar')}
      >
        <p className="presenter__position">
          {reflection.organisationName}
          {' · '}
          {t('workshop:presenter.position', {
            current: index + 1,
            total: cells.length,
          })}
        </p>
        <WorkshopTimers
          session={session}
          onToggle={toggleTimer}
          onReset={() =>
            update((s) => ({
              ...s,
              timer: { ...s.timer, runningSince: null, elapsed: 0 },
            }))
          }
        />
        <Button variant="quiet" onPress={() => setHelpOpen(true)}>
          {t('workshop:presenter.shortcuts')}
        </Button>
        <TextLink href={`/r/${reflectionId}/reflect/${cell.id}`}>
          {t('workshop:presenter.leave')}
        </TextLink>
      </div>
      <h1>{heading}</h1>
      {deletedElsewhere ? (
        <Notice tone="error">{t('common:errors.storage.missing')}</Notice>
      ) : null}
      <PresenterCell
        key={cell.id}
        reflectionId={reflectionId}
        cell={cell}
        answer={answers.find((a) => a.cellId === cell.id)}
        dir={dir}
        onNext={() => go(next)}
        onPrevious={() => go(previous)}
        onToggleTimer={toggleTimer}
        onHelp={() => setHelpOpen(true)}
      />
      <nav
        className="presenter__pager"
        aria-label={t('workshop:presenter.pager')}
      >
        {previous ? (
          <LinkButton
            variant="secondary"
            href={`/r/${reflectionId}/workshop/${previous.id}`}
          >
            {t('workshop:presenter.previous')}
          </LinkButton>
        ) : null}
        {next ? (
          <LinkButton href={`/r/${reflectionId}/workshop/${next.id}`}>
            {t('workshop:presenter.next')}
          </LinkButton>
        ) : (
          <LinkButton href={`/r/${reflectionId}/check`}>
            {t('workshop:presenter.finish')}
          </LinkButton>
        )}
      </nav>
      <InfoDialog
        isOpen={helpOpen}
        title={t('workshop:help.title')}
        closeLabel={t('workshop:help.close')}
        onClose={() => setHelpOpen(false)}
      >
        <p>{t('workshop:help.intro')}</p>
        <table className="presenter__keys">
          <thead>
            <tr>
              <th scope="col">{t('workshop:help.key')}</th>
              <th scope="col">{t('workshop:help.action')}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUT_LIST.map((shortcut) => (
              <tr key={shortcut.label}>
                <td>
                  {(dir === 'rtl' && 'rtlKeys' in shortcut
                    ? shortcut.rtlKeys
                    : shortcut.keys
                  ).map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </td>
                <td>{t(`workshop:help.${shortcut.label}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </InfoDialog>
    </div>
  );
}
