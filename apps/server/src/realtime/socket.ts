import type { Server as HttpServer } from 'node:http';
import { isDesk, isStaff } from '@hiwar/domain';
import {
  type ClientToServerEvents,
  type CommandAck,
  eventAudience,
  idSchema,
  LIMITS,
  PROTOCOL_VERSION,
  payloadFault,
  type Role,
  retryLaterError,
  type ServerToClientEvents,
  type SyncAck,
  syncRequestSchema,
  type WireError,
  wireError,
} from '@hiwar/protocol';
import type { FastifyBaseLogger } from 'fastify';
import { Server, type Socket } from 'socket.io';
import { z } from 'zod';
import { AppError } from '../lib/app-error.js';
import { hashSecret } from '../lib/ids.js';
import type { MeetingService } from '../modules/meetings/meeting-service.js';
import { memberFor, readCookie, SESSION_COOKIE, type SessionsEnded } from '../plugins/auth.js';
import { originAllowed } from '../plugins/request-guard.js';
import type { Store } from '../store/store.js';
import { type CommandBudget, commandKind, type RequestKind } from './command-budget.js';
import type { EventHub } from './hub.js';

const handshakeSchema = z.object({
  protocolVersion: z.number(),
  meetingId: idSchema,
  memberToken: z.string().max(200).optional(),
  lastSeq: z.number().int().min(0).optional(),
});

interface SocketData {
  meetingId: string;
  memberId: string;
  /** The member's role, kept in step with role changes; it decides the staff and desk rooms. */
  role: Role;
  lastSeq: number | undefined;
  /** In the waiting room: only in the member's own room, until admitted. */
  waiting: boolean;
  /** The hash of the session a facilitator connected with, so the connection ends with the session. */
  sessionHash?: string;
}

type HiwarSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const rooms = {
  meeting: (id: string) => `m:${id}`,
  staff: (id: string) => `m:${id}:staff`,
  desk: (id: string) => `m:${id}:desk`,
  member: (meetingId: string, memberId: string) => `m:${meetingId}:p:${memberId}`,
};

/**
 * Attaches Socket.IO to the HTTP server. Every connection, first or reconnect, passes the same
 * middleware: protocol version, origin and membership are checked each time. Connection state
 * recovery is deliberately off, because it would let a reconnect skip that middleware; clients
 * catch up by sequence number instead.
 */
