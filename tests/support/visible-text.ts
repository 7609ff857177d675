/**
 * Finds text on screen that did not come from a locale file. Rendered in the
 * 'qps-ploc' pseudo-language every translated string reads `[[ns:key]]`, so
 * whatever is left once those tokens, the test's own data, dates, numbers
 * and punctuation are taken away was written into the code.
 */

const SKIPPED_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Hidden from everyone: not shown, and not read out. */
function isHidden(element: Element): boolean {
  return (
    SKIPPED_ELEMENTS.has(element.tagName) ||
    element.getAttribute('aria-hidden') === 'true' ||
    element.hasAttribute('hidden')
  );
}

export type TextOnScreen = { text: string; element: string };

/** Every non-blank text node a person can see or hear, in document order. */
export function visibleTextNodes(
  root: Element = document.body,
): TextOnScreen[] {
  const found: TextOnScreen[] = [];
  const walker = document.createTreeWalker(
    root,
    NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
    {
      acceptNode(node) {
        if (node instanceof Element && isHidden(node)) {
          return NodeFilter.FILTER_REJECT;
        }
        return NodeFilter.FILTER_ACCEPT;
      },
    },
  );
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType !== Node.TEXT_NODE) continue;
    const text = node.textContent?.trim() ?? '';
    if (!text) continue;
    const parent = node.parentElement;
    found.push({
      text,
      element: parent ? describe(parent) : '#text',
    });
  }
  return found;
}

function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const className =
    typeof element.className === 'string' && element.className
      ? `.${element.className.trim().split(/\s+/).join('.')}`
      : '';
  return `<${element.tagName.toLowerCase()}${id}${className}>`;
}

/** A translated string in the 'qps-ploc' pseudo-language. */
export const PSEUDO_TOKEN = /\[\[[^[\]]+\]\]/g;

const MONTHS = [
  ...new Set(
    (['long', 'short'] as const).flatMap((month) =>
      Array.from({ length: 12 }, (_, i) =>
        new Intl.DateTimeFormat('en-GB', { month }).format(
          new Date(2026, i, 1),
        ),
      ),
    ),
  ),
].sort((a, b) => b.length - a.length);

/** A date as Intl writes it for en-GB ("27 March 2026", "14 Nov 2023"). */
const INTL_DATE = new RegExp(
  `\\b\\d{1,2} (?:${MONTHS.join('|')}) \\d{4}\\b`,
  'g',
);

/** Numbers, percentages, punctuation, symbols and spaces: not words. */
const NOT_WORDS = /[\p{N}\p{P}\p{S}\p{Z}\s\u200e\u200f\u202a-\u202e]/gu;

/**
 * The words left in `text` once pseudo-language tokens, values the test put
 * there itself, dates and everything that is not a word are taken out.
 */
export function untranslatedPart(
  text: string,
  seeded: readonly string[] = [],
): string {
  let rest = text.replace(PSEUDO_TOKEN, ' ');
  for (const value of [...seeded].sort((a, b) => b.length - a.length)) {
    if (value) rest = rest.split(value).join(' ');
  }
  return rest.replace(INTL_DATE, ' ').replace(NOT_WORDS, '');
}

/** Text on screen that is not translated: should be empty. */
export function untranslatedText(
  seeded: readonly string[] = [],
  root: Element = document.body,
): TextOnScreen[] {
  return visibleTextNodes(root).filter(
    ({ text }) => untranslatedPart(text, seeded).length > 0,
  );
}
