import { allTimeZones } from '../../lib/format';

export interface TimeZoneOption {
  /** The IANA name, the value stored with the meeting. */
  id: string;
  /** The name as people read it: "America/Sao Paulo". */
  label: string;
  /** The zone's offset from UTC now, as "UTC+03:00". */
  offset: string;
  /** The zone's generic name in the UI language ("Eastern European Time", «توقيت شرق أوروبا»), if known. */
  name: string;
}

/** The zone's offset from UTC at `at`, as "UTC+05:30" ("UTC+00:00" for UTC itself). */
export function utcOffset(timeZone: string, at: Date = new Date()): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    const offset = part?.replace('GMT', '') || '+00:00';
    return `UTC${offset.replace('\u2212', '-')}`;
  } catch {
    return '';
  }
}

function genericName(timeZone: string, language: string, at: Date): string {
  try {
    return (
      new Intl.DateTimeFormat(language, { timeZone, timeZoneName: 'longGeneric' })
        .formatToParts(at)
        .find((p) => p.type === 'timeZoneName')?.value ?? ''
    );
  } catch {
    return '';
  }
}

/**
 * The zones the picker offers: the runtime's current IANA names (old aliases such as Asia/Calcutta are not
 * among them), plus `current` when a meeting still carries one, each with its offset now and its name in
 * the UI language so that people can search in their own language.
 */
export function timeZoneOptions(current: string, language: string, at: Date = new Date()): TimeZoneOption[] {
  const zones = allTimeZones();
  const ids = zones.includes(current) ? zones : [current, ...zones];
  return ids.map((id) => ({
    id,
    label: id.replaceAll('_', ' '),
    offset: utcOffset(id, at),
    name: genericName(id, language, at),
  }));
}

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u0652]/g, '')
    .replaceAll('_', ' ')
    .toLowerCase();

/**
 * The options a search matches: every word of the query must appear in the zone's name, its local name or
 * its offset ("amman", "sao paulo", "+3", "utc+05:30"). Zones whose city starts with the query come first.
 */
export function searchTimeZones(options: readonly TimeZoneOption[], query: string): TimeZoneOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...options];
  const matches = options.filter((o) => {
    const offset = o.offset.toLowerCase();
    // "+3" finds UTC+03:00: offsets are also matched without their leading zero.
    const haystack = `${fold(o.label)} ${fold(o.name)} ${offset} ${offset.replace(/([+-])0/, '$1')}`;
    return words.every((w) => haystack.includes(w));
  });
  const first = words.join(' ');
  const city = (o: TimeZoneOption) => fold(o.label.split('/').pop() ?? '');
  return matches.sort((a, b) => Number(city(b).startsWith(first)) - Number(city(a).startsWith(first)));
}
