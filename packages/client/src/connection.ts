import { applyEvent, type MeetingView, viewFromSnapshot } from '@hiwar/domain';
import {
  type Ballot,
  type ClientToServerEvents,
  type CommandAck,
  type CommandBody,
  type MeetingEvent,
  PROTOCOL_VERSION,
  type Presence,
  type ServerToClientEvents,
  type SocketAuth,
  type SyncAck,
  type WaitingStatus,
  type WireError,
} from '@hiwar/protocol';
import { io, type Socket } from 'socket.io-client';
import { HiwarError } from './http.js';
import { newCommandId } from './ids.js';

export type ConnectionStatus = 'connecting' | 'online' | 'offline' | 'closed';

export interface ConnectionState {
  status: ConnectionStatus;
  view: MeetingView | null;
  presence: Presence;
  /** Server time minus local time, in ms, so that clocks shown agree with the server's. */
  clockOffset: number;
  /** Set when the server ended this session for good (removed, not authorised). */
  fatal: WireError | null;
  /** In the waiting room: the view stays empty until someone admits this person. */
  waiting: WaitingStatus | null;
  /** Local time until which the server refuses this person's commands (they sent too many); null if not. */
  mutedUntil: number | null;
  /** For the staff: members muted for flooding, with the local time their pause ends, newest first. */
  mutedMembers: { memberId: string; until: number }[];
}

export interface ConnectOptions {
  baseUrl: string;
  meetingId: string;
  memberToken?: string;
  /** The session cookie, for Node callers signed in through HiwarHttp. */
  sessionCookie?: string;
  /** How long to wait for an acknowledgement before retrying a command with the same id. */
  ackTimeoutMs?: number;
}

type Listener = (state: ConnectionState) => void;

/** Refusals that retrying cannot fix; anything else (a server hiccup) is retried by reconnecting. */
const FATAL_CODES = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'MEMBER_REMOVED',
  'MEMBER_LEFT',
  'MEMBER_TOKEN_EXPIRED',
  'MEETING_NOT_FOUND',
  'PROTOCOL_VERSION_MISMATCH',
  'ORIGIN_NOT_ALLOWED',
  'VALIDATION_FAILED',
]);

/**
 * A live connection to one meeting. It keeps the meeting view up to date from the server's events,
 * catches up after a reconnect or a gap, and retries unacknowledged commands under the same id.
 */
export class MeetingConnection {
  private readonly socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  private readonly listeners = new Set<Listener>();
  private readonly ackTimeoutMs: number;
  private syncing = false;
  private resyncNeeded = false;
  private closedByUser = false;
  state: ConnectionState = {
    status: 'connecting',
    view: null,
    presence: { count: 0 },
    clockOffset: 0,
    fatal: null,
    waiting: null,
    mutedUntil: null,
    mutedMembers: [],
  };

