import type { MeetingEvent, MeetingEventType } from '@hiwar/protocol';

/**
 * Events that would, kept in the log, name people: a timeline of who raised a hand or spoke when, and
 * the speaker named as a point's source. The log keeps them without the person; the live broadcast
 * still carries it, and the tables keep only the current state (from which a source is erased when its
 * item leaves the record).
 */
export const PERSON_REDACTED_TYPES: ReadonlySet<MeetingEventType> = new Set([
  'queue:hand-raised',
  'queue:floor-given',
  'queue:turn-ended',
  'point:submitted',
  'point:edited',
]);

/** The form in which an event is written to the meeting's log. */
export function forLog(event: MeetingEvent): MeetingEvent {
  switch (event.type) {
    case 'queue:hand-raised':
      return { ...event, entry: { ...event.entry, memberId: null, name: null } };
    case 'queue:floor-given':
      return { ...event, floor: { ...event.floor, memberId: null, name: null } };
    case 'queue:turn-ended':
      return { ...event, memberId: null };
    case 'point:submitted':
    case 'point:edited':
      return { ...event, point: { ...event.point, source: null } };
    default:
      return event;
  }
}
