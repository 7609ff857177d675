import { useTranslation } from 'react-i18next';
import { useSearch } from 'wouter';
import { guidanceHref } from '../../content/guidance';
import { TextLink } from '../../ui/Button';

/**
 * Where a reader came from, when a question linked here: `?from=` holds the
 * question's address. It is only ever a question in this app (checked), so a
 * crafted link cannot send the reader elsewhere.
 */
const QUESTION = /^\/r\/[\w-]{1,64}\/reflect\/[a-z]{1,20}\.[a-z]{1,20}$/;

export function questionFrom(search: string): string | null {
  const from = new URLSearchParams(search).get('from');
  return from && QUESTION.test(from) ? from : null;
}

/** "Back to the question" (when there is one) and "All guidance". */
export function GuidanceLinks({
  showLibrary = true,
}: {
  showLibrary?: boolean;
}) {
  const { t } = useTranslation('guidance');
  const from = questionFrom(useSearch());
  if (!from && !showLibrary) return null;
  return (
    <nav className="guidance__links" aria-label={t('title')}>
      <ul>
        {from ? (
          <li>
            <TextLink href={from}>{t('backToQuestion')}</TextLink>
          </li>
        ) : null}
        {showLibrary ? (
          <li>
            <TextLink href={guidanceHref.library(from)}>
              {t('backToLibrary')}
            </TextLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
