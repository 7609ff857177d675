import { useParams, useSearch } from 'wouter';
import { frameworkV1 } from '../../content/framework-v1';
import {
  casesShowing,
  guidanceHref,
  isTipDimension,
  TIP_DIMENSIONS,
} from '../../content/guidance';
import { useFrameworkText } from '../../lib/framework-text';
import { TextLink } from '../../ui/Button';
import { LineList } from '../../ui/Prose';
import { GuidanceLinks, questionFrom } from './GuidanceLinks';
import { GuidanceNotFound } from './GuidanceNotFound';
import { useGuidanceText, useGuidanceTitle } from './useGuidanceText';
import './Guidance.css';

/** Practical tips for one dimension; each question links here. */
export function TipsPage() {
  const { dimensionId = '' } = useParams();
  const t = useGuidanceText();
  const ft = useFrameworkText();
  const from = questionFrom(useSearch());
  const nameOf = (id: string) =>
    ft(frameworkV1.dimensions.find((d) => d.id === id)?.nameKey ?? '');
  const dimension = frameworkV1.dimensions.find((d) => d.id === dimensionId);
  useGuidanceTitle(
    dimension ? `${nameOf(dimension.id)} – ${t('tips.title')}` : '',
  );
  if (!dimension || !isTipDimension(dimension.id)) return <GuidanceNotFound />;
  const id = dimension.id;
  const cases = casesShowing(id);

  return (
    <article className="guidance">
      <p className="guidance__eyebrow">{t('tips.title')}</p>
      <h1>{nameOf(id)}</h1>
      <p className="guidance__lead">{ft(dimension.descriptionKey)}</p>
      <GuidanceLinks />
      <p>{t(`tips.${id}.intro`)}</p>
      <section aria-labelledby="tips-try" className="guidance__section">
        <h2 id="tips-try">{t('tips.labels.try')}</h2>
        <LineList text={t(`tips.${id}.try`)} className="guidance__tips" />
      </section>
      <section aria-labelledby="tips-watch" className="guidance__section">
        <h2 id="tips-watch">{t('tips.labels.watch')}</h2>
        <LineList text={t(`tips.${id}.watch`)} className="guidance__watch" />
      </section>
      {cases.length > 0 ? (
        <section aria-labelledby="tips-cases" className="guidance__section">
          <h2 id="tips-cases">{t('tips.labels.cases')}</h2>
          <ul className="guidance__link-list">
            {cases.map((study) => (
              <li key={study.id}>
                <TextLink href={guidanceHref.caseStudy(study.id, from)}>
                  {t(`cases.${study.id}.title`)}
                </TextLink>{' '}
                <span className="guidance__place">
                  {t(`cases.${study.id}.place`)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <nav aria-labelledby="tips-others" className="guidance__section">
        <h2 id="tips-others">{t('tips.labels.others')}</h2>
        <ul className="guidance__link-list">
          {TIP_DIMENSIONS.map((other) => (
            <li key={other}>
              <TextLink
                href={guidanceHref.tips(other, from)}
                aria-current={other === id ? 'page' : undefined}
              >
                {nameOf(other)}
              </TextLink>
            </li>
          ))}
        </ul>
      </nav>
    </article>
  );
}
