import { useEffect } from 'react';

/** Sets the page title (WCAG 2.4.2); `suffix` is the localised app name. */
export function useDocumentTitle(title: string, suffix: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${suffix}` : suffix;
  }, [title, suffix]);
}
