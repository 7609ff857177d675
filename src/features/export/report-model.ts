/**
 * The report as plain, already-localised words: what the printable page and
 * the PDF both show, so the two cannot drift apart. Built by
 * `useReportModel`; private notes never reach it.
 */

export type LabelledValue = { label: string; value: string };

/** A titled table, or a sentence saying why there is none. */
export type ReportTable = {
  id: string;
  heading: string;
  intro: string | null;
  /** Shown instead of the table when it has no rows. */
  empty: string;
  head: string[];
  rows: string[][];
  /** The first column names its row (`<th scope="row">`). */
  rowHeadings: boolean;
};

/** A titled bulleted list, or a sentence saying it is empty. */
export type ReportList = {
  id: string;
  heading: string;
  items: string[];
  empty: string;
};

export type ReportModel = {
  title: string;
  lead: string;
  cover: LabelledValue[];
  summary: { heading: string; items: LabelledValue[] };
  /** Levels × dimensions, rating words in every cell. */
  grid: ReportTable;
  findings: { heading: string; tables: ReportTable[] };
  actions: ReportTable;
  /** Null until a Champion's review has come back. */
  champions: {
    heading: string;
    intro: string;
    table: ReportTable;
    lists: ReportList[];
  } | null;
  /** What the framework is: paragraphs, the rating scale, then notes. */
  method: {
    heading: string;
    intro: string[];
    scale: string[];
    notes: string[];
  };
};
