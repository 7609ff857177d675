/**
 * The guidance library's structure: which topics, sections, case studies
 * and tips exist, and how they link to the framework. Every word is in
 * `locales/<lang>/guidance.json` under these keys; the content-integrity
 * test checks that each key exists and that no text is left unlinked.
 */
import { DIMENSION_IDS, type DimensionId, type LevelId } from '../domain/types';

export const GUIDANCE_TOPICS = [
  {
    id: 'why',
    sections: ['rights', 'duty', 'inequalities', 'gap'],
  },
  {
    id: 'model',
    sections: ['lundy', 'dimensions', 'levels', 'ratings'],
  },
] as const satisfies readonly {
  id: string;
  sections: readonly string[];
}[];

export type GuidanceTopicId = (typeof GUIDANCE_TOPICS)[number]['id'];

/** The parts every case study has, in reading order. */
export const CASE_PARTS = ['context', 'what', 'voice', 'learn'] as const;

export const CASE_STUDIES = [
  {
    id: 'rotherham',
    dimensions: ['space', 'voice', 'embedding'],
    levels: ['service', 'system'],
  },
  {
    id: 'liverpool',
    dimensions: ['inclusion', 'audience', 'embedding'],
    levels: ['system', 'service'],
  },
  {
    id: 'birmingham',
    dimensions: ['audience', 'influence', 'embedding'],
    levels: ['system', 'organisation'],
  },
] as const satisfies readonly {
  id: string;
  dimensions: readonly DimensionId[];
  levels: readonly LevelId[];
}[];

export type CaseStudyId = (typeof CASE_STUDIES)[number]['id'];

/** Tips exist for every dimension, in the framework's order. */
export const TIP_DIMENSIONS: readonly DimensionId[] = DIMENSION_IDS;

export function isTopic(id: string): id is GuidanceTopicId {
  return GUIDANCE_TOPICS.some((topic) => topic.id === id);
}
export function isCaseStudy(id: string): id is CaseStudyId {
  return CASE_STUDIES.some((study) => study.id === id);
}
export function isTipDimension(id: string): id is DimensionId {
  return TIP_DIMENSIONS.includes(id as DimensionId);
}

/** Case studies that show a dimension in practice. */
export function casesShowing(dimension: DimensionId) {
  return CASE_STUDIES.filter((study) =>
    (study.dimensions as readonly DimensionId[]).includes(dimension),
  );
}

/**
 * Addresses in the library. `from` is the address of the question that
 * linked here, so the reader can go straight back to it.
 */
const withFrom = (href: string, from?: string | null) =>
  from ? `${href}?from=${encodeURIComponent(from)}` : href;

export const guidanceHref = {
  library: (from?: string | null) => withFrom('/guidance', from),
  topic: (id: GuidanceTopicId, from?: string | null) =>
    withFrom(`/guidance/${id}`, from),
  caseStudy: (id: CaseStudyId, from?: string | null) =>
    withFrom(`/guidance/cases/${id}`, from),
  tips: (id: DimensionId, from?: string | null) =>
    withFrom(`/guidance/tips/${id}`, from),
};
