import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, CellId } from '../../domain/types';
import { LIMITS } from '../../domain/types';
import { addAction, deleteAction } from '../../storage/actions';
import type { Autosave } from '../../storage/useAutosave';
import { Button } from '../../ui/Button';
import { SavedTextField } from '../../ui/SavedTextField';

type Props = {
  reflectionId: string;
  cellId: CellId;
  actions: readonly Action[];
  run: Autosave['run'];
  saveAction: Autosave['saveAction'];
};

/** The actions recorded against one question: add, edit and remove. */
export function ActionsEditor({
  reflectionId,
  cellId,
  actions,
  run,
  saveAction,
}: Props) {
  const { t } = useTranslation('reflect');
  const tooLong = (count: number, max: number) => t('tooLong', { count, max });
  const focusNext = useRef<string | null>(null);

  // Move focus to a new action's first field once the live query shows it.
  useEffect(() => {
    if (!focusNext.current) return;
    const field = document.getElementById(`action-${focusNext.current}-text`);
    if (field) {
      field.focus();
      focusNext.current = null;
    }
  }, [actions]);

  async function add() {
    await run(async () => {
      const created = await addAction(reflectionId, cellId);
      focusNext.current = created.id;
    });
  }

  return (
    <section className="actions-editor" aria-labelledby="actions-title">
      <h2 id="actions-title">{t('actions.title')}</h2>
      {actions.length === 0 ? <p>{t('actions.none')}</p> : null}
      <ol className="actions-editor__list">
        {actions.map((action, index) => {
          const number = index + 1;
          return (
            <li key={action.id} className="actions-editor__item">
              <fieldset>
                <legend>{t('actions.itemLabel', { number })}</legend>
                <SavedTextField
                  tooLongMessage={tooLong}
                  id={`action-${action.id}-text`}
                  label={t('actions.text')}
                  initialValue={action.text}
                  maxLength={LIMITS.actionText}
                  multiline
                  onSave={(text) => saveAction(action.id, { text })}
                />
                <SavedTextField
                  tooLongMessage={tooLong}
                  label={t('actions.owner')}
                  initialValue={action.owner}
                  maxLength={LIMITS.owner}
                  size="medium"
                  onSave={(owner) => saveAction(action.id, { owner })}
                />
                <SavedTextField
                  tooLongMessage={tooLong}
                  label={t('actions.due')}
                  type="date"
                  size="medium"
                  initialValue={action.due}
                  maxLength={10}
                  onSave={(due) => saveAction(action.id, { due })}
                />
                <Button
                  variant="secondary"
                  aria-label={t('actions.removeNamed', { number })}
                  onPress={() => void run(() => deleteAction(action.id))}
                >
                  {t('actions.remove')}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button variant="secondary" onPress={() => void add()}>
        {t('actions.add')}
      </Button>
    </section>
  );
}
