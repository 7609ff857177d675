import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { frameworkV1 } from '../../content/framework-v1';
import type { LevelId } from '../../domain/types';
import { useFrameworkText } from '../../lib/framework-text';
import { Button } from '../../ui/Button';
import { CheckboxChoiceGroup } from '../../ui/ChoiceGroup';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { TextField } from '../../ui/TextField';

export type PackChoice = {
  levels: LevelId[];
  includeEvidence: boolean;
  includeActions: boolean;
  passphrase: string;
};

type Extra = 'evidence' | 'actions';
type Field = 'shareLevels' | 'passphrase' | 'passphraseConfirm';

export const MIN_PASSPHRASE = 8;

type Props = {
  levels: readonly LevelId[];
  onCreate: (choice: PackChoice) => Promise<void>;
};

/** What goes into the summary, and an optional passphrase. */
export function PackContents({ levels, onCreate }: Props) {
  const { t } = useTranslation(['share', 'common']);
  const ft = useFrameworkText();
  const [chosen, setChosen] = useState<LevelId[]>([...levels]);
  const [extras, setExtras] = useState<Extra[]>(['evidence', 'actions']);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitCount, setSubmitCount] = useState(0);
  const [busy, setBusy] = useState(false);

  const errors: Partial<Record<Field, string>> = {};
  if (chosen.length === 0) errors.shareLevels = t('share:errors.noLevels');
  if (passphrase.length > 0 && passphrase.length < MIN_PASSPHRASE)
    errors.passphrase = t('share:passphrase.tooShort', { min: MIN_PASSPHRASE });
  if (passphrase.length > 0 && confirm !== passphrase)
    errors.passphraseConfirm = t('share:passphrase.mismatch');
  const shown = submitCount > 0 ? errors : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitCount((n) => n + 1);
    if (Object.keys(errors).length > 0) return;
    setBusy(true);
    await onCreate({
      levels: chosen,
      includeEvidence: extras.includes('evidence'),
      includeActions: extras.includes('actions'),
      passphrase,
    });
    setBusy(false);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        title={t('common:errors.summaryTitle')}
        submitCount={submitCount}
        errors={Object.entries(shown).map(([fieldId, message]) => ({
          fieldId,
          message,
        }))}
      />
      <h2>{t('share:choose.heading')}</h2>
      <CheckboxChoiceGroup<LevelId>
        id="shareLevels"
        label={t('share:choose.levels')}
        description={t('share:choose.levelsHint')}
        errorMessage={shown.shareLevels}
        value={chosen}
        onChange={setChosen}
        choices={frameworkV1.levels
          .filter((l) => levels.includes(l.id))
          .map((l) => ({ value: l.id, label: ft(l.nameKey) }))}
      />
      <CheckboxChoiceGroup<Extra>
        id="shareExtras"
        label={t('share:choose.extras')}
        value={extras}
        onChange={setExtras}
        choices={[
          {
            value: 'evidence',
            label: t('share:choose.evidence'),
            description: t('share:choose.evidenceHint'),
          },
          {
            value: 'actions',
            label: t('share:choose.actions'),
            description: t('share:choose.actionsHint'),
          },
        ]}
      />
      <h2>{t('share:passphrase.heading')}</h2>
      <p>{t('share:passphrase.hint')}</p>
      <TextField
        id="passphrase"
        type="password"
        size="medium"
        label={t('share:passphrase.label')}
        value={passphrase}
        onChange={setPassphrase}
        errorMessage={shown.passphrase}
        autoComplete="new-password"
      />
      {passphrase.length > 0 ? (
        <TextField
          id="passphraseConfirm"
          type="password"
          size="medium"
          label={t('share:passphrase.confirm')}
          value={confirm}
          onChange={setConfirm}
          errorMessage={shown.passphraseConfirm}
          autoComplete="new-password"
        />
      ) : null}
      <div className="button-row">
        <Button type="submit" isDisabled={busy}>
          {busy ? t('share:creating') : t('share:create')}
        </Button>
      </div>
    </form>
  );
}
