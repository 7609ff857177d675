import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'wouter';
import { FRAMEWORK_VERSION } from '../../content/framework-v1';
import {
  createReflection,
  normaliseLevels,
  todayIso,
  validateSetup,
  type SetupErrors,
  type SetupInput,
} from '../../domain/reflection';
import type { Reflection } from '../../domain/types';
import { useDocumentTitle } from '../../lib/document-title';
import { toStorageError } from '../../storage/errors';
import {
  addReflection,
  getReflection,
  updateReflection,
} from '../../storage/reflections';
import { getSetting, setSetting } from '../../storage/settings';
import { Notice } from '../../ui/Notice';
import { SetupForm } from './SetupForm';

const BLANK: SetupInput = {
  organisationName: '',
  organisationType: '',
  area: '',
  levels: [],
  date: '',
  facilitator: '',
};

function fromReflection(r: Reflection): SetupInput {
  return {
    organisationName: r.organisationName,
    organisationType: r.organisationType,
    area: r.area,
    levels: r.levels,
    date: r.date,
    facilitator: r.facilitator,
  };
}

/** Set up a new reflection (/new) or change an existing one's details. */
export function SetupScreen() {
  const { reflectionId } = useParams();
  const { t, i18n } = useTranslation(['setup', 'common']);
  const [, navigate] = useLocation();
  const editing = reflectionId !== undefined;
  const [input, setInput] = useState<SetupInput | null>(null);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [submitCount, setSubmitCount] = useState(0);
  const [storageError, setStorageError] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useDocumentTitle(
    t(editing ? 'setup:editTitle' : 'setup:title'),
    t('common:app.titleSuffix'),
  );

  useEffect(() => {
    let live = true;
    void (async () => {
      if (reflectionId) {
        const existing = await getReflection(reflectionId).catch(
          () => undefined,
        );
        if (!live) return;
        if (existing) setInput(fromReflection(existing));
        else setMissing(true);
        return;
      }
      const draft = await getSetting('setupDraft').catch(() => null);
      if (live) setInput(draft ?? { ...BLANK, date: todayIso() });
    })();
    return () => {
      live = false;
    };
  }, [reflectionId]);

  function change(next: SetupInput) {
    setInput(next);
    if (submitCount > 0) setErrors(validateSetup(next));
    // A new reflection's form is kept as a draft, so nothing typed is lost.
    if (!editing) void setSetting('setupDraft', next).catch(() => undefined);
  }

  async function submit() {
    if (!input) return;
    const found = validateSetup(input);
    setErrors(found);
    setSubmitCount((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    try {
      if (reflectionId) {
        await updateReflection(reflectionId, {
          ...input,
          organisationName: input.organisationName.trim(),
          organisationType: input.organisationType || 'other',
          area: input.area.trim(),
          facilitator: input.facilitator.trim(),
          levels: normaliseLevels(input.levels),
        });
        navigate(`/r/${reflectionId}/reflect`);
        return;
      }
      const reflection = createReflection(input, {
        id: crypto.randomUUID(),
        now: Date.now(),
        locale: i18n.language,
        frameworkVersion: FRAMEWORK_VERSION,
      });
      await addReflection(reflection);
      await setSetting('setupDraft', null).catch(() => undefined);
      navigate(`/r/${reflection.id}/reflect`);
    } catch (error) {
      setStorageError(
        t(`common:errors.storage.${toStorageError(error).problem}`),
      );
    }
  }

  if (missing) {
    return (
      <>
        <h1>{t('setup:editTitle')}</h1>
        <Notice tone="error">{t('common:errors.storage.missing')}</Notice>
      </>
    );
  }
  if (!input) return <p role="status">{t('common:app.loading')}</p>;
  return (
    <>
      <h1>{t(editing ? 'setup:editTitle' : 'setup:title')}</h1>
      <p>{t('setup:intro')}</p>
      {storageError ? <Notice tone="error">{storageError}</Notice> : null}
      <SetupForm
        value={input}
        errors={errors}
        submitCount={submitCount}
        submitLabel={t(editing ? 'setup:submitEdit' : 'setup:submit')}
        onChange={change}
        onSubmit={() => void submit()}
      />
    </>
  );
}
