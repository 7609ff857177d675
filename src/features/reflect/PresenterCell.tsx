import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellDefinition } from '../../content/framework-types';
import {
  agreedDiffers,
  EMPTY_ROOM_VOTE,
  ROOM_NOTE_MAX,
  tallyReducer,
  type RoomVote,
} from '../../domain/room-vote';
import type { Answer, Rating, ScoredRating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { useSaveProblemText } from '../../lib/save-problem';
import { useSaveStatusLabels } from '../../lib/save-status';
import { useAutosave } from '../../storage/useAutosave';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SavedTextField } from '../../ui/SavedTextField';
import { SaveProblem } from '../../ui/SaveProblem';
import { SaveStatus } from '../../ui/SaveStatus';
import { AnswerTextField } from './AnswerTextField';
import { RatingField } from './RatingField';
import { RoomVotes } from './RoomVotes';
import { useWorkshopShortcuts } from './useWorkshopShortcuts';

/** What stays off the projected screen: only in the facilitator panel. */
const PANEL_FIELDS = ['evidence', 'privateNotes'] as const;

type Props = {
  reflectionId: string;
  cell: CellDefinition;
  answer: Answer | undefined;
  dir: 'ltr' | 'rtl';
  onNext: () => void;
  onPrevious: () => void;
  onToggleTimer: () => void;
  onHelp: () => void;
};

/**
 * One question in workshop mode: the statement in large type, what good
 * looks like, the room's votes and the agreed rating. Mount with
 * `key={cell.id}`; everything is saved with the answer as it changes.
 * Evidence and private notes appear only in the facilitator panel.
 */
export function PresenterCell({
  reflectionId,
  cell,
  answer,
  dir,
  onNext,
  onPrevious,
  onToggleTimer,
  onHelp,
}: Props) {
  const { t } = useTranslation(['workshop', 'reflect', 'common']);
  const saveStatusLabels = useSaveStatusLabels();
  const ft = useFrameworkText();
  const autosave = useAutosave(reflectionId, cell.id);
  const saveProblem = useSaveProblemText(autosave.problem);
  const stored = answer?.roomVote ?? EMPTY_ROOM_VOTE;
  const [rating, setRating] = useState<Rating | null>(answer?.rating ?? null);
  const [tally, dispatch] = useReducer(tallyReducer, {
    counts: stored.counts,
    past: [],
  });
  const [selected, setSelected] = useState<ScoredRating | null>(null);
  const [showPanel, setShowPanel] = useState(false);
  const note = useRef(stored.note);

  // Save the tally whenever it changes (not on first show).
  const savedCounts = useRef(tally.counts);
  const { saveAnswer } = autosave;
  useEffect(() => {
    if (savedCounts.current === tally.counts) return;
    savedCounts.current = tally.counts;
    const roomVote: RoomVote = { counts: tally.counts, note: note.current };
    saveAnswer({ roomVote });
  }, [tally.counts, saveAnswer]);

  const agree = (next: Rating) => {
    setRating(next);
    saveAnswer({ rating: next });
  };

  useWorkshopShortcuts(
    {
      next: onNext,
      previous: onPrevious,
      choose: (r) => setSelected(r),
      addVote: () => {
        if (selected !== null)
          dispatch({ type: 'vote', rating: selected, delta: 1 });
      },
      removeVote: () => {
        if (selected !== null)
          dispatch({ type: 'vote', rating: selected, delta: -1 });
      },
      agree: () => {
        if (selected !== null) agree(selected);
      },
      undo: () => dispatch({ type: 'undo' }),
      toggleTimer: onToggleTimer,
      help: onHelp,
    },
    dir,
  );

  const tooLong = (count: number, max: number) =>
    t('reflect:tooLong', { count, max });
  const privateField = (field: (typeof PANEL_FIELDS)[number]) => (
    <AnswerTextField
      key={field}
      field={field}
      id={`panel-${field}`}
      initialValue={answer?.[field] ?? ''}
      onSave={(value) => saveAnswer({ [field]: value })}
    />
  );
  const differs = agreedDiffers(rating, tally.counts);

  return (
    <div className="presenter-cell">
      <div className="presenter-cell__question">
        <div className="presenter-cell__status">
          <SaveStatus state={autosave.status} labels={saveStatusLabels} />
        </div>
        {saveProblem ? <SaveProblem {...saveProblem} /> : null}
        <p className="presenter-cell__statement">{ft(cell.headlineKey)}</p>
        <div className="presenter-cell__guide">
          <section aria-labelledby="presenter-good">
            <h2 id="presenter-good">{t('workshop:presenter.goodLooksLike')}</h2>
            <p>{ft(cell.goodKey)}</p>
          </section>
          <section aria-labelledby="presenter-prompts">
            <h2 id="presenter-prompts">{t('workshop:presenter.prompts')}</h2>
            <ul>
              {cell.promptKeys.map((key) => (
                <li key={key}>{ft(key)}</li>
              ))}
            </ul>
          </section>
        </div>
      </div>
      <div className="presenter-cell__decide">
        <RoomVotes
          counts={tally.counts}
          selected={selected}
          canUndo={tally.past.length > 0}
          onSelect={setSelected}
          onVote={(r, delta) => {
            setSelected(r);
            dispatch({ type: 'vote', rating: r, delta });
          }}
          onUndo={() => dispatch({ type: 'undo' })}
        />
        <div className="presenter-cell__agreed">
          <RatingField
            value={rating}
            onChange={agree}
            label={t('workshop:votes.agreed')}
            hint={t('workshop:votes.agreedHint')}
          />
          {differs ? (
            <Notice tone="warning">{t('workshop:votes.noteNeeded')}</Notice>
          ) : null}
          <SavedTextField
            id="room-note"
            tooLongMessage={tooLong}
            label={t('workshop:votes.note')}
            description={t('workshop:votes.noteHint')}
            initialValue={stored.note}
            maxLength={ROOM_NOTE_MAX}
            onSave={(value) => {
              note.current = value;
              saveAnswer({ roomVote: { counts: tally.counts, note: value } });
            }}
          />
        </div>
      </div>
      <section className="presenter-cell__panel" aria-labelledby="panel-toggle">
        <Button
          id="panel-toggle"
          variant="quiet"
          aria-expanded={showPanel}
          aria-controls="facilitator-panel"
          onPress={() => setShowPanel((open) => !open)}
        >
          {showPanel ? t('workshop:panel.hide') : t('workshop:panel.show')}
        </Button>
        <div id="facilitator-panel" hidden={!showPanel}>
          {showPanel ? (
            <>
              <h2>{t('workshop:panel.title')}</h2>
              <p>{t('workshop:panel.intro')}</p>
              {PANEL_FIELDS.map(privateField)}
              <p>
                {/* A real new window: the facilitator's own screen. */}
                <a
                  className="vi-link"
                  href={`/r/${reflectionId}/reflect/${cell.id}`}
                  target="_blank"
                  rel="noopener"
                >
                  {t('workshop:panel.newWindow')}
                </a>
              </p>
              <p className="presenter-cell__hint">
                {t('workshop:panel.newWindowHint')}
              </p>
            </>
          ) : null}
        </div>
      </section>
    </div>
  );
}
