import { ScrollRegion } from '../../ui/ScrollRegion';
import type { ReportTable as ReportTableModel } from './report-model';

type Props = {
  table: ReportTableModel;
  /** The heading's level; 'hidden' names the table without a heading. */
  level: 2 | 3 | 'hidden';
  className?: string;
};

/** One titled table of the report, or a sentence when it has no rows. */
export function ReportTable({ table, level, className }: Props) {
  const headingId = `${table.id}-heading`;
  const Heading = level === 3 ? 'h3' : 'h2';
  // A table without a heading sits inside a section that names it already.
  const Wrapper = level === 'hidden' ? 'div' : 'section';
  return (
    <Wrapper
      aria-labelledby={level === 'hidden' ? undefined : headingId}
      className={['report__section', className].filter(Boolean).join(' ')}
    >
      {level === 'hidden' ? null : (
        <Heading id={headingId}>{table.heading}</Heading>
      )}
      {table.intro ? <p>{table.intro}</p> : null}
      {table.rows.length === 0 ? (
        <p>{table.empty}</p>
      ) : (
        <ScrollRegion labelledBy={headingId}>
          <table id={table.id}>
            <caption
              id={level === 'hidden' ? headingId : undefined}
              className="visually-hidden"
            >
              {table.heading}
            </caption>
            <thead>
              <tr>
                {table.head.map((cell, index) => (
                  <th key={index} scope="col">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, rowIndex) => (
                <tr key={rowIndex}>
                  {row.map((cell, index) =>
                    index === 0 && table.rowHeadings ? (
                      <th key={index} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={index}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Wrapper>
  );
}
