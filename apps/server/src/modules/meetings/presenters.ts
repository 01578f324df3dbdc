import { isDesk, isStaff } from '@hiwar/domain';
import { eventAudience, type MeetingEvent, type Role } from '@hiwar/protocol';

export interface Viewer {
  memberId: string;
  role: Role;
}

/** Whether a viewer may see this event as it is. */
export function canSee(event: MeetingEvent, viewer: Viewer): boolean {
  const audience = eventAudience(event);
  if (audience.scope === 'all') return true;
  if (audience.scope === 'desk') return isDesk(viewer.role);
  return isStaff(viewer.role) || audience.memberId === viewer.memberId;
}

/** The event as this viewer receives it: itself, or a stand-in that keeps the sequence gapless. */
export function presentEvent(event: MeetingEvent, viewer: Viewer): MeetingEvent {
  return canSee(event, viewer) ? event : { type: 'sequence:withheld', seq: event.seq, at: event.at };
}
