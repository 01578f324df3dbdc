import type { Vote } from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../lib/format';
import { liveServerNow } from '../meeting/meeting-store';
import { useTickingNow } from '../meeting/use-ticking-now';

/** The timers a facilitator may give a vote, in seconds; 0 is none (closed by hand). */
export const VOTE_DURATIONS = [0, 30, 60, 120, 300] as const;

/** "No timer", "30 seconds", "2 minutes". */
export function durationLabel(t: TFunction, seconds: number): string {
  if (seconds === 0) return t('votes.timerNone');
  return seconds < 60
    ? t('votes.timerSeconds', { count: seconds })
    : t('votes.timerMinutes', { count: Math.round(seconds / 60) });
}

/** The timer choice in the forms that open a vote. */
export function TimerField({ value, onChange }: { value: number; onChange: (seconds: number) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-timer`}>{t('votes.timer')}</label>
      <select
        id={`${id}-timer`}
        value={value}
        aria-describedby={`${id}-timer-hint`}
        onChange={(e) => onChange(Number(e.target.value))}
      >
        {VOTE_DURATIONS.map((seconds) => (
          <option key={seconds} value={seconds}>
            {durationLabel(t, seconds)}
          </option>
        ))}
      </select>
      <p id={`${id}-timer-hint`} className="hint">
        {t('votes.timerHint')}
      </p>
    </div>
  );
}

interface CountdownProps {
  vote: Vote;
  /** Server time now. */
  now: number;
  t: TFunction;
  locale: string;
}

/**
 * Time left before the server closes the vote ("Closes in 0:42"), counted against the server's clock so every
 * screen shows the same second; nothing for a vote without a timer or a closed one.
 */
export function VoteCountdown({ vote, now, t, locale }: CountdownProps) {
  if (vote.status !== 'open' || vote.closesAt === null) return null;
  const left = vote.closesAt - now;
  // Rounded up: "0:01" is on screen until the very last second has passed, never "0:00" while still open.
  const shown = Math.ceil(Math.max(0, left) / 1000) * 1000;
  return (
    // A timer role is not read out on every tick; the opening and closing are announced elsewhere.
    <p className={`vote-countdown${left <= 10_000 ? ' is-ending' : ''}`} role="timer">
      {left > 0 ? t('votes.closesIn', { time: formatDuration(shown, locale) }) : t('votes.closing')}
    </p>
  );
}

/** The countdown ticking on its own with the live meeting's server clock, for the console and phones. */
export function LiveVoteCountdown(props: Omit<CountdownProps, 'now'>) {
  const now = useTickingNow(liveServerNow);
  return <VoteCountdown {...props} now={now} />;
}
