import { Label, ProgressBar } from 'react-aria-components';
import './ProgressMeter.css';

export type ProgressMeterProps = {
  label: string;
  /** 0 to 100. */
  value: number;
  /** Visible and announced value text, e.g. "3 of 28 answered". */
  valueLabel: string;
};

/** A labelled progress bar. */
export function ProgressMeter({
  label,
  value,
  valueLabel,
}: ProgressMeterProps) {
  return (
    <ProgressBar className="vi-progress" value={value} valueLabel={valueLabel}>
      {({ percentage, valueText }) => (
        <>
          <div className="vi-progress__text">
            <Label className="vi-progress__label">{label}</Label>
            <span className="vi-progress__value">{valueText}</span>
          </div>
          <div className="vi-progress__track">
            <div
              className="vi-progress__fill"
              style={{ inlineSize: `${percentage ?? 0}%` }}
            />
          </div>
        </>
      )}
    </ProgressBar>
  );
}
