import { useTranslation } from 'react-i18next';
import { guidanceHref } from '../../content/guidance';
import { TextLink } from '../../ui/Button';

/** An address in the library that does not exist (a mistyped or old link). */
export function GuidanceNotFound() {
  const { t } = useTranslation(['common', 'guidance']);
  return (
    <>
      <h1>{t('common:errors.pageNotFound.title')}</h1>
      <p>{t('common:errors.pageNotFound.body')}</p>
      <p>
        <TextLink href={guidanceHref.library()}>
          {t('guidance:backToLibrary')}
        </TextLink>
      </p>
    </>
  );
}
