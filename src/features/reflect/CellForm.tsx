import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CellDefinition } from '../../content/framework-types';
import { frameworkV1 } from '../../content/framework-v1';
import { guidanceHref } from '../../content/guidance';
import type { Action, Answer, Rating } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { useSaveProblemText } from '../../lib/save-problem';
import { useSaveStatusLabels } from '../../lib/save-status';
import { useAutosave } from '../../storage/useAutosave';
import { TextLink } from '../../ui/Button';
import { CheckboxChoiceGroup } from '../../ui/ChoiceGroup';
import { SaveProblem } from '../../ui/SaveProblem';
import { SaveStatus } from '../../ui/SaveStatus';
import { ActionsEditor } from './ActionsEditor';
import { AnswerTextField, type AnswerTextFieldName } from './AnswerTextField';
import { RatingField } from './RatingField';

const DESCRIPTIVE_FIELDS = ['evidence', 'examples'] as const;
const PRIVATE_FIELDS = ['privateNotes'] as const;

type Props = {
  reflectionId: string;
  cell: CellDefinition;
  /** The stored answer when the cell first shows (undefined if none yet). */
  answer: Answer | undefined;
  actions: readonly Action[];
};

/**
 * One question: the statement, what good looks like, prompts, and every field
 * the group fills in. Mount it with `key={cell.id}` so each cell starts from
 * its stored answer; from then on local state leads and storage follows.
 */
export function CellForm({ reflectionId, cell, answer, actions }: Props) {
  const { t } = useTranslation(['reflect', 'common']);
  const saveStatusLabels = useSaveStatusLabels();
  const ft = useFrameworkText();
  const autosave = useAutosave(reflectionId, cell.id);
  const saveProblem = useSaveProblemText(autosave.problem);
  const [rating, setRating] = useState<Rating | null>(answer?.rating ?? null);
  const [groups, setGroups] = useState<string[]>(answer?.groupsReached ?? []);

  const textField = (field: AnswerTextFieldName) => (
    <AnswerTextField
      key={field}
      field={field}
      initialValue={answer?.[field] ?? ''}
      onSave={(value) => autosave.saveAnswer({ [field]: value })}
    />
  );

  return (
    <div className="cell-form">
      <div className="cell-form__status">
        <SaveStatus state={autosave.status} labels={saveStatusLabels} />
      </div>
      {saveProblem ? <SaveProblem {...saveProblem} /> : null}
      <p className="cell-form__headline">{ft(cell.headlineKey)}</p>
      <div className="cell-form__guide">
        <h2>{t('reflect:goodLooksLike')}</h2>
        <p>{ft(cell.goodKey)}</p>
        <h2>{t('reflect:prompts')}</h2>
        <ul>
          {cell.promptKeys.map((key) => (
            <li key={key}>{ft(key)}</li>
          ))}
        </ul>
        <p className="cell-form__tips">
          <TextLink
            href={guidanceHref.tips(
              cell.dimension,
              `/r/${reflectionId}/reflect/${cell.id}`,
            )}
          >
            {t('reflect:tipsLink', {
              dimension: ft(
                frameworkV1.dimensions.find((d) => d.id === cell.dimension)
                  ?.nameKey ?? '',
              ),
            })}
          </TextLink>
        </p>
      </div>
      <RatingField
        value={rating}
        onChange={(next) => {
          setRating(next);
          autosave.saveAnswer({ rating: next });
        }}
      />
      {DESCRIPTIVE_FIELDS.map(textField)}
      <CheckboxChoiceGroup
        id="groupsReached"
        layout="cards"
        label={t('reflect:fields.groupsReached.label')}
        description={t('reflect:fields.groupsReached.hint')}
        value={groups}
        onChange={(next) => {
          setGroups(next);
          autosave.saveAnswer({ groupsReached: next });
        }}
        choices={frameworkV1.groups.map((g) => ({
          value: g.id,
          label: ft(g.nameKey),
        }))}
      />
      {PRIVATE_FIELDS.map(textField)}
      <ActionsEditor
        reflectionId={reflectionId}
        cellId={cell.id}
        actions={actions}
        run={autosave.run}
        saveAction={autosave.saveAction}
      />
    </div>
  );
}
