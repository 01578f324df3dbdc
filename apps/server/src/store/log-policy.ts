import type { MeetingEvent, MeetingEventType } from '@hiwar/protocol';

/**
 * Events whose logged form drops who acted (a timeline of who raised a hand or spoke when) and which
 * cannot be rebuilt from the current tables: a client that missed one catches up with a snapshot.
 */
export const PERSON_REDACTED_TYPES: ReadonlySet<MeetingEventType> = new Set([
  'queue:hand-raised',
  'queue:floor-given',
  'queue:turn-ended',
  'point:submitted',
  'point:edited',
]);

/**
 * The form in which an event is written to the meeting's log. The log keeps no personal field at all:
 * names, organisations, categories, a point's speaker, named voters, agenda titles and presenters are
 * left out, and catch-up fills them in from the current tables (see sqlite-event-log.ts). So erasing a
 * person, an item or a name only has to change the current rows, and never an old log entry.
 */
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
    case 'point:moderated':
      return event.point ? { ...event, point: { ...event.point, source: null } } : event;
    case 'vote:results-updated':
    case 'vote:closed':
      return { ...event, results: { ...event.results, voters: null } };
    case 'member:joined':
      return { ...event, member: { ...event.member, displayName: '', organisation: null, categories: {} } };
    case 'member:categories-changed':
      return { ...event, categories: {} };
    case 'agenda:item-added':
    case 'agenda:item-updated':
      return { ...event, item: { ...event.item, title: '', presenters: [] } };
    default:
      return event;
  }
}

/**
 * Events after which something erased may still sit in the write-ahead log's older page images: the
 * store checkpoints and truncates the -wal file after committing them.
 */
export function erasesContent(event: MeetingEvent): boolean {
  switch (event.type) {
    case 'agenda:item-updated':
      return event.item.confidentiality !== 'on-record';
    case 'agenda:item-removed':
    case 'member:removed':
    case 'queue:cleared':
    case 'queue:entry-removed':
    case 'queue:turn-ended':
      return true;
    default:
      return false;
  }
}
