import { ReportTable } from './ReportTable';
import type { ReportData } from './useReportData';
import { useReportModel } from './useReportModel';
import './ReportView.css';

/**
 * The printable report: cover, summary, grid, findings, action plan, what
 * young people said, and how the reflection works. The PDF is made from the
 * same model, so the two say the same things.
 */
export function ReportView({ data }: { data: ReportData }) {
  const model = useReportModel(data);
  const { champions, method } = model;
  return (
    <article className="report" aria-labelledby="report-title">
      <header className="report__cover">
        <h1 id="report-title">{model.title}</h1>
        <p className="report__lead">{model.lead}</p>
        <dl className="report__details">
          {model.cover.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <section aria-labelledby="report-summary" className="report__section">
        <h2 id="report-summary">{model.summary.heading}</h2>
        <dl className="report__summary">
          {model.summary.items.map((item) => (
            <div key={item.label}>
              <dt>{item.label}</dt>
              <dd>{item.value}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ReportTable table={model.grid} level={2} className="report__grid" />
      <section aria-labelledby="report-findings" className="report__part">
        <h2 id="report-findings">{model.findings.heading}</h2>
        {model.findings.tables.map((table) => (
          <ReportTable key={table.id} table={table} level={3} />
        ))}
      </section>
      <ReportTable table={model.actions} level={2} />
      {champions ? (
        <section aria-labelledby="report-champions" className="report__part">
          <h2 id="report-champions">{champions.heading}</h2>
          <p>{champions.intro}</p>
          <ReportTable table={champions.table} level="hidden" />
          {champions.lists.map((list) => (
            <section
              key={list.id}
              aria-labelledby={list.id}
              className="report__section"
            >
              <h3 id={list.id}>{list.heading}</h3>
              {list.items.length === 0 ? (
                <p>{list.empty}</p>
              ) : (
                <ul>
                  {list.items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              )}
            </section>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="report-method" className="report__section">
        <h2 id="report-method">{method.heading}</h2>
        {method.intro.map((text) => (
          <p key={text}>{text}</p>
        ))}
        <ul>
          {method.scale.map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
        {method.notes.map((text) => (
          <p key={text}>{text}</p>
        ))}
      </section>
    </article>
  );
}
