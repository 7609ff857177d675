/**
 * Touch target sizes, measured in the page. The same rules as the layout
 * spec (layout.spec.ts), kept here so other specs can use them:
 *
 * - Every visible interactive element must be at least 44 × 44 CSS px.
 * - Visually hidden radio and checkbox inputs are measured by the label that
 *   wraps them (the label is what a finger presses).
 * - Screen-reader-only controls are not pointer targets and are skipped.
 * - The page is scrolled to the top first; then only what sits above it
 *   (the skip link, until focused) is left out.
 * - Links in running text are exempt (WCAG 2.5.8's "inline" exception): a
 *   link is inline when it is display: inline and the block around it has
 *   other words in it. Exemptions are returned so a failure can list them.
 */
import type { Page } from 'playwright-core';

export type TargetReport = {
  /** "<tag> "name" is W × H" for each target under 44 × 44. */
  small: string[];
  /** Links left out as links in running text. */
  exempt: string[];
  /** How many targets were measured. */
  measured: number;
};

export function measureTargets(
  page: Page,
  minimum = 44,
): Promise<TargetReport> {
  return page.evaluate((min) => {
    // Measured from the top of the page, as the layout spec does, so that
    // "above the viewport" means only the skip link.
    window.scrollTo(0, 0);
    const describe = (el: Element) => {
      const name =
        el.getAttribute('aria-label') ??
        (el as HTMLInputElement).labels?.[0]?.textContent ??
        el.textContent ??
        '';
      return `<${el.tagName.toLowerCase()}${
        el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : ''
      }> "${name.replace(/\s+/g, ' ').trim().slice(0, 50)}"`;
    };

    const hasWordsOutside = (link: Element) => {
      let block: Element | null = link.parentElement;
      while (block && getComputedStyle(block).display.startsWith('inline')) {
        block = block.parentElement;
      }
      if (!block) return false;
      const copy = block.cloneNode(true) as Element;
      const index = [...block.querySelectorAll('a')].indexOf(
        link as HTMLAnchorElement,
      );
      copy.querySelectorAll('a')[index]?.remove();
      copy
        .querySelectorAll('[aria-hidden="true"], .visually-hidden')
        .forEach((e) => e.remove());
      return /\p{L}/u.test(copy.textContent ?? '');
    };

    const visuallyHidden = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (
          style.clipPath === 'inset(50%)' ||
          style.clip === 'rect(0px, 0px, 0px, 0px)'
        )
          return true;
      }
      return false;
    };

    const small: string[] = [];
    const exempt: string[] = [];
    let measured = 0;
    const selector =
      'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
    for (const el of document.querySelectorAll(selector)) {
      if (el.matches('[type="hidden"], [disabled]')) continue;
      const isChoice = el.matches(
        'input[type="radio"], input[type="checkbox"]',
      );
      const target = isChoice ? (el.closest('label') ?? el) : el;
      if (
        !target.checkVisibility({
          checkOpacity: true,
          checkVisibilityCSS: true,
        })
      )
        continue;
      const r = target.getBoundingClientRect();
      // The skip link sits above the page until it is focused.
      if (r.bottom <= 0 || r.width === 0 || r.height === 0) continue;
      if (target === el && visuallyHidden(el)) continue;
      if (
        el.matches('a') &&
        getComputedStyle(el).display === 'inline' &&
        hasWordsOutside(el)
      ) {
        exempt.push(describe(el));
        continue;
      }
      measured += 1;
      if (r.width < min - 0.5 || r.height < min - 0.5) {
        small.push(
          `${describe(el)} is ${Math.round(r.width)} × ${Math.round(r.height)}`,
        );
      }
    }
    return { small, exempt, measured };
  }, minimum);
}
