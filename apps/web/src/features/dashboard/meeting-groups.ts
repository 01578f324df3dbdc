import { isDesk, isStaff, zonedTimeToInstant } from '@hiwar/domain';
import type { MeetingSummary } from '@hiwar/protocol';

export interface MeetingGroups {
  live: MeetingSummary[];
  upcoming: MeetingSummary[];
  past: MeetingSummary[];
}

/** When a meeting is scheduled to start, as an instant; a start that cannot be read sorts last. */
function scheduled(m: MeetingSummary): number {
  return zonedTimeToInstant(m.startsAt, m.timeZone) ?? Number.MAX_SAFE_INTEGER;
}

/** When a past meeting was held: its real start, else its end, else the time it was planned for. */
export function heldAt(m: MeetingSummary): number {
  return m.startedAt ?? m.endedAt ?? scheduled(m);
}

/**
 * The dashboard's three groups: live now (earliest started first), upcoming drafts (soonest first, by the
 * instant they start, so meetings in different zones sort correctly), and past meetings (most recent first).
 */
export function groupMeetings(meetings: readonly MeetingSummary[]): MeetingGroups {
  const live = meetings.filter((m) => m.status === 'live').sort((a, b) => heldAt(a) - heldAt(b));
  const upcoming = meetings.filter((m) => m.status === 'draft').sort((a, b) => scheduled(a) - scheduled(b));
  const past = meetings
    .filter((m) => m.status === 'ended')
    .sort((a, b) => (b.endedAt ?? heldAt(b)) - (a.endedAt ?? heldAt(a)));
  return { live, upcoming, past };
}

export type MeetingActionKind = 'console' | 'setup' | 'report' | 'open';

/** The one action a row offers first, by status and role: run it, prepare it, or write it up. */
export function primaryAction(m: MeetingSummary): MeetingActionKind {
  if (isStaff(m.role)) return m.status === 'live' ? 'console' : m.status === 'draft' ? 'setup' : 'report';
  if (isDesk(m.role) && m.status === 'ended') return 'report';
  return 'open';
}

/** Where an action leads. */
export function actionPath(kind: MeetingActionKind, meetingId: string): string {
  const id = encodeURIComponent(meetingId);
  switch (kind) {
    case 'console':
      return `/meetings/${id}/live`;
    case 'setup':
      return `/meetings/${id}/setup`;
    case 'report':
      return `/meetings/${id}/report`;
    case 'open':
      return `/m/${id}`;
  }
}

/** Only the owner holds the facilitator's role in a meeting: they alone may copy or delete it. */
export function ownsMeeting(m: MeetingSummary): boolean {
  return m.role === 'facilitator';
}