  constructor(options: ConnectOptions) {
    this.ackTimeoutMs = options.ackTimeoutMs ?? 5000;
    const pageOrigin = (globalThis as { location?: { origin: string } }).location?.origin;
    const isNode = pageOrigin === undefined;
    const base = options.baseUrl || pageOrigin || '';
    this.socket = io(base, {
      path: '/socket.io',
      transports: ['websocket', 'polling'],
      reconnectionDelayMax: 5000,
      // Called on every (re)connect, so the server learns how far this client got.
      auth: (cb) => {
        const auth: SocketAuth & { lastSeq?: number } = {
          protocolVersion: PROTOCOL_VERSION,
          meetingId: options.meetingId,
        };
        if (options.memberToken) auth.memberToken = options.memberToken;
        if (this.state.view) auth.lastSeq = this.state.view.meeting.seq;
        cb(auth as unknown as Record<string, unknown>);
      },
      ...(isNode
        ? {
            extraHeaders: {
              origin: new URL(base).origin,
              ...(options.sessionCookie ? { cookie: options.sessionCookie } : {}),
            },
          }
        : {}),
    });
    this.socket.on('connect', () => this.update({ status: 'online' }));
    this.socket.on('disconnect', (reason) => {
      this.update({ status: this.state.fatal ? 'closed' : 'offline' });
      // Socket.IO does not reconnect after a server-side disconnect; unless the session ended, try again.
      if (reason === 'io server disconnect' && !this.state.fatal && !this.closedByUser) {
        setTimeout(() => {
          if (!this.state.fatal && !this.closedByUser) this.socket.connect();
        }, 1000);
      }
    });
    this.socket.on('connect_error', (err) => {
      const data = (err as Error & { data?: WireError }).data;
      if (data?.code && FATAL_CODES.has(data.code)) {
        this.update({ fatal: data, status: 'closed' });
        this.socket.disconnect();
      } else if (data?.code === 'MEMBER_MUTED' && data.retryAfterMs !== undefined) {
        // Muted for flooding. Socket.IO does not retry after a refusal by the server: try again once the
        // mute ends (a moment later, so the server's clock has passed it too).
        this.update({ status: 'offline', mutedUntil: Date.now() + data.retryAfterMs });
        setTimeout(() => {
          if (!this.state.fatal && !this.closedByUser && !this.socket.connected) this.socket.connect();
        }, data.retryAfterMs + 250);
      } else {
        this.update({ status: 'offline' });
      }
    });
    this.socket.on('session:welcomed', (snapshot) => {
      this.update({ view: viewFromSnapshot(snapshot), clockOffset: snapshot.serverNow - Date.now(), waiting: null });
    });
    this.socket.on('session:waiting', (status) => this.update({ waiting: status, view: null }));
    this.socket.on('meeting:event', (event) => this.receive([event]));
    this.socket.on('presence:changed', (presence) => this.update({ presence }));
    this.socket.on('session:muted', ({ retryAfterMs }) => this.update({ mutedUntil: Date.now() + retryAfterMs }));
    this.socket.on('member:muted', ({ memberId, retryAfterMs }) => {
      const others = this.state.mutedMembers.filter((m) => m.memberId !== memberId && m.until > Date.now());
      this.update({ mutedMembers: [{ memberId, until: Date.now() + retryAfterMs }, ...others] });
    });
    this.socket.on('session:ended', (error) => {
      this.update({ fatal: error, status: 'closed' });
      this.socket.disconnect();
    });
  }

  /**
   * The device reports its network gone or back (a browser's offline and online events). Gone: the
   * connection is dropped and the person told at once, rather than after a missed heartbeat half a minute
   * later, and no retries run until the network is back. Back: it connects again at once. Commands still
   * waiting for an answer are sent again with the same id once connected, so nothing is applied twice.
   */
  networkChanged(online: boolean): void {
    if (this.state.fatal || this.closedByUser) return;
    if (!online) {
      this.socket.disconnect();
      this.update({ status: 'offline' });
    } else if (!this.socket.connected) {
      this.socket.connect();
    }
  }

