import { useEffect, useRef } from 'react';

export type ShortcutHandlers = {
  next: () => void;
  previous: () => void;
  choose: (rating: 0 | 1 | 2 | 3 | 4) => void;
  addVote: () => void;
  removeVote: () => void;
  agree: () => void;
  undo: () => void;
  toggleTimer: () => void;
  help: () => void;
};

/** Where a key press belongs to what the user is typing or choosing. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    // Radios and checkboxes use the arrow keys themselves.
    return true;
  }
  // Inside a dialog the dialog owns the keyboard.
  return target.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

/**
 * Workshop keyboard shortcuts, on the whole document. None fires while the
 * user is typing in a field, inside a dialog, or with Ctrl, Alt or Meta held
 * (so the browser's own shortcuts still work). Arrow keys follow the reading
 * direction: in a right-to-left language the left arrow goes forward.
 */
export function useWorkshopShortcuts(
  handlers: ShortcutHandlers,
  dir: 'ltr' | 'rtl' = 'ltr',
): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      const h = latest.current;
      const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
      const back = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
      const key = event.key;
      let handled = true;
      if (key === forward || key === 'n' || key === 'N') h.next();
      else if (key === back || key === 'p' || key === 'P') h.previous();
      else if (/^[0-4]$/.test(key)) h.choose(Number(key) as 0 | 1 | 2 | 3 | 4);
      else if (key === '+' || key === '=') h.addVote();
      else if (key === '-' || key === '_') h.removeVote();
      else if (key === 'a' || key === 'A') h.agree();
      else if (key === 'u' || key === 'U') h.undo();
      else if (key === 't' || key === 'T') h.toggleTimer();
      else if (key === '?') h.help();
      else handled = false;
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [dir]);
}

/** The shortcuts as shown in the help dialog: keys, then the label key. */
export const SHORTCUT_LIST = [
  { keys: ['→', 'N'], rtlKeys: ['←', 'N'], label: 'next' },
  { keys: ['←', 'P'], rtlKeys: ['→', 'P'], label: 'previous' },
  { keys: ['0', '1', '2', '3', '4'], label: 'choose' },
  { keys: ['+'], label: 'add' },
  { keys: ['−'], label: 'remove' },
  { keys: ['A'], label: 'agree' },
  { keys: ['U'], label: 'undo' },
  { keys: ['T'], label: 'timer' },
  { keys: ['?'], label: 'help' },
] as const;
