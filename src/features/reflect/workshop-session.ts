/**
 * The workshop's clock and plan, kept for this browser tab only
 * (sessionStorage): a reload mid-session keeps the timers, closing the tab
 * ends the session. Ratings, votes and notes are saved with the reflection.
 */
export const MINUTES = { min: 2, max: 30, usual: 6 } as const;

export type WorkshopSession = {
  minutesPerQuestion: number;
  /** When the session started (ms), or null before it has. */
  startedAt: number | null;
  /** The question timer: which question, running since, time before that. */
  timer: { cellId: string; runningSince: number | null; elapsed: number };
};

const keyOf = (reflectionId: string) => `vi-workshop:${reflectionId}`;

const fresh = (): WorkshopSession => ({
  minutesPerQuestion: MINUTES.usual,
  startedAt: null,
  timer: { cellId: '', runningSince: null, elapsed: 0 },
});

export function readSession(reflectionId: string): WorkshopSession {
  try {
    const raw = sessionStorage.getItem(keyOf(reflectionId));
    if (!raw) return fresh();
    const value = JSON.parse(raw) as Partial<WorkshopSession>;
    const minutes = Number(value.minutesPerQuestion);
    return {
      minutesPerQuestion:
        Number.isInteger(minutes) &&
        minutes >= MINUTES.min &&
        minutes <= MINUTES.max
          ? minutes
          : MINUTES.usual,
      startedAt: typeof value.startedAt === 'number' ? value.startedAt : null,
      timer:
        value.timer && typeof value.timer.cellId === 'string'
          ? {
              cellId: value.timer.cellId,
              runningSince:
                typeof value.timer.runningSince === 'number'
                  ? value.timer.runningSince
                  : null,
              elapsed: Math.max(0, Number(value.timer.elapsed) || 0),
            }
          : fresh().timer,
    };
  } catch {
    return fresh();
  }
}

export function writeSession(
  reflectionId: string,
  session: WorkshopSession,
): void {
  try {
    sessionStorage.setItem(keyOf(reflectionId), JSON.stringify(session));
  } catch {
    // Timers then last only while the page is open; nothing else is lost.
  }
}

/** Time on the question timer at `now`, in ms. */
export function timerElapsed(
  timer: WorkshopSession['timer'],
  now: number,
): number {
  return (
    timer.elapsed +
    (timer.runningSince === null ? 0 : Math.max(0, now - timer.runningSince))
  );
}

/** "12:05" (minutes and seconds), digits in the given locale. */
export function clock(ms: number, locale: string): string {
  const total = Math.floor(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const two = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2 });
  return `${new Intl.NumberFormat(locale).format(minutes)}:${two.format(seconds)}`;
}
