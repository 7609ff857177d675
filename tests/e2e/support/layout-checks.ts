/** Checks of what a screen looks like: text on top of text, clipped text. */
import type { Page } from 'playwright-core';

/** Pairs of visible text boxes that overlap each other on screen. */
export function overlappingText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const boxes: { text: string; r: DOMRect; node: Node }[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      // Skips text that is not rendered (closed disclosures use
      // content-visibility, which keeps layout boxes but draws nothing).
      if (!parent.checkVisibility({ visibilityProperty: true })) continue;
      if (parent.closest('[hidden]')) continue;
      if (parent.closest('[aria-hidden="true"], .visually-hidden, option'))
        continue;
      // A toast floats over the page by design (it has its own test).
      if (parent.closest('.vi-toast')) continue;
      // What shows of the text: clipped by any scrolling or clipping box.
      const clips: DOMRect[] = [];
      for (let el: Element | null = parent; el; el = el.parentElement) {
        const { overflowX, overflowY } = getComputedStyle(el);
        if (overflowX !== 'visible' || overflowY !== 'visible')
          clips.push(el.getBoundingClientRect());
      }
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const full of range.getClientRects()) {
        let [left, top, right, bottom] = [
          full.left,
          full.top,
          full.right,
          full.bottom,
        ];
        for (const c of clips) {
          left = Math.max(left, c.left);
          top = Math.max(top, c.top);
          right = Math.min(right, c.right);
          bottom = Math.min(bottom, c.bottom);
        }
        const r = new DOMRect(left, top, right - left, bottom - top);
        if (r.width > 1 && r.height > 1) boxes.push({ text, r, node });
      }
    }
    const found: string[] = [];
    for (let i = 0; i < boxes.length; i += 1) {
      for (let j = i + 1; j < boxes.length; j += 1) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        // Allow a couple of pixels where line boxes of tall scripts touch.
        // Lines of one text node touch where a large font's line boxes are
        // taller than its line height; that is wrapping, not overlap. Other
        // text overlaps when it shares a quarter of a line's height.
        if (boxes[i]!.node === boxes[j]!.node) continue;
        const tolerance = Math.max(3, Math.min(a.height, b.height) / 4);
        if (x > 2 && y > tolerance)
          found.push(`"${boxes[i]!.text}" / "${boxes[j]!.text}"`);
      }
    }
    return found.slice(0, 10);
  });
}

/**
 * Text cut off inside its own box: an element whose content is wider or
 * taller than it and that hides the overflow (so the reader loses words).
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      if (el.closest('[hidden], .visually-hidden, [aria-hidden="true"]'))
        continue;
      const text = el.innerText?.trim() ?? '';
      if (!text) continue;
      const style = getComputedStyle(el);
      const hidesX = ['hidden', 'clip'].includes(style.overflowX);
      const hidesY = ['hidden', 'clip'].includes(style.overflowY);
      if (
        (hidesX && el.scrollWidth > el.clientWidth + 1) ||
        (hidesY && el.scrollHeight > el.clientHeight + 1) ||
        (style.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth)
      )
        found.push(text.slice(0, 60));
    }
    return found;
  });
}
