import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocale } from '../../lib/locale';
import { Button } from '../../ui/Button';
import { clock, timerElapsed, type WorkshopSession } from './workshop-session';

type Props = {
  session: WorkshopSession;
  onToggle: () => void;
  onReset: () => void;
};

/**
 * The session clock and the question timer: visible but quiet. They are
 * `role="timer"` (never announced every second), and running over the
 * planned time only changes the words and colour, with no sound or motion.
 */
export function WorkshopTimers({ session, onToggle, onReset }: Props) {
  const { t } = useTranslation('workshop');
  const { intl } = useLocale();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);

  const sessionElapsed =
    session.startedAt === null ? 0 : Math.max(0, now - session.startedAt);
  const question = timerElapsed(session.timer, now);
  const planned = session.minutesPerQuestion * 60_000;
  const over = question > planned;
  const running = session.timer.runningSince !== null;
  const words = {
    elapsed: clock(question, intl),
    planned: clock(planned, intl),
  };

  return (
    <div className="workshop-timers">
      <p className="workshop-timers__item">
        <span className="workshop-timers__label">{t('timer.session')}</span>{' '}
        <span role="timer">{clock(sessionElapsed, intl)}</span>
      </p>
      <p className="workshop-timers__item" data-over={over || undefined}>
        <span className="workshop-timers__label">{t('timer.question')}</span>{' '}
        <span role="timer">
          {over ? t('timer.over', words) : t('timer.of', words)}
        </span>
      </p>
      <Button variant="secondary" onPress={onToggle}>
        {running ? t('timer.stop') : t('timer.start')}
      </Button>
      <Button variant="quiet" onPress={onReset}>
        {t('timer.reset')}
      </Button>
    </div>
  );
}
