import type { ClientCommandInput, SyncRequest } from './commands.js';
import type { WireError } from './errors.js';
import type { MeetingEvent } from './events.js';
import type { MemberMuted, Point, Presence, SessionMuted, Snapshot } from './model.js';

/** The answer to a command: applied (with the sequence numbers it produced) or refused. */
export type CommandAck =
  | {
      ok: true;
      seq: number;
      duplicate: boolean;
      serverNow: number;
      /** The id of what the command created (a point, a queue entry), when it created one. */
      createdId?: string;
      /** A point its sender just submitted, so they see it even while it waits for moderation. */
      point?: Point;
    }
  | { ok: false; error: WireError };

/** The answer to a sync request: exactly the missed events, or a fresh snapshot when too far behind. */
export type SyncAck =
  | { ok: true; kind: 'events'; events: MeetingEvent[]; serverNow: number }
  | { ok: true; kind: 'snapshot'; snapshot: Snapshot }
  | { ok: false; error: WireError };

/** Handshake fields a client sends in Socket.IO's `auth`. */
export interface SocketAuth {
  protocolVersion: number;
  meetingId: string;
  /** A participant's meeting-scoped credential; facilitators use their session cookie instead. */
  memberToken?: string;
}

/** Events the server sends. Names say the direction: these are facts, in the past tense. */
export interface ServerToClientEvents {
  'session:welcomed': (snapshot: Snapshot) => void;
  'meeting:event': (event: MeetingEvent) => void;
  'presence:changed': (presence: Presence) => void;
  'session:ended': (error: WireError) => void;
  /** To the member: they sent too many requests and may send nothing for a while; they may still follow. */
  'session:muted': (notice: SessionMuted) => void;
  /** To the staff: a member was muted for flooding. */
  'member:muted': (notice: MemberMuted) => void;
  /** The person is in the waiting room: nothing of the meeting, only their own status, until admitted. */
  'session:waiting': (status: WaitingStatus) => void;
}

/** All that someone in the waiting room learns: that they are waiting, under the name they gave. */
export interface WaitingStatus {
  memberId: string;
  displayName: string;
}

/** Requests a client sends; each gets an acknowledgement. */
export interface ClientToServerEvents {
  'meeting:command': (command: ClientCommandInput, ack: (ack: CommandAck) => void) => void;
  'meeting:sync': (request: SyncRequest, ack: (ack: SyncAck) => void) => void;
}
