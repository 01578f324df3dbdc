import { zonedTimeToInstant } from '@hiwar/domain';

/** A meeting's start formatted in the UI locale, in the meeting's own time zone, with the zone named. */
export function formatMeetingStart(localDateTime: string, timeZone: string, locale: string): string {
  const instant = zonedTimeToInstant(localDateTime, timeZone);
  if (instant === null) return localDateTime;
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'short',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(instant);
}

/** A duration as m:ss or h:mm:ss, with digits of the UI locale. */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const n = new Intl.NumberFormat(locale, { minimumIntegerDigits: 2, useGrouping: false });
  const first = new Intl.NumberFormat(locale, { useGrouping: false });
  return hours > 0
    ? `${first.format(hours)}:${n.format(minutes)}:${n.format(seconds)}`
    : `${first.format(minutes)}:${n.format(seconds)}`;
}

/** The browser's own time zone, the default for new meetings. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** Every time zone the runtime knows, for the setup form's select. */
export function allTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['UTC'];
  }
}
