import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BACKUP_LIMITS, type BackupProblem } from '../../domain/backup/format';
import {
  applyChoice,
  planRestore,
  type RestoreChoice,
  type RestorePlan,
} from '../../domain/backup/restore';
import { importBytes } from '../../domain/import/pipeline';
import { isLocked, type ImportFailure } from '../../domain/import/types';
import { readChosenFile } from '../../lib/files';
import { listReflectionIds, writeRestore } from '../../storage/backup';
import { toStorageError } from '../../storage/errors';
import { Button, TextLink } from '../../ui/Button';
import { RadioChoiceGroup } from '../../ui/ChoiceGroup';
import { FileButton } from '../../ui/FileButton';
import { Notice } from '../../ui/Notice';

const CHOICES: readonly RestoreChoice[] = ['keepBoth', 'replace', 'skip'];

/** The backup screen's words for a problem the import pipeline found. */
function backupProblem(result: ImportFailure): BackupProblem {
  switch (result.reason) {
    case 'tooLarge':
    case 'newerVersion':
      return result.reason;
    case 'invalid':
      // A broken summary or review is not a backup at all.
      return result.kind === 'backup' || !result.kind
        ? 'invalid'
        : 'wrongFormat';
    case 'wrongFormat':
      return 'wrongFormat';
    default:
      return 'notJson';
  }
}

/**
 * Restore with a preview: says what the file holds and which reflections are
 * already here, and asks what to do with those. Never overwrites silently.
 */
export function RestoreBackup() {
  const { t } = useTranslation(['backup', 'common']);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [choice, setChoice] = useState<RestoreChoice>('keepBoth');
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  /** The file was a pack: point to the page that opens packs. */
  const [isPack, setIsPack] = useState(false);

  const explain = (reason: BackupProblem | 'unreadable') =>
    setProblem(t(`backup:restore.problems.${reason}`));

  async function choose(files: File[]) {
    setProblem(null);
    setIsPack(false);
    setDone(null);
    setPlan(null);
    const file = files[0];
    if (!file) return;
    const read = await readChosenFile(file, BACKUP_LIMITS.maxBytes);
    if (!read.ok) {
      explain(read.reason === 'tooLarge' ? 'tooLarge' : 'unreadable');
      return;
    }
    const result = await importBytes(read.bytes);
    if (!result.ok) {
      // Only packs are ever protected with a passphrase.
      if (isLocked(result)) {
        setProblem(t('backup:restore.isPack'));
        setIsPack(true);
      } else explain(backupProblem(result));
      return;
    }
    if (result.kind !== 'backup') {
      setProblem(t(`backup:restore.is.${result.kind}`));
      setIsPack(true);
      return;
    }
    try {
      setPlan(planRestore(result.document, await listReflectionIds()));
    } catch (error) {
      setProblem(t(`common:errors.storage.${toStorageError(error).problem}`));
    }
  }

  async function restore() {
    if (!plan) return;
    const outcome = applyChoice(plan, choice, {
      newId: () => crypto.randomUUID(),
      nameSuffix: t('backup:restore.copySuffix'),
    });
    try {
      await writeRestore(outcome);
      setPlan(null);
      setDone(
        t('backup:restore.done', {
          restored: outcome.writes.length,
          skipped: outcome.skipped.length,
        }),
      );
    } catch (error) {
      setProblem(t(`common:errors.storage.${toStorageError(error).problem}`));
    }
  }

  const names = plan
    ? plan.entries
        .filter((e) => plan.existing.includes(e.reflection.id))
        .map((e) => e.reflection.organisationName)
    : [];

  return (
    <section aria-labelledby="restore-heading">
      <h2 id="restore-heading">{t('backup:restore.heading')}</h2>
      <p>{t('backup:restore.hint')}</p>
      {problem ? (
        <Notice tone="error">
          <p>{problem}</p>
          {isPack ? (
            <p>
              <TextLink href="/open">{t('backup:restore.openLink')}</TextLink>
            </p>
          ) : null}
        </Notice>
      ) : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      {plan ? (
        <div className="restore-preview">
          <p>
            <strong>
              {t('backup:restore.preview', { count: plan.total })}
            </strong>{' '}
            {plan.existing.length === 0
              ? t('backup:restore.allNew')
              : t('backup:restore.existing', { count: plan.existing.length })}
          </p>
          {names.length > 0 ? (
            <>
              <ul>
                {names.map((name, i) => (
                  <li key={i}>{name}</li>
                ))}
              </ul>
              <RadioChoiceGroup<RestoreChoice>
                id="restoreChoice"
                label={t('backup:restore.choice')}
                value={choice}
                onChange={setChoice}
                choices={CHOICES.map((c) => ({
                  value: c,
                  label: t(`backup:restore.choices.${c}`),
                }))}
              />
            </>
          ) : null}
          <div className="button-row">
            <Button onPress={() => void restore()}>
              {t('backup:restore.confirm')}
            </Button>
            <Button variant="secondary" onPress={() => setPlan(null)}>
              {t('backup:restore.cancel')}
            </Button>
          </div>
        </div>
      ) : (
        <FileButton
          label={t('backup:restore.choose')}
          accept={['.json', 'application/json', '.vipack']}
          onSelect={(files) => void choose(files)}
        />
      )}
    </section>
  );
}