  /** Calls the listener on every change, and once now. Returns an unsubscribe function. */
  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    listener(this.state);
    return () => this.listeners.delete(listener);
  }

  private update(patch: Partial<ConnectionState>) {
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener(this.state);
  }

  private receive(events: MeetingEvent[]) {
    let view = this.state.view;
    if (!view) return;
    for (const event of events) {
      if (event.seq <= view.meeting.seq) continue;
      if (event.seq !== view.meeting.seq + 1) {
        if (view !== this.state.view) this.update({ view });
        void this.sync();
        return;
      }
      view = applyEvent(view, event);
    }
    this.update({ view });
  }

  /** Asks the server for everything after the last applied event. */
  async sync(): Promise<void> {
    if (!this.state.view) return;
    if (this.syncing) {
      // An event arrived out of order during a sync: sync again once this one is done.
      this.resyncNeeded = true;
      return;
    }
    this.syncing = true;
    this.resyncNeeded = false;
    try {
      const ack: SyncAck = await this.socket
        .timeout(this.ackTimeoutMs)
        .emitWithAck('meeting:sync', { lastSeq: this.state.view.meeting.seq });
      if (!ack.ok) return;
      if (ack.kind === 'snapshot') {
        this.update({ view: viewFromSnapshot(ack.snapshot), clockOffset: ack.snapshot.serverNow - Date.now() });
      } else {
        this.syncing = false;
        this.receive(ack.events);
      }
    } catch {
      // No answer: the next reconnect carries lastSeq and catches up.
    } finally {
      this.syncing = false;
      if (this.resyncNeeded) void this.sync();
    }
  }

  /**
   * Sends a command and resolves when the server has applied it; rejects with a HiwarError when
   * refused. Without an answer it retries with the same command id, so it is applied at most once.
   */
  async send(body: CommandBody, commandId = newCommandId()): Promise<Extract<CommandAck, { ok: true }>> {
    for (;;) {
      if (this.state.fatal) throw new HiwarError(this.state.fatal);
      try {
        const ack: CommandAck = await this.socket
          .timeout(this.ackTimeoutMs)
          .emitWithAck('meeting:command', { ...body, commandId });
        if (!ack.ok) {
          if (ack.error.code === 'MEMBER_MUTED' && ack.error.retryAfterMs !== undefined) {
            this.update({ mutedUntil: Date.now() + ack.error.retryAfterMs });
          }
          throw new HiwarError(ack.error);
        }
        this.update({ clockOffset: ack.serverNow - Date.now() });
        this.rememberOwn(body, ack);
        if (this.state.view && ack.seq > this.state.view.meeting.seq) await this.sync();
        return ack;
      } catch (err) {
        if (err instanceof HiwarError) throw err;
        if (this.state.status === 'closed') throw err;
      }
    }
  }

  /**
   * Keeps what only this person knows about themselves: the points they sent (which others may not see
   * yet) and the points they support. The server recognises both by a one-way token, not by name.
   */
  private rememberOwn(body: CommandBody, ack: Extract<CommandAck, { ok: true }>) {
    const view = this.state.view;
    if (!view) return;
    if (body.type === 'point:submit' && ack.point) {
      const point = ack.point;
      const points = view.points.some((p) => p.id === point.id) ? view.points : [...view.points, point];
      const myPointIds = view.myPointIds.includes(point.id) ? view.myPointIds : [...view.myPointIds, point.id];
      this.update({ view: { ...view, points, myPointIds } });
    } else if (body.type === 'point:support' && !view.mySupportIds.includes(body.pointId)) {
      this.update({ view: { ...view, mySupportIds: [...view.mySupportIds, body.pointId] } });
    } else if (body.type === 'vote:cast') {
      const ballot = { voteId: body.voteId, ballot: body.ballot as Ballot };
      const myBallots = [...view.myBallots.filter((b) => b.voteId !== body.voteId), ballot];
      this.update({ view: { ...view, myBallots } });
    } else if (body.type === 'point:withdraw-support') {
      this.update({ view: { ...view, mySupportIds: view.mySupportIds.filter((id) => id !== body.pointId) } });
    }
  }

  /** Resolves once the server has put this person in the waiting room. */
  inWaitingRoom(): Promise<WaitingStatus> {
    return this.waitFor((s) => s.waiting !== null).then((s) => s.waiting as WaitingStatus);
  }

  /** Resolves once the meeting view has arrived (or rejects if the server refused the connection). */
  ready(): Promise<MeetingView> {
    return this.waitFor((s) => s.view !== null).then((s) => s.view as MeetingView);
  }

  /** Resolves when the state satisfies the predicate; rejects if the session ends first. */
  waitFor(predicate: (state: ConnectionState) => boolean, timeoutMs = 10_000): Promise<ConnectionState> {
    return new Promise((resolve, reject) => {
      let unsubscribe = () => {};
      const timer = setTimeout(() => {
        unsubscribe();
        reject(new Error('timed out waiting for the meeting state'));
      }, timeoutMs);
      unsubscribe = this.subscribe((state) => {
        if (predicate(state)) {
          clearTimeout(timer);
          queueMicrotask(() => unsubscribe());
          resolve(state);
        } else if (state.fatal) {
          clearTimeout(timer);
          queueMicrotask(() => unsubscribe());
          reject(new HiwarError(state.fatal));
        }
      });
    });
  }

  /** Server time now, as best this client knows it. */
  serverNow(): number {
    return Date.now() + this.state.clockOffset;
  }

  /** Drops the transport without closing for good (the client reconnects), for tests and flaky networks. */
  dropTransport(): void {
    this.socket.io.engine?.close();
  }

  close(): void {
    this.closedByUser = true;
    this.update({ status: 'closed' });
    this.socket.disconnect();
    this.listeners.clear();
  }
}