export function attachRealtime(options: {
  httpServer: HttpServer;
  store: Store;
  service: MeetingService;
  hub: EventHub;
  publicUrl: string;
  log: FastifyBaseLogger;
  sessionsEnded?: SessionsEnded;
  /** The command budget, shared with the HTTP command route. */
  budget: CommandBudget;
}) {
  const { store, service, hub, log, budget } = options;
  const io = new Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(
    options.httpServer,
    {
      path: '/socket.io',
      serveClient: false,
      // Larger than any valid message, so an oversized one is answered with PAYLOAD_TOO_LARGE, not a dropped link.
      maxHttpBufferSize: LIMITS.payloadBytes * 4,
      allowRequest: (req, callback) => callback(null, originAllowed(req, options.publicUrl)),
    },
  );
  const presence = new PresenceTracker((meetingId) => broadcastPresence(meetingId));

  io.use(async (socket, next) => {
    const refuse = (code: Parameters<typeof wireError>[0], data: WireError = wireError(code)) => {
      const err = new Error(code) as Error & { data: unknown };
      err.data = data;
      next(err);
    };
    if (payloadFault(socket.handshake.auth)) return refuse('VALIDATION_FAILED');
    const parsed = handshakeSchema.safeParse(socket.handshake.auth);
    if (!parsed.success) return refuse('VALIDATION_FAILED');
    if (parsed.data.protocolVersion !== PROTOCOL_VERSION) return refuse('PROTOCOL_VERSION_MISMATCH');
    try {
      const sessionToken = readCookie(socket.handshake.headers.cookie, SESSION_COOKIE);
      const member = await memberFor(
        store,
        parsed.data.meetingId,
        { memberToken: parsed.data.memberToken, sessionToken },
        Date.now(),
        // The waiting room's screen needs a connection; it carries nothing of the meeting (see welcome).
        { allowWaiting: true },
      );
      // A member muted for flooding stays out until the mute ends: refused here, before any snapshot is built.
      const muted = budget.mutedFor({ meetingId: member.meetingId, memberId: member.id });
      if (muted > 0) return refuse('MEMBER_MUTED', retryLaterError('MEMBER_MUTED', muted));
      socket.data = {
        meetingId: member.meetingId,
        memberId: member.id,
        role: member.role,
        lastSeq: parsed.data.lastSeq,
        waiting: member.waiting,
        sessionHash: !parsed.data.memberToken && sessionToken ? hashSecret(sessionToken) : undefined,
      };
      next();
    } catch (err) {
      if (err instanceof AppError) return refuse(err.code);
      log.error({ err }, 'socket handshake failed');
      return refuse('INTERNAL');
    }
  });

  /** Loads the socket's member afresh, so role changes and removals apply at once. */
  const currentMember = (socket: HiwarSocket) => store.findMemberById(socket.data.meetingId, socket.data.memberId);

  /** Runs a request handler so that no failure escapes as an unhandled rejection. */
  const guarded =
    <R>(handler: (raw: unknown) => Promise<R>, fallback: R) =>
    async (raw: unknown, ack: unknown) => {
      if (typeof ack !== 'function') return;
      try {
        ack(await handler(raw));
      } catch (err) {
        log.error({ err }, 'socket request failed');
        ack(fallback);
      }
    };
  // The shape is checked first: JSON.stringify of a 20,000-level payload would overflow the stack.
  const tooLarge = (raw: unknown) => JSON.stringify(raw ?? null).length > LIMITS.payloadBytes;
  const internal = { ok: false as const, error: wireError('INTERNAL') };

  /**
   * The checks every request passes before anything else, in memory, with no database access: the
   * budget (a flood is refused for the price of a map lookup), then the payload's shape and size.
   * Returns the refusal to answer with, or null to go on.
   */
  const screen = (socket: HiwarSocket, raw: unknown, kind: RequestKind) => {
    const verdict = budget.charge(socket.data, socket.id, kind);
    if (!verdict.ok) {
      // Closed after this turn, so the answers already given (and the notice) go out first; whatever
      // else the connection has queued is dropped unread.
      if (verdict.flooding) setImmediate(() => socket.disconnect(true));
      return { ok: false as const, error: retryLaterError(verdict.code, verdict.retryAfterMs) };
    }
    const fault = payloadFault(raw);
    if (fault) return { ok: false as const, error: wireError('VALIDATION_FAILED', [{ path: '', message: fault }]) };
    if (tooLarge(raw)) return { ok: false as const, error: wireError('PAYLOAD_TOO_LARGE') };
    return null;
  };

  /**
   * A member who kept sending over budget (here or over HTTP) is muted: they are told why and until when on
   * every open connection, and the staff are told on the console. Their flooding connection is closed
   * (above); until the mute ends their reconnects are refused at the handshake (MEMBER_MUTED and the
   * wait), and any other connection of theirs that keeps sending is closed too.
   */
  budget.onMuted(({ meetingId, memberId }, mutedForMs) => {
    log.warn({ meetingId, memberId, mutedForMs }, 'member muted for flooding');
    io.to(rooms.member(meetingId, memberId)).emit('session:muted', { retryAfterMs: mutedForMs });
    io.to(rooms.staff(meetingId)).emit('member:muted', { memberId, retryAfterMs: mutedForMs });
  });

  io.on('connection', (socket: HiwarSocket) => {
    const { meetingId, memberId } = socket.data;
    // Rooms and listeners are set up before any await, so nothing published meanwhile is missed.
    // Someone in the waiting room joins only their own room: no meeting event reaches them.
    socket.join(
      socket.data.waiting
        ? [rooms.member(meetingId, memberId)]
        : [rooms.meeting(meetingId), rooms.member(meetingId, memberId)],
    );
    if (!socket.data.waiting) fitRooms(socket, socket.data.role);
    // Someone waiting is not present yet: counting them would tell the room that someone waits.
    if (!socket.data.waiting) presence.add(meetingId, memberId);
    socket.on('disconnect', () => {
      if (!socket.data.waiting) presence.remove(meetingId, memberId);
      budget.forgetConnection(socket.id);
    });

    socket.on(
      'meeting:command',
      guarded(async (raw): Promise<CommandAck> => {
        const refused = screen(socket, raw, commandKind(raw));
        if (refused) return refused;
        const actor = await currentMember(socket);
        if (!actor || actor.removedAt !== null) return { ok: false, error: wireError('MEMBER_REMOVED') };
        return service.runCommand(actor, raw);
      }, internal),
    );

    socket.on(
      'meeting:sync',
      guarded(async (raw): Promise<SyncAck> => {
        const refused = screen(socket, raw, 'sync');
        if (refused) return refused;
        const parsed = syncRequestSchema.safeParse(raw);
        if (!parsed.success) return { ok: false, error: wireError('VALIDATION_FAILED') };
        const actor = await currentMember(socket);
        if (!actor || actor.removedAt !== null) return { ok: false, error: wireError('MEMBER_REMOVED') };
        return service.catchUp(actor, parsed.data.lastSeq);
      }, internal),
    );

    void welcome(socket);
  });

  /** Sends exactly the missed events when the client says how far it got, else a snapshot. */
  async function welcome(socket: HiwarSocket) {
    try {
      const member = await currentMember(socket);
      if (!member || member.removedAt !== null) {
        socket.emit('session:ended', wireError('MEMBER_REMOVED'));
        socket.disconnect(true);
        return;
      }
      if (member.waiting) {
        socket.emit('session:waiting', { memberId: member.id, displayName: member.displayName });
        return;
      }
      // Admitted between the handshake and now: into the meeting's room before the snapshot is read.
      socket.join(rooms.meeting(member.meetingId));
      if (socket.data.waiting) presence.add(member.meetingId, member.id);
      socket.data.waiting = false;
      // The role may have changed between the handshake and now: put the socket in the right rooms.
      fitRooms(socket, member.role);
      const lastSeq = socket.data.lastSeq;
      const sync = lastSeq === undefined ? null : await service.catchUp(member, lastSeq);
      if (sync?.ok && sync.kind === 'events') {
        for (const event of sync.events) socket.emit('meeting:event', event);
      } else {
        socket.emit('session:welcomed', await service.snapshotFor(member));
      }
    } catch (err) {
      log.error({ err }, 'welcome failed');
      // Closing the transport (not the socket) lets the client reconnect and try again.
      socket.conn.close();
    }
  }

  /** Puts a socket in the staff and desk rooms its role calls for, and out of the others. */
  function fitRooms(socket: Pick<HiwarSocket, 'data' | 'join' | 'leave'>, role: Role) {
    socket.data.role = role;
    const meetingId = socket.data.meetingId;
    for (const [room, inside] of [
      [rooms.staff(meetingId), isStaff(role)],
      [rooms.desk(meetingId), isDesk(role)],
    ] as const) {
      if (inside) socket.join(room);
      else socket.leave(room);
    }
  }

  /** After a role change the member's own view changes shape (member list or not): send them a fresh one. */
  async function refreshMember(meetingId: string, memberId: string) {
    try {
      const member = await store.findMemberById(meetingId, memberId);
      if (!member || member.removedAt !== null || member.waiting) return;
      const sockets = await io.in(rooms.member(meetingId, memberId)).fetchSockets();
      for (const socket of sockets) {
        socket.join(rooms.meeting(meetingId));
        if (socket.data.waiting) presence.add(meetingId, memberId);
        socket.data.waiting = false;
        fitRooms(socket, member.role);
      }
      io.to(rooms.member(meetingId, memberId)).emit('session:welcomed', await service.snapshotFor(member));
      broadcastPresence(meetingId);
    } catch (err) {
      log.error({ err }, 'refreshing a member after a role change failed');
    }
  }

  // Committed events go out as small deltas: one emit per audience, never one query per recipient.
  hub.subscribe((meetingId, events) => {
    for (const event of events) {
      const audience = eventAudience(event);
      if (audience.scope === 'all') {
        io.to(rooms.meeting(meetingId)).emit('meeting:event', event);
        continue;
      }
      const withheld = { type: 'sequence:withheld' as const, seq: event.seq, at: event.at };
      const insiders = [audience.scope === 'desk' ? rooms.desk(meetingId) : rooms.staff(meetingId)];
      if (audience.memberId) insiders.push(rooms.member(meetingId, audience.memberId));
      io.to(insiders).emit('meeting:event', event);
      io.to(rooms.meeting(meetingId)).except(insiders).emit('meeting:event', withheld);
      if (event.type === 'member:role-changed') void refreshMember(meetingId, event.memberId);
      // Admitted people get the meeting live, pushed: a snapshot and the meeting's room.
      if (event.type === 'member:admitted') for (const id of event.memberIds) void refreshMember(meetingId, id);
      if (event.type === 'member:removed') {
        const own = rooms.member(meetingId, event.memberId);
        io.to(own).emit('session:ended', wireError(event.left ? 'MEMBER_LEFT' : 'MEMBER_REMOVED'));
        io.in(own).disconnectSockets(true);
      }
    }
  });

  // A deleted or purged meeting ends every live session in it.
  hub.onMeetingGone((meetingId) => {
    // Every socket of the meeting, including people still in the waiting room (not in the meeting's room).
    for (const socket of io.of('/').sockets.values()) {
      if (socket.data.meetingId !== meetingId) continue;
      socket.emit('session:ended', wireError('MEETING_NOT_FOUND'));
      socket.disconnect(true);
    }
  });

  // A session that ends (sign-out, "sign out everywhere", revoked, password changed) closes its connections.
  options.sessionsEnded?.subscribe((ended) => {
    for (const socket of io.of('/').sockets.values()) {
      if (socket.data.sessionHash && ended.has(socket.data.sessionHash)) {
        socket.emit('session:ended', wireError('UNAUTHENTICATED'));
        socket.disconnect(true);
      }
    }
  });

  function broadcastPresence(meetingId: string) {
    const memberIds = presence.memberIds(meetingId);
    io.to(rooms.staff(meetingId)).emit('presence:changed', { count: memberIds.length, memberIds });
    io.to(rooms.meeting(meetingId))
      .except(rooms.staff(meetingId))
      .emit('presence:changed', { count: memberIds.length });
  }

  return { io, stop: () => presence.clear() };
}

