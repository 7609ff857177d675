import { useParams, useSearch } from 'wouter';
import { frameworkV1 } from '../../content/framework-v1';
import { CASE_PARTS, CASE_STUDIES, guidanceHref } from '../../content/guidance';
import { useFrameworkText } from '../../lib/framework-text';
import { TextLink } from '../../ui/Button';
import { Paragraphs } from '../../ui/Prose';
import { GuidanceLinks, questionFrom } from './GuidanceLinks';
import { GuidanceNotFound } from './GuidanceNotFound';
import { useGuidanceText, useGuidanceTitle } from './useGuidanceText';
import './Guidance.css';

/** One case study of real UK practice, linked to the tips it illustrates. */
export function CaseStudyPage() {
  const { caseId = '' } = useParams();
  const t = useGuidanceText();
  const ft = useFrameworkText();
  const from = questionFrom(useSearch());
  const study = CASE_STUDIES.find((s) => s.id === caseId);
  useGuidanceTitle(study ? t(`cases.${study.id}.title`) : '');
  if (!study) return <GuidanceNotFound />;
  const key = (part: string) => `cases.${study.id}.${part}`;

  return (
    <article className="guidance">
      <p className="guidance__eyebrow">{t('cases.title')}</p>
      <h1>{t(key('title'))}</h1>
      <p className="guidance__place">{t(key('place'))}</p>
      <p className="guidance__lead">{t(key('summary'))}</p>
      <GuidanceLinks />
      {CASE_PARTS.map((part) => (
        <section
          key={part}
          aria-labelledby={`case-${part}`}
          className="guidance__section"
        >
          <h2 id={`case-${part}`}>{t(`cases.labels.${part}`)}</h2>
          <Paragraphs text={t(key(part))} />
        </section>
      ))}
      <section aria-labelledby="case-dimensions" className="guidance__section">
        <h2 id="case-dimensions">{t('cases.labels.dimensions')}</h2>
        <ul className="guidance__link-list">
          {study.dimensions.map((id) => (
            <li key={id}>
              <TextLink href={guidanceHref.tips(id, from)}>
                {ft(
                  frameworkV1.dimensions.find((d) => d.id === id)?.nameKey ??
                    '',
                )}
              </TextLink>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="case-source" className="guidance__sources">
        <h2 id="case-source">{t('sourcesHeading')}</h2>
        <p>{t(key('source'))}</p>
      </section>
      <GuidanceLinks />
    </article>
  );
}
