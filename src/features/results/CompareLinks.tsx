import { useTranslation } from 'react-i18next';
import { sameOrganisation } from '../../domain/compare';
import type { Reflection } from '../../domain/types';
import { formatDate } from '../../lib/format';
import { useReflections } from '../../storage/live';
import { TextLink } from '../../ui/Button';

/** Other reflections of the same organisation, to compare with this one. */
export function CompareLinks({ reflection }: { reflection: Reflection }) {
  const { t, i18n } = useTranslation('results');
  const all = useReflections();
  if (!all) return null;
  const others = all
    .filter(
      (r) =>
        r.id !== reflection.id &&
        sameOrganisation(r.organisationName, reflection.organisationName),
    )
    .sort((a, b) => a.date.localeCompare(b.date));
  return (
    <section aria-labelledby="compare-links-heading">
      <h2 id="compare-links-heading">{t('compare.linksHeading')}</h2>
      {others.length === 0 ? (
        <p>
          {t('compare.none', { organisation: reflection.organisationName })}
        </p>
      ) : (
        <>
          <p>{t('compare.linksIntro')}</p>
          <ul>
            {others.map((other) => {
              const [earlier, later] =
                other.date <= reflection.date
                  ? [other, reflection]
                  : [reflection, other];
              return (
                <li key={other.id}>
                  <TextLink href={`/compare/${earlier.id}/${later.id}`}>
                    {t('compare.linkItem', {
                      date: formatDate(other.date, i18n.language),
                    })}
                  </TextLink>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
