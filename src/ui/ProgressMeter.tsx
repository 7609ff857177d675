import { useId } from 'react';
import './ProgressMeter.css';

export type ProgressMeterProps = {
  label: string;
  /** 0 to 100. */
  value: number;
  /** Visible and announced value text, e.g. "3 of 28 answered". */
  valueLabel: string;
};

/**
 * A labelled progress bar. Plain ARIA rather than react-aria's ProgressBar:
 * Home draws one per reflection, and this keeps react-aria's number
 * formatting out of the first download (the value text is already words).
 */
export function ProgressMeter({
  label,
  value,
  valueLabel,
}: ProgressMeterProps) {
  const id = useId();
  const percentage = Math.min(
    100,
    Math.max(0, Number.isFinite(value) ? value : 0),
  );
  return (
    <div
      className="vi-progress"
      role="progressbar"
      aria-labelledby={`${id}-label`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percentage}
      aria-valuetext={valueLabel}
    >
      <div className="vi-progress__text">
        <span id={`${id}-label`} className="vi-progress__label">
          {label}
        </span>
        <span className="vi-progress__value">{valueLabel}</span>
      </div>
      <div className="vi-progress__track">
        <div
          className="vi-progress__fill"
          style={{ inlineSize: `${percentage}%` }}
        />
      </div>
    </div>
  );
}
