import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { frameworkV1 } from '../../content/framework-v1';
import { useDocumentTitle } from '../../lib/document-title';
import { useCellName } from '../../lib/framework-text';
import { useSaveProblemText } from '../../lib/save-problem';
import { useSaveStatusLabels } from '../../lib/save-status';
import { addAction } from '../../storage/actions';
import { useActions, useReflection } from '../../storage/live';
import { useAutosave } from '../../storage/useAutosave';
import { Button, TextLink } from '../../ui/Button';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { SaveProblem } from '../../ui/SaveProblem';
import { SaveStatus } from '../../ui/SaveStatus';
import { ActionPlanItem } from './ActionPlanItem';
import './ActionPlanScreen.css';

/** The whole action plan: add, edit, reorder and complete actions. */
export function ActionPlanScreen() {
  const { reflectionId = '' } = useParams();
  const { t } = useTranslation(['results', 'common', 'reflect']);
  const saveStatusLabels = useSaveStatusLabels();
  const reflection = useReflection(reflectionId);
  const actions = useActions(reflectionId);
  const autosave = useAutosave(reflectionId, null);
  const saveProblem = useSaveProblemText(autosave.problem);
  const cellName = useCellName(frameworkV1);
  const focusNext = useRef<string | null>(null);
  useDocumentTitle(
    reflection
      ? t('results:plan.documentTitle', {
          organisation: reflection.organisationName,
        })
      : t('results:plan.title'),
    t('common:app.titleSuffix'),
  );

  // Move focus to a new action's first field once the live query shows it.
  useEffect(() => {
    if (!focusNext.current) return;
    const field = document.getElementById(`plan-${focusNext.current}-text`);
    if (field) {
      field.focus();
      focusNext.current = null;
    }
  }, [actions]);

  if (reflection === null) {
    return (
      <NotOnDevice
        title={t('results:plan.title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (!reflection || !actions)
    return <p role="status">{t('common:app.loading')}</p>;

  return (
    <div className="action-plan">
      <h1>{t('results:plan.title')}</h1>
      <p>{t('results:plan.intro')}</p>
      <SaveStatus state={autosave.status} labels={saveStatusLabels} />
      {saveProblem ? <SaveProblem {...saveProblem} /> : null}
      {actions.length === 0 ? <p>{t('results:plan.none')}</p> : null}
      <ol className="action-plan__list">
        {actions.map((action, index) => (
          <ActionPlanItem
            key={action.id}
            action={action}
            number={index + 1}
            isFirst={index === 0}
            isLast={index === actions.length - 1}
            questionName={action.cellId ? cellName(action.cellId) : null}
            autosave={autosave}
          />
        ))}
      </ol>
      <div className="button-row">
        <Button
          variant="secondary"
          onPress={() =>
            void autosave.run(async () => {
              focusNext.current = (await addAction(reflectionId, null)).id;
            })
          }
        >
          {t('results:plan.add')}
        </Button>
      </div>
      <p>
        <TextLink href={`/r/${reflectionId}/results`}>
          {t('results:plan.back')}
        </TextLink>
      </p>
    </div>
  );
}
