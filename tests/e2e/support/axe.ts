/** Runs axe-core on a page and turns violations into a readable report. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

type Violation = Awaited<
  ReturnType<AxeBuilder['analyze']>
>['violations'][number];

export function formatViolations(
  screen: string,
  violations: Violation[],
): string {
  const lines = [
    `${violations.length} accessibility violation(s) on ${screen}:`,
  ];
  for (const v of violations) {
    lines.push(
      '',
      `● [${v.impact ?? 'unknown'}] ${v.id}: ${v.help}`,
      `  ${v.helpUrl}`,
    );
    for (const node of v.nodes.slice(0, 8)) {
      lines.push(`  - ${node.target.join(' ')}`);
      lines.push(`    ${node.html.replace(/\s+/g, ' ').slice(0, 200)}`);
      for (const summary of (node.failureSummary ?? '').split('\n')) {
        if (summary.trim()) lines.push(`      ${summary.trim()}`);
      }
    }
    if (v.nodes.length > 8) lines.push(`  … and ${v.nodes.length - 8} more`);
  }
  return lines.join('\n');
}

/** Fails with a readable report if axe finds any WCAG 2.2 A/AA violation. */
export async function expectNoAxeViolations(
  page: Page,
  screen: string,
): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  if (results.violations.length > 0) {
    throw new Error(formatViolations(screen, results.violations));
  }
}
