import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { preparePack } from '../../domain/packs/prepare';
import { buildSummaryPack } from '../../domain/packs/summary';
import type { LevelId } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { fileNameFrom } from '../../lib/files';
import { linkFor } from '../../lib/share';
import { useActions, useAnswers, useReflection } from '../../storage/live';
import { TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { NotOnDevice } from '../../ui/NotOnDevice';
import { PackContents, type PackChoice } from './PackContents';
import { SharePack, type MadePack } from './SharePack';

/** Choose what goes into a summary for Champions, then hand it on. */
export function ShareScreen() {
  const { reflectionId = '' } = useParams();
  const { t } = useTranslation(['share', 'common', 'reflect']);
  const reflection = useReflection(reflectionId);
  const answers = useAnswers(reflectionId);
  const actions = useActions(reflectionId);
  const [made, setMade] = useState<MadePack | null>(null);
  const [failed, setFailed] = useState(false);
  useDocumentTitle(t('share:title'), t('common:app.titleSuffix'));

  if (reflection === null) {
    return (
      <NotOnDevice
        title={t('share:title')}
        body={t('reflect:missing.body')}
        homeLabel={t('reflect:missing.home')}
      />
    );
  }
  if (!reflection || !answers || !actions)
    return <p role="status">{t('common:app.loading')}</p>;

  async function create(choice: PackChoice) {
    if (!reflection || !answers || !actions) return;
    setFailed(false);
    try {
      const pack = buildSummaryPack({
        reflection,
        answers,
        actions,
        choice: {
          levels: choice.levels as LevelId[],
          includeEvidence: choice.includeEvidence,
          includeActions: choice.includeActions,
        },
        now: new Date(),
        packId: crypto.randomUUID(),
      });
      const prepared = await preparePack(pack, choice.passphrase);
      setMade({
        bytes: prepared.bytes,
        link: linkFor(prepared.fragment),
        filename: `${fileNameFrom(reflection.organisationName, 'reflection')}-summary.vipack`,
        encrypted: prepared.encrypted,
        cellCount: pack.cells.length,
      });
    } catch {
      setFailed(true);
    }
  }

  return (
    <>
      <h1>{t('share:title')}</h1>
      <p>{t('share:intro')}</p>
      <Notice>{t('share:neverShared')}</Notice>
      {failed ? (
        <Notice tone="error">{t('common:errors.storage.unknown')}</Notice>
      ) : null}
      {made ? (
        <SharePack
          made={made}
          summaryText={t('share:ready', { cells: made.cellCount })}
          title={t('share:fileTitle', {
            organisation: reflection.organisationName,
          })}
          onRemake={() => setMade(null)}
        />
      ) : (
        <PackContents levels={reflection.levels} onCreate={create} />
      )}
      <p>
        <TextLink href={`/r/${reflectionId}/results`}>
          {t('share:back')}
        </TextLink>
      </p>
    </>
  );
}
