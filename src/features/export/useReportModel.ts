import {
  cellsForLevels,
  frameworkV1,
  getCell,
} from '../../content/framework-v1';
import { analyseReflection } from '../../domain/analysis';
import { progressOf } from '../../domain/progress';
import type { RatingBand } from '../../domain/scoring';
import type { CellId, LevelId } from '../../domain/types';
import {
  useContentLocale,
  useContentTranslation,
} from '../../lib/ContentLanguage';
import { formatDate } from '../../lib/format';
import { useCellName, useFrameworkText } from '../../lib/framework-text';
import type { ReportModel, ReportTable } from './report-model';
import { useChampionSection } from './useChampionSection';
import { useRatingWord } from './useRatingWord';
import type { ReportData } from './useReportData';

const GROUP_IDS = frameworkV1.groups.map((g) => g.id);

/** The words of one reflection's report, in the current language. */
export function useReportModel({
  reflection,
  answers,
  actions,
  reviews,
}: ReportData): ReportModel {
  const { t } = useContentTranslation('export');
  const ft = useFrameworkText();
  const cellName = useCellName(frameworkV1);
  const { lng: lang } = useContentLocale();

  const ratingWord = useRatingWord();
  const levelName = (id: LevelId) =>
    ft(frameworkV1.levels.find((l) => l.id === id)?.nameKey ?? '');
  const stepFor = (cellId: CellId, band: RatingBand) =>
    ft(getCell(cellId).nextSteps[band]);

  const cells = cellsForLevels(reflection.levels);
  const levels = frameworkV1.levels.filter((l) =>
    reflection.levels.includes(l.id),
  );
  const analysis = analyseReflection({ cells, answers, groupIds: GROUP_IDS });
  const progress = progressOf(
    cells.map((c) => c.id),
    answers,
  );
  const ratingOf = new Map(answers.map((a) => [a.cellId, a.rating]));
  const question = t('report.findings.question');
  const rating = t('report.findings.rating');
  const nextStep = t('report.findings.nextStep');

  const finding = (
    id: 'strengths' | 'priorities' | 'dontKnow' | 'evidenceGaps',
    head: string[],
    rows: string[][],
  ): ReportTable => ({
    id: `report-${id}`,
    heading: t(`report.findings.${id}.heading`),
    intro: t(`report.findings.${id}.intro`),
    empty: t(`report.findings.${id}.none`),
    head,
    rows,
    rowHeadings: true,
  });
  const reachRows = [
    ...analysis.reachGaps.map((gap) => ({
      level: gap.level,
      text:
        gap.notReached.length === 0
          ? t('report.findings.reach.allReached')
          : gap.notReached.map((g) => ft(`groups.${g}`)).join('; '),
    })),
    ...analysis.reachNotKnown.map((level) => ({
      level,
      text: t('report.findings.reach.notKnown'),
    })),
  ]
    .sort(
      (a, b) =>
        reflection.levels.indexOf(a.level) - reflection.levels.indexOf(b.level),
    )
    .map((row) => [levelName(row.level), row.text]);

  const champions = useChampionSection(
    { reflection, answers, actions, reviews },
    cells.map((c) => c.id),
  );
  const notSet = t('report.actions.notSet');

  return {
    title: t('report.title'),
    lead: t('report.lead', { organisation: reflection.organisationName }),
    cover: [
      {
        label: t('report.cover.organisation'),
        value: reflection.organisationName,
      },
      { label: t('report.cover.area'), value: reflection.area },
      {
        label: t('report.cover.date'),
        value: formatDate(reflection.date, lang),
      },
      {
        label: t('report.cover.levels'),
        value: levels.map((l) => ft(l.nameKey)).join(', '),
      },
      { label: t('report.cover.facilitator'), value: reflection.facilitator },
    ].filter((item) => item.value.trim().length > 0),
    summary: {
      heading: t('report.summary.heading'),
      items: [
        {
          label: t('report.summary.answered'),
          value: t('report.summary.answeredValue', {
            answered: progress.answered,
            total: progress.total,
          }),
        },
        {
          label: t('report.summary.strengths'),
          value: String(analysis.strengths.length),
        },
        {
          label: t('report.summary.priorities'),
          value: String(analysis.priorities.length),
        },
        {
          label: t('report.summary.dontKnow'),
          value: String(analysis.dontKnow.length),
        },
      ],
    },
    grid: {
      id: 'report-grid',
      heading: t('report.grid.caption'),
      intro: null,
      empty: '',
      head: [
        t('report.grid.level'),
        ...frameworkV1.dimensions.map((d) => ft(d.nameKey)),
      ],
      rows: levels.map((level) => [
        ft(level.nameKey),
        ...frameworkV1.dimensions.map((d) =>
          ratingWord(ratingOf.get(`${level.id}.${d.id}`) ?? null),
        ),
      ]),
      rowHeadings: true,
    },
    findings: {
      heading: t('report.findings.heading'),
      tables: [
        finding(
          'strengths',
          [question, rating],
          analysis.strengths.map((c) => [cellName(c.id), ratingWord(c.rating)]),
        ),
        finding(
          'priorities',
          [question, rating, nextStep],
          analysis.priorities.map((c) => [
            cellName(c.id),
            ratingWord(c.rating),
            stepFor(c.id, 'low'),
          ]),
        ),
        finding(
          'dontKnow',
          [question, nextStep],
          analysis.dontKnow.map((c) => [cellName(c.id), stepFor(c.id, 'low')]),
        ),
        finding(
          'evidenceGaps',
          [question, rating],
          analysis.evidenceGaps.map((c) => [
            cellName(c.id),
            ratingWord(c.rating),
          ]),
        ),
        {
          id: 'report-reach',
          heading: t('report.findings.reach.heading'),
          intro: t('report.findings.reach.intro'),
          empty: t('report.findings.reach.none'),
          head: [
            t('report.findings.reach.level'),
            t('report.findings.reach.notReached'),
          ],
          rows: reachRows,
          rowHeadings: true,
        },
      ],
    },
    actions: {
      id: 'report-actions',
      heading: t('report.actions.heading'),
      intro: null,
      empty: t('report.actions.none'),
      head: [
        t('report.actions.action'),
        t('report.actions.owner'),
        t('report.actions.due'),
        t('report.actions.status'),
        t('report.actions.feedback'),
      ],
      rows: actions
        .filter((a) => a.text.trim().length > 0)
        .map((a) => [
          a.text,
          a.owner.trim() || notSet,
          a.due ? formatDate(a.due, lang) : notSet,
          t(`report.actions.statuses.${a.status}`),
          a.feedbackToYoungPeople.trim() || notSet,
        ]),
      rowHeadings: false,
    },
    champions,
    method: {
      heading: t('report.method.heading'),
      intro: [
        t('report.method.framework', {
          levelCount: frameworkV1.levels.length,
          dimensions: frameworkV1.dimensions
            .map((d) => ft(d.nameKey))
            .join(', '),
          levels: levels.map((l) => ft(l.nameKey)).join(', '),
        }),
        t('report.method.scale'),
      ],
      scale: frameworkV1.ratings
        .filter((r) => typeof r.value === 'number')
        .map((r) =>
          t('report.method.scaleItem', {
            label: ft(r.labelKey),
            descriptor: ft(r.descriptorKey),
          }),
        ),
      notes: [
        t('report.method.unscored'),
        t('report.method.privacy'),
        t('report.method.made'),
      ],
    },
  };
}
