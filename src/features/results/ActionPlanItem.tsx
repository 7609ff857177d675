import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, ActionStatus } from '../../domain/types';
import { LIMITS } from '../../domain/types';
import { deleteAction, moveAction } from '../../storage/actions';
import type { Autosave } from '../../storage/useAutosave';
import { Button } from '../../ui/Button';
import { RadioChoiceGroup } from '../../ui/ChoiceGroup';
import { Notice } from '../../ui/Notice';
import { SavedTextField } from '../../ui/SavedTextField';

const STATUSES: readonly ActionStatus[] = ['todo', 'doing', 'done'];

type Props = {
  action: Action;
  number: number;
  isFirst: boolean;
  isLast: boolean;
  /** The question it came from, or null for a general action. */
  questionName: string | null;
  autosave: Autosave;
};

/** One action in the plan, every field saved as it changes. */
export function ActionPlanItem({
  action,
  number,
  isFirst,
  isLast,
  questionName,
  autosave,
}: Props) {
  const { t } = useTranslation(['results', 'reflect']);
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [feedback, setFeedback] = useState(action.feedbackToYoungPeople);
  const tooLong = (count: number, max: number) =>
    t('reflect:tooLong', { count, max });
  const save = (patch: Parameters<Autosave['saveAction']>[1]) =>
    autosave.saveAction(action.id, patch);
  const flagged = action.text.trim().length > 0 && feedback.trim().length === 0;

  return (
    <li className="action-plan__item">
      <fieldset>
        <legend>{t('results:plan.item', { number })}</legend>
        <p className="action-plan__question">
          {questionName
            ? t('results:plan.question', { name: questionName })
            : t('results:plan.general')}
        </p>
        <SavedTextField
          id={`plan-${action.id}-text`}
          label={t('results:plan.text')}
          initialValue={action.text}
          maxLength={LIMITS.actionText}
          multiline
          tooLongMessage={tooLong}
          onSave={(text) => save({ text })}
        />
        <SavedTextField
          label={t('results:plan.owner')}
          size="medium"
          initialValue={action.owner}
          maxLength={LIMITS.owner}
          tooLongMessage={tooLong}
          onSave={(owner) => save({ owner })}
        />
        <SavedTextField
          label={t('results:plan.due')}
          type="date"
          size="medium"
          initialValue={action.due}
          maxLength={10}
          tooLongMessage={tooLong}
          onSave={(due) => save({ due })}
        />
        <RadioChoiceGroup<ActionStatus>
          layout="cards"
          label={t('results:plan.status')}
          value={status}
          onChange={(next) => {
            setStatus(next);
            save({ status: next });
          }}
          choices={STATUSES.map((s) => ({
            value: s,
            label: t(`results:plan.statuses.${s}`),
          }))}
        />
        <SavedTextField
          label={t('results:plan.feedback')}
          description={t('results:plan.feedbackHint')}
          initialValue={action.feedbackToYoungPeople}
          maxLength={LIMITS.actionText}
          multiline
          tooLongMessage={tooLong}
          onSave={(text) => {
            setFeedback(text);
            save({ feedbackToYoungPeople: text });
          }}
        />
        {flagged ? (
          <Notice tone="warning">{t('results:plan.noFeedback')}</Notice>
        ) : null}
        <div className="button-row">
          <Button
            variant="secondary"
            isDisabled={isFirst}
            aria-label={t('results:plan.moveUpNamed', { number })}
            onPress={() => void autosave.run(() => moveAction(action.id, -1))}
          >
            {t('results:plan.moveUp')}
          </Button>
          <Button
            variant="secondary"
            isDisabled={isLast}
            aria-label={t('results:plan.moveDownNamed', { number })}
            onPress={() => void autosave.run(() => moveAction(action.id, 1))}
          >
            {t('results:plan.moveDown')}
          </Button>
          <Button
            variant="quiet"
            aria-label={t('results:plan.removeNamed', { number })}
            onPress={() => void autosave.run(() => deleteAction(action.id))}
          >
            {t('results:plan.remove')}
          </Button>
        </div>
      </fieldset>
    </li>
  );
}
