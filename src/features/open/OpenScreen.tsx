import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { importBytes } from '../../domain/import/pipeline';
import {
  DEFAULT_IMPORT_LIMITS,
  isLocked,
  type ImportProblem,
} from '../../domain/import/types';
import { fragmentToBytes } from '../../domain/packs/codec';
import { useDocumentTitle } from '../../lib/document-title';
import { readChosenFile } from '../../lib/files';
import { toStorageError } from '../../storage/errors';
import { getReflection } from '../../storage/reflections';
import { startReviewSession } from '../../storage/review-sessions';
import { importReview } from '../../storage/reviews';
import { FileButton } from '../../ui/FileButton';
import { OpenOutcomes, type Outcome } from './OpenOutcomes';
import { PassphraseForm } from './PassphraseForm';

type Item = { name: string; bytes: Uint8Array };

/**
 * The one way in for shared things: a link (the pack after `#`) or files.
 * A summary starts a Champion review; reviews are filed with their
 * reflection. Untrusted input: every problem is explained, nothing crashes.
 */
export function OpenScreen() {
  const { t } = useTranslation(['open', 'common']);
  const [, navigate] = useLocation();
  const [outcomes, setOutcomes] = useState<Outcome[]>([]);
  const [locked, setLocked] = useState<Item[]>([]);
  const [passphraseProblem, setPassphraseProblem] =
    useState<ImportProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const startedFromLink = useRef(false);
  useDocumentTitle(t('open:title'), t('common:app.titleSuffix'));

  const problem = (
    name: string,
    reason: ImportProblem | 'unreadable',
  ): Outcome => ({
    key: `${name}-${Date.now()}-${Math.random()}`,
    tone: 'error',
    text: t('open:results.failed', {
      file: name,
      problem: t(`open:problems.${reason}`),
    }),
  });

  async function openItems(items: Item[], passphrase?: string) {
    setBusy(true);
    const found: Outcome[] = [];
    const stillLocked: Item[] = [];
    for (const item of items) {
      const result = await importBytes(item.bytes, { passphrase });
      if (!result.ok) {
        // Without a passphrase it is always 'needsPassphrase'.
        if (isLocked(result)) {
          stillLocked.push(item);
          setPassphraseProblem(passphrase ? result.reason : null);
        } else found.push(problem(item.name, result.reason));
        continue;
      }
      if (result.kind === 'backup') {
        found.push({
          key: `${item.name}-backup-${found.length}`,
          tone: 'info',
          text: t('open:results.isBackup', { file: item.name }),
          link: { href: '/backup', label: t('open:results.goToBackup') },
        });
        continue;
      }
      try {
        if (result.kind === 'summary') {
          const session = await startReviewSession(result.document);
          navigate(`/review/${session.id}`);
          return;
        }
        const filed = await importReview(result.document, Date.now());
        const reviewer =
          result.document.reviewer || t('open:results.anonymous');
        if (filed.outcome === 'noReflection') {
          found.push({
            key: result.document.reviewId,
            tone: 'error',
            text: t('open:results.noReflection'),
          });
          continue;
        }
        const organisation =
          (await getReflection(filed.reflectionId))?.organisationName ?? '';
        found.push({
          key: `${result.document.reviewId}-${found.length}`,
          tone: filed.outcome === 'duplicate' ? 'info' : 'success',
          text: t(`open:results.${filed.outcome}`, { reviewer, organisation }),
          link: {
            href: `/r/${filed.reflectionId}/reviews`,
            label: t('open:results.seeReviews', { organisation }),
          },
        });
      } catch (error) {
        found.push({
          key: `${item.name}-storage`,
          tone: 'error',
          text: t(`common:errors.storage.${toStorageError(error).problem}`),
        });
      }
    }
    setLocked(stillLocked);
    if (stillLocked.length === 0) setPassphraseProblem(null);
    setOutcomes((previous) => [...found, ...previous]);
    setBusy(false);
  }

  async function openLink(hash: string) {
    // The link's bytes are kept, so a protected pack can be tried again
    // with its passphrase; both go through the one import pipeline.
    const linkName = t('open:linkName');
    const bytes = fragmentToBytes(hash);
    if (bytes.ok) await openItems([{ name: linkName, bytes: bytes.bytes }]);
    else setOutcomes([problem(linkName, bytes.reason)]);
  }

  async function openFiles(files: File[]) {
    const items: Item[] = [];
    const refused: Outcome[] = [];
    for (const file of files) {
      const read = await readChosenFile(file, DEFAULT_IMPORT_LIMITS.maxBytes);
      if (read.ok) items.push({ name: read.name, bytes: read.bytes });
      else refused.push(problem(file.name, read.reason));
    }
    setOutcomes((previous) => [...refused, ...previous]);
    if (items.length > 0) await openItems(items);
  }

  useEffect(() => {
    // The link this page was opened with, and any opened later in this tab
    // (a link followed from here only changes the part after `#`).
    const takeLink = (initial: boolean) => {
      // On arrival any fragment is taken as a link (a damaged one is
      // explained); later, only fragments that carry a pack.
      if (initial ? !location.hash : !location.hash.startsWith('#pack='))
        return;
      const hash = location.hash;
      // Take the pack out of the address bar so it is not kept in history.
      history.replaceState(history.state, '', location.pathname);
      void openLink(hash);
    };
    if (!startedFromLink.current) {
      startedFromLink.current = true;
      takeLink(true);
    }
    const onHashChange = () => takeLink(false);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
    // openLink reads state through setters only; binding it once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <>
      <h1>{t('open:title')}</h1>
      <p>{t('open:intro')}</p>
      {busy ? <p role="status">{t('common:app.loading')}</p> : null}
      {locked.length > 0 ? (
        <PassphraseForm
          problem={
            passphraseProblem === 'wrongPassphrase'
              ? t('open:problems.wrongPassphrase')
              : null
          }
          onSubmit={(passphrase) => void openItems(locked, passphrase)}
        />
      ) : null}
      <OpenOutcomes outcomes={outcomes} />
      <h2>{t('open:chooseFiles')}</h2>
      <p>{t('open:chooseHint')}</p>
      <FileButton
        label={t('open:chooseFiles')}
        accept={[
          '.vipack',
          '.json',
          'application/octet-stream',
          'application/json',
        ]}
        allowsMultiple
        onSelect={(files) => void openFiles(files)}
      />
    </>
  );
}
