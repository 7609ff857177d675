import { useEffect, useRef, type ReactNode } from 'react';
import './Toast.css';

/** The custom property that holds the room a shown toast takes up. */
const SPACE = '--vi-toast-space';

export type ToastProps = {
  /** The region's name, read by screen readers (usually the message). */
  label: string;
  children: ReactNode;
};

/**
 * A message that floats at the bottom of the window, above the page, so its
 * arrival moves nothing: a tap aimed at a radio button still lands on it.
 * While it shows, the page keeps room for it at the end and focus scrolls
 * clear of it (scroll-padding), so it never hides the last words or the
 * focused control (WCAG 2.4.11).
 */
export function Toast({ label, children }: ToastProps) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const root = document.documentElement;
    const reserve = () => {
      const { height } = element.getBoundingClientRect();
      const gap = parseFloat(getComputedStyle(element).bottom) || 0;
      root.style.setProperty(SPACE, `${Math.ceil(height + 2 * gap)}px`);
    };
    reserve();
    const observer = new ResizeObserver(reserve);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty(SPACE);
    };
  }, []);
  return (
    <section ref={ref} className="vi-toast" aria-label={label}>
      {children}
    </section>
  );
}
