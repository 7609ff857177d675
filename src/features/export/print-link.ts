/** `?print=1` on the report's address prints it once it has loaded. */
export const PRINT_PARAM = 'print';

/** The report's address; with `print`, it opens the print dialog once. */
export function reportHref(reflectionId: string, print = false): string {
  return `/r/${reflectionId}/report${print ? `?${PRINT_PARAM}=1` : ''}`;
}
