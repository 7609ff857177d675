/** `?print=1` on the report's address prints it once it has loaded. */
export const PRINT_PARAM = 'print';
/** `?lang=cy` on the report's address sets the report's language. */
export const LANG_PARAM = 'lang';

/**
 * The report's address; with `print`, it opens the print dialog once; with
 * `lang`, the report is in that language rather than the reflection's.
 */
export function reportHref(
  reflectionId: string,
  { print = false, lang }: { print?: boolean; lang?: string } = {},
): string {
  const params = new URLSearchParams();
  if (lang) params.set(LANG_PARAM, lang);
  if (print) params.set(PRINT_PARAM, '1');
  const query = params.toString();
  return `/r/${reflectionId}/report${query ? `?${query}` : ''}`;
}
