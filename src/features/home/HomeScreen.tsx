import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../lib/document-title';
import { LinkButton } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ReflectionList } from './ReflectionList';
import { ReviewSessionList } from './ReviewSessionList';
import { StorageHealth } from './StorageHealth';
import './HomeScreen.css';

export function HomeScreen() {
  const { t } = useTranslation(['home', 'common']);
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(t('home:title'), t('common:app.titleSuffix'));
  return (
    <>
      <h1>{t('home:title')}</h1>
      <p className="home__intro">{t('home:intro')}</p>
      <div className="button-row">
        <LinkButton href="/new">{t('home:start')}</LinkButton>
        <LinkButton variant="secondary" href="/open">
          {t('home:open')}
        </LinkButton>
      </div>
      {message ? <Notice tone="success">{message}</Notice> : null}
      <ReflectionList onDeleted={setMessage} />
      <ReviewSessionList />
      <StorageHealth />
    </>
  );
}
