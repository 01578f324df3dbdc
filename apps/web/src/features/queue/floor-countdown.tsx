import { turnRemainingMs } from '@hiwar/domain';
import type { Floor, Queue } from '@hiwar/protocol';
import type { TFunction } from 'i18next';
import { formatDuration } from '../../lib/format';

/** The last stretch of a turn, shown as a warning before the limit is reached. */
export const WARNING_MS = 15_000;

export type TurnState = 'unlimited' | 'running' | 'warning' | 'overrun';

/** Where a turn stands against its limit at a given server time. */
export function turnState(queue: Pick<Queue, 'floor'>, serverNow: number): TurnState {
  const remaining = turnRemainingMs(queue, serverNow);
  if (remaining === null) return 'unlimited';
  if (remaining < 0) return 'overrun';
  return remaining <= WARNING_MS ? 'warning' : 'running';
}

interface FloorCountdownProps {
  floor: Floor;
  now: number;
  /** Passed in so the projector can speak the meeting's language while the rest of the page does not. */
  t: TFunction;
  locale: string;
  size?: 'normal' | 'large' | 'huge';
}

/**
 * Time left in the current turn, counted from the server's start time. The state is said in words as
 * well as shown in colour: "Time almost up", "Over time by 0:12".
 */
export function FloorCountdown({ floor, now, t, locale, size = 'normal' }: FloorCountdownProps) {
  const state = turnState({ floor }, now);
  const remaining = turnRemainingMs({ floor }, now);
  const elapsed = Math.max(0, now - floor.startedAt);
  let time: string;
  let label: string;
  if (remaining === null) {
    time = formatDuration(elapsed, locale);
    label = t('queue.speakingFor');
  } else if (remaining < 0) {
    time = `+${formatDuration(-remaining, locale)}`;
    label = t('queue.overBy', { time: formatDuration(-remaining, locale) });
  } else {
    // Rounded up, so the clock reads 0:01 in the last second and 0:00 only when time is up.
    time = formatDuration(Math.ceil(remaining / 1000) * 1000, locale);
    label = state === 'warning' ? t('queue.almostUp') : t('queue.timeLeft');
  }
  return (
    <div className={`countdown countdown-${size} is-${state}`} data-state={state} data-testid="countdown">
      <span className="countdown-time">{time}</span>
      <span className="countdown-label">{label}</span>
    </div>
  );
}
