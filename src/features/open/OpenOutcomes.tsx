import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';
import { Notice } from '../../ui/Notice';

export type Outcome = {
  key: string;
  tone: 'success' | 'info' | 'error';
  text: string;
  link?: { href: string; label: string };
};

/** What happened to each file or link that was opened, newest first. */
export function OpenOutcomes({ outcomes }: { outcomes: readonly Outcome[] }) {
  const { t } = useTranslation('open');
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="open-results-heading">
      <h2 id="open-results-heading">{t('results.heading')}</h2>
      {outcomes.map((outcome) => (
        <Notice key={outcome.key} tone={outcome.tone}>
          <p>{outcome.text}</p>
          {outcome.link ? (
            <p>
              <TextLink href={outcome.link.href}>{outcome.link.label}</TextLink>
            </p>
          ) : null}
        </Notice>
      ))}
    </section>
  );
}
