import { useParams } from 'wouter';
import { GUIDANCE_TOPICS } from '../../content/guidance';
import { LineList, Paragraphs } from '../../ui/Prose';
import { GuidanceLinks } from './GuidanceLinks';
import { GuidanceNotFound } from './GuidanceNotFound';
import { useGuidanceText, useGuidanceTitle } from './useGuidanceText';
import './Guidance.css';

/** A topic: why involvement matters, or the model behind the questions. */
export function TopicPage() {
  const { topicId = '' } = useParams();
  const t = useGuidanceText();
  const topic = GUIDANCE_TOPICS.find((t) => t.id === topicId);
  useGuidanceTitle(topic ? t(`${topic.id}.title`) : '');
  if (!topic) return <GuidanceNotFound />;

  return (
    <article className="guidance">
      <h1>{t(`${topic.id}.title`)}</h1>
      <p className="guidance__lead">{t(`${topic.id}.summary`)}</p>
      <GuidanceLinks />
      {topic.sections.map((section) => (
        <section
          key={section}
          aria-labelledby={`guidance-${section}`}
          className="guidance__section"
        >
          <h2 id={`guidance-${section}`}>
            {t(`${topic.id}.${section}.heading`)}
          </h2>
          <Paragraphs text={t(`${topic.id}.${section}.body`)} />
        </section>
      ))}
      <section aria-labelledby="guidance-sources" className="guidance__sources">
        <h2 id="guidance-sources">{t('sourcesHeading')}</h2>
        <LineList text={t(`${topic.id}.sources`)} />
      </section>
      <GuidanceLinks />
    </article>
  );
}