/**
 * Who is connected, per meeting, on this node. Presence is kept apart from meeting data and sent
 * at most a few times a second, however many people join at once.
 */
class PresenceTracker {
  private readonly connections = new Map<string, Map<string, number>>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(private readonly onChange: (meetingId: string) => void) {}

  add(meetingId: string, memberId: string) {
    const members = this.connections.get(meetingId) ?? new Map<string, number>();
    members.set(memberId, (members.get(memberId) ?? 0) + 1);
    this.connections.set(meetingId, members);
    this.schedule(meetingId);
  }

  remove(meetingId: string, memberId: string) {
    const members = this.connections.get(meetingId);
    const count = members?.get(memberId) ?? 0;
    if (!members || count === 0) return;
    if (count === 1) members.delete(memberId);
    else members.set(memberId, count - 1);
    if (members.size === 0) this.connections.delete(meetingId);
    this.schedule(meetingId);
  }

  memberIds(meetingId: string): string[] {
    return [...(this.connections.get(meetingId)?.keys() ?? [])];
  }

  private schedule(meetingId: string) {
    if (this.pending.has(meetingId)) return;
    this.pending.set(
      meetingId,
      setTimeout(() => {
        this.pending.delete(meetingId);
        this.onChange(meetingId);
      }, 100),
    );
  }

  clear() {
    for (const timer of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }
}
