import { useTranslation } from 'react-i18next';
import { TextLink } from '../../ui/Button';

export type Finding = {
  id: string;
  name: string;
  rating: string;
  detail: string | null;
  href: string;
};

type Props = {
  id: string;
  title: string;
  intro?: string;
  empty: string;
  items: readonly Finding[];
};

/** A titled list of cells with their rating and, where useful, a next step. */
export function FindingList({ id, title, intro, empty, items }: Props) {
  const { t } = useTranslation('common');
  return (
    <section aria-labelledby={`${id}-title`} className="finding-list">
      <h2 id={`${id}-title`}>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {items.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id}>
              <TextLink href={item.href}>{item.name}</TextLink>
              {t('punctuation.separator')}
              <strong>{item.rating}</strong>
              {item.detail ? (
                <p className="finding-list__detail">{item.detail}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
