import type { ReactNode } from 'react';

export type ScrollRegionProps = {
  /** Id of the element (a caption or heading) that names the region. */
  labelledBy: string;
  children: ReactNode;
};

/**
 * A region that scrolls sideways on narrow screens (wide tables). It takes
 * keyboard focus so that people who cannot use a pointer can scroll it too.
 */
/* A scrollable region must be focusable (WCAG 2.1.1; axe scrollable-region-focusable). */
/* eslint-disable jsx-a11y/no-noninteractive-tabindex */
export function ScrollRegion({ labelledBy, children }: ScrollRegionProps) {
  return (
    <div
      className="table-wrap"
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
    >
      {children}
    </div>
  );
}
/* eslint-enable jsx-a11y/no-noninteractive-tabindex */
