import { useSearch } from 'wouter';
import { frameworkV1 } from '../../content/framework-v1';
import {
  CASE_STUDIES,
  GUIDANCE_TOPICS,
  guidanceHref,
  TIP_DIMENSIONS,
} from '../../content/guidance';
import { useFrameworkText } from '../../lib/framework-text';
import { TextLink } from '../../ui/Button';
import { GuidanceLinks, questionFrom } from './GuidanceLinks';
import { useGuidanceText, useGuidanceTitle } from './useGuidanceText';
import './Guidance.css';

/** The library's index: every topic, case study and set of tips. */
export function GuidanceLibrary() {
  const t = useGuidanceText();
  const ft = useFrameworkText();
  const from = questionFrom(useSearch());
  useGuidanceTitle(t('title'));
  const dimensionName = (id: string) =>
    ft(frameworkV1.dimensions.find((d) => d.id === id)?.nameKey ?? '');

  return (
    <article className="guidance">
      <h1>{t('title')}</h1>
      <p className="guidance__lead">{t('intro')}</p>
      <GuidanceLinks showLibrary={false} />
      <ul className="guidance__cards">
        {GUIDANCE_TOPICS.map((topic) => (
          <li key={topic.id} className="guidance__card">
            <h2>
              <TextLink href={guidanceHref.topic(topic.id, from)}>
                {t(`${topic.id}.title`)}
              </TextLink>
            </h2>
            <p>{t(`${topic.id}.summary`)}</p>
          </li>
        ))}
      </ul>
      <section aria-labelledby="guidance-cases">
        <h2 id="guidance-cases">{t('cases.title')}</h2>
        <p>{t('cases.summary')}</p>
        <ul className="guidance__cards">
          {CASE_STUDIES.map((study) => (
            <li key={study.id} className="guidance__card">
              <h3>
                <TextLink href={guidanceHref.caseStudy(study.id, from)}>
                  {t(`cases.${study.id}.title`)}
                </TextLink>
              </h3>
              <p className="guidance__place">{t(`cases.${study.id}.place`)}</p>
              <p>{t(`cases.${study.id}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="guidance-tips">
        <h2 id="guidance-tips">{t('tips.title')}</h2>
        <p>{t('tips.summary')}</p>
        <ul className="guidance__link-list">
          {TIP_DIMENSIONS.map((id) => (
            <li key={id}>
              <TextLink href={guidanceHref.tips(id, from)}>
                {dimensionName(id)}
              </TextLink>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
