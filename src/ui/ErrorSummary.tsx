import { useEffect, useRef, type MouseEvent } from 'react';
import './ErrorSummary.css';

export type ErrorSummaryItem = { fieldId: string; message: string };

export type ErrorSummaryProps = {
  title: string;
  errors: readonly ErrorSummaryItem[];
  /** Changes each time the form is submitted, so focus moves here again. */
  submitCount: number;
};

function focusField(fieldId: string) {
  const target = document.getElementById(fieldId);
  if (!target) return;
  const focusable = target.matches('input, textarea, select, button')
    ? target
    : target.querySelector<HTMLElement>('input, textarea, select, button');
  (focusable ?? target).focus();
  target.scrollIntoView({ block: 'center' });
}

/**
 * The GOV.UK error summary: shown above a form after a failed submit, takes
 * focus, and links each message to its field.
 */
export function ErrorSummary({
  title,
  errors,
  submitCount,
}: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
    // Focus on each new submit, not on every edit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [submitCount]);

  if (errors.length === 0) return null;
  return (
    <div
      ref={ref}
      className="vi-error-summary"
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <h2 id="error-summary-title" className="vi-error-summary__title">
        {title}
      </h2>
      <ul className="vi-error-summary__list">
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event: MouseEvent) => {
                event.preventDefault();
                focusField(error.fieldId);
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
