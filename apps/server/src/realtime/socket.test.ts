import { HiwarError, MeetingConnection } from '@hiwar/client';
import { type MeetingEvent, PROTOCOL_VERSION, type Snapshot } from '@hiwar/protocol';
import { io as connectRaw } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
const open: MeetingConnection[] = [];
const track = <T extends MeetingConnection>(c: T) => {
  open.push(c);
  return c;
};

beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await server.stop();
});

/** A facilitator connected live to a new meeting, and two participants who joined by code. */
async function liveMeeting() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = track(await connect(server, meeting.id, { sessionCookie: http.sessionCookie }));
  const amal = await buildParticipant(server, meeting.joinCode, 'Amal');
  const omar = await buildParticipant(server, meeting.joinCode, 'Omar');
  const a = track(await connect(server, meeting.id, { memberToken: amal.memberToken }));
  const o = track(await connect(server, meeting.id, { memberToken: omar.memberToken }));
  return { http, meeting, facilitator, amal, omar, a, o };
}

/** Opens a raw socket and records everything the server sends to it. */
function rawSocket(auth: Record<string, unknown>, headers: Record<string, string> = {}) {
  const received: { name: string; payload: unknown }[] = [];
  const socket = connectRaw(server.baseUrl, {
    transports: ['websocket'],
    reconnection: false,
    auth,
    extraHeaders: { origin: server.baseUrl, ...headers },
  });
  socket.onAny((name, payload) => received.push({ name, payload }));
  const error = new Promise<{ code: string }>((resolve) =>
    socket.on('connect_error', (err) => resolve((err as Error & { data: { code: string } }).data)),
  );
  return { socket, received, error };
}

describe('a live meeting', () => {
  it('lets a facilitator start and advance while every participant follows', async () => {
    const { facilitator, a, o } = await liveMeeting();
    const view = facilitator.state.view;
    if (!view) throw new Error('no view');
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({ type: 'agenda:next' });
    const second = view.agenda[1]?.id;
    for (const c of [a, o, facilitator]) {
      const state = await c.waitFor((s) => s.view?.meeting.currentItemId === second);
      expect(state.view?.meeting.status).toBe('live');
    }
    await a.waitFor((s) => s.presence.count === 3);
    expect(a.state.presence.memberIds).toBeUndefined();
    await facilitator.waitFor((s) => s.presence.memberIds?.length === 3);
  });

  it('shows the member list to facilitators only, and withholds member events from participants', async () => {
    const { meeting, facilitator, a } = await liveMeeting();
    expect(a.state.view?.members).toBeNull();
    expect(facilitator.state.view?.members?.map((m) => m.displayName)).toEqual(['Facilitator', 'Amal', 'Omar']);
    const seqBefore = a.state.view?.meeting.seq ?? 0;
    await buildParticipant(server, meeting.joinCode, 'Hidden Newcomer');
    await facilitator.waitFor((s) => s.view?.members?.some((m) => m.displayName === 'Hidden Newcomer') ?? false);
    const after = await a.waitFor((s) => (s.view?.meeting.seq ?? 0) === seqBefore + 1);
    expect(JSON.stringify(after.view)).not.toContain('Hidden Newcomer');
  });

  it('assigns roles, and a promoted co-facilitator can run the agenda at once', async () => {
    const { facilitator, a, amal } = await liveMeeting();
    await expect(a.send({ type: 'meeting:start' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await facilitator.send({ type: 'member:set-role', memberId: amal.memberId, role: 'co-facilitator' });
    await a.waitFor((s) => s.view?.self.role === 'co-facilitator');
    await a.send({ type: 'meeting:start' });
    await facilitator.waitFor((s) => s.view?.meeting.status === 'live');
  });

  it('gives a promoted participant the member list, and takes it away again on demotion', async () => {
    const { facilitator, a, amal } = await liveMeeting();
    expect(a.state.view?.members).toBeNull();
    await facilitator.send({ type: 'member:set-role', memberId: amal.memberId, role: 'co-facilitator' });
    const promoted = await a.waitFor((s) => (s.view?.members?.length ?? 0) === 3);
    expect(promoted.view?.members?.map((m) => m.displayName)).toContain('Omar');
    await a.waitFor((s) => s.presence.memberIds?.length === 3);
    await facilitator.send({ type: 'member:set-role', memberId: amal.memberId, role: 'observer' });
    const demoted = await a.waitFor((s) => s.view?.self.role === 'observer');
    expect(demoted.view?.members).toBeNull();
  });

  it('does not acknowledge a reused command id to someone whose role forbids the command', async () => {
    const { facilitator, a } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' }, 'shared-command-0001');
    await expect(a.send({ type: 'meeting:start' }, 'shared-command-0001')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('answers an oversized command with PAYLOAD_TOO_LARGE and keeps the connection', async () => {
    const { facilitator } = await liveMeeting();
    const seq = facilitator.state.view?.meeting.seq;
    const huge = 'x'.repeat(100_000);
    await expect(facilitator.send({ type: 'meeting:update', details: { description: huge } })).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
    });
    expect(facilitator.state.status).toBe('online');
    await facilitator.send({ type: 'meeting:update', details: { description: 'Short enough' } });
    expect(facilitator.state.view?.meeting.seq).toBe((seq ?? 0) + 1);
  });

  it('applies a retried command id once and acknowledges it again', async () => {
    const { facilitator, o } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    const first = await facilitator.send({ type: 'agenda:next' }, 'retry-command-0001');
    const again = await facilitator.send({ type: 'agenda:next' }, 'retry-command-0001');
    expect(again).toMatchObject({ ok: true, duplicate: true, seq: first.seq });
    expect(first.duplicate).toBe(false);
    const view = facilitator.state.view;
    expect(view?.meeting.currentItemId).toBe(view?.agenda[1]?.id);
    await o.waitFor((s) => s.view?.meeting.seq === first.seq);
  });

  it('moves the agenda once when two facilitators press next on the same item', async () => {
    const { facilitator, a, amal } = await liveMeeting();
    await facilitator.send({ type: 'member:set-role', memberId: amal.memberId, role: 'co-facilitator' });
    await facilitator.send({ type: 'meeting:start' });
    await a.waitFor((s) => s.view?.meeting.status === 'live');
    const fromItemId = facilitator.state.view?.meeting.currentItemId ?? undefined;
    const results = await Promise.allSettled([
      facilitator.send({ type: 'agenda:next', fromItemId }),
      a.send({ type: 'agenda:next', fromItemId }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toBeInstanceOf(HiwarError);
    expect(refused.reason.code).toBe('AGENDA_ALREADY_MOVED');
    const view = facilitator.state.view;
    expect(view?.meeting.currentItemId).toBe(view?.agenda[1]?.id);
  });

  it('refuses facilitator actions from participants and changes nothing', async () => {
    const { facilitator, a, omar } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    const seq = facilitator.state.view?.meeting.seq;
    const attempts = [
      a.send({ type: 'agenda:next' }),
      a.send({
        type: 'agenda:add-item',
        item: { title: 'Mine', kind: 'other', plannedMinutes: 1, confidentiality: 'on-record' },
      }),
      a.send({ type: 'member:remove', memberId: omar.memberId }),
      a.send({ type: 'member:set-role', memberId: omar.memberId, role: 'co-facilitator' }),
      a.send({ type: 'meeting:end' }),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const snapshot = (await (
      await fetch(`${server.baseUrl}/api/meetings/${facilitator.state.view?.meeting.id}`, {
        headers: { authorization: `Bearer ${omar.memberToken}` },
      })
    ).json()) as Snapshot;
    expect(snapshot.meeting.seq).toBe(seq);
    expect(snapshot.self.role).toBe('participant');
  });

  it("refuses another meeting's ids and credentials", async () => {
    const first = await liveMeeting();
    const second = await liveMeeting();
    await first.facilitator.send({ type: 'meeting:start' });
    const foreignItem = second.facilitator.state.view?.agenda[2]?.id ?? '';
    await expect(first.facilitator.send({ type: 'agenda:jump', itemId: foreignItem })).rejects.toMatchObject({
      code: 'AGENDA_ITEM_NOT_FOUND',
    });
    await expect(
      first.facilitator.send({ type: 'member:remove', memberId: second.amal.memberId }),
    ).rejects.toMatchObject({ code: 'MEMBER_NOT_FOUND' });
    // A participant's credential is scoped to one meeting.
    const crossing = new MeetingConnection({
      baseUrl: server.baseUrl,
      meetingId: second.meeting.id,
      memberToken: first.amal.memberToken,
    });
    track(crossing);
    await expect(crossing.ready()).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(second.facilitator.state.view?.members).toHaveLength(3);
  });

  it('answers malformed commands with VALIDATION_FAILED and changes nothing', async () => {
    const { facilitator } = await liveMeeting();
    const seq = facilitator.state.view?.meeting.seq;
    // Bypass the typed client, which would not let these through, and talk to its socket directly.
    const send = (payload: unknown) =>
      (
        facilitator as unknown as { socket: { emitWithAck: (n: string, p: unknown) => Promise<unknown> } }
      ).socket.emitWithAck('meeting:command', payload);
    const bad = [
      'not an object',
      { type: 'agenda:next' },
      { type: 'agenda:next', commandId: 'valid-command-id', extra: true },
      { type: 'agenda:jump', commandId: 'valid-command-id', itemId: 42 },
      { type: 'meeting:explode', commandId: 'valid-command-id' },
      { type: 'meeting:update', commandId: 'valid-command-id', details: { timeZone: 'Mars/Olympus' } },
    ];
    for (const payload of bad) {
      expect(await send(payload)).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    }
    expect(facilitator.state.view?.meeting.seq).toBe(seq);
  });
});

describe('reconnecting', () => {
  it('sends a reconnecting client exactly the events it missed', async () => {
    const { facilitator, meeting, amal } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    const lastSeq = facilitator.state.view?.meeting.seq ?? 0;
    await facilitator.send({ type: 'agenda:next' });
    await facilitator.send({ type: 'agenda:next' });
    const raw = rawSocket({
      protocolVersion: PROTOCOL_VERSION,
      meetingId: meeting.id,
      memberToken: amal.memberToken,
      lastSeq,
    });
    await new Promise((r) => setTimeout(r, 300));
    raw.socket.close();
    const events = raw.received.filter((r) => r.name === 'meeting:event').map((r) => r.payload as MeetingEvent);
    expect(raw.received.some((r) => r.name === 'session:welcomed')).toBe(false);
    expect(events.map((e) => [e.seq, e.type])).toEqual([
      [lastSeq + 1, 'agenda:advanced'],
      [lastSeq + 2, 'agenda:advanced'],
    ]);
  });

  it('gives a fresh snapshot to a client too far behind', async () => {
    const { facilitator, meeting, amal } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    const raw = rawSocket({
      protocolVersion: PROTOCOL_VERSION,
      meetingId: meeting.id,
      memberToken: amal.memberToken,
      lastSeq: 999_999,
    });
    await new Promise((r) => setTimeout(r, 300));
    raw.socket.close();
    const welcome = raw.received.find((r) => r.name === 'session:welcomed')?.payload as Snapshot;
    expect(welcome.meeting.status).toBe('live');
  });

  it('catches up after the transport drops while the agenda moves', async () => {
    const { facilitator, a } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    a.dropTransport();
    await facilitator.send({ type: 'agenda:next' });
    await facilitator.send({ type: 'agenda:next' });
    const third = facilitator.state.view?.agenda[2]?.id;
    const state = await a.waitFor((s) => s.status === 'online' && s.view?.meeting.currentItemId === third);
    expect(state.view?.meeting.seq).toBe(facilitator.state.view?.meeting.seq);
  });

  it('returns everyone to the same item after the server restarts', async () => {
    const { facilitator, a, o } = await liveMeeting();
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({ type: 'agenda:next' });
    await server.restart();
    const second = facilitator.state.view?.agenda[1]?.id;
    await facilitator.waitFor((s) => s.status === 'online', 15_000);
    await facilitator.send({ type: 'agenda:next' });
    const third = facilitator.state.view?.agenda[2]?.id;
    for (const c of [a, o]) {
      const state = await c.waitFor((s) => s.view?.meeting.currentItemId === third, 15_000);
      expect(state.view?.agenda.find((i) => i.id === second)?.spentMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('ends the session of a removed participant and refuses their reconnect', async () => {
    const { facilitator, a, amal, meeting } = await liveMeeting();
    await facilitator.send({ type: 'member:remove', memberId: amal.memberId });
    await expect(a.waitFor(() => false, 3000)).rejects.toMatchObject({ code: 'MEMBER_REMOVED' });
    const raw = rawSocket({
      protocolVersion: PROTOCOL_VERSION,
      meetingId: meeting.id,
      memberToken: amal.memberToken,
      lastSeq: 0,
    });
    expect((await raw.error).code).toBe('MEMBER_REMOVED');
    raw.socket.close();
    expect(raw.received.filter((r) => r.name === 'meeting:event')).toHaveLength(0);
    const response = await fetch(`${server.baseUrl}/api/meetings/${meeting.id}`, {
      headers: { authorization: `Bearer ${amal.memberToken}` },
    });
    expect(response.status).toBe(403);
  });
});

describe('the handshake', () => {
  it('refuses a foreign Origin, a stale protocol version and a missing credential', async () => {
    const { meeting, amal } = await liveMeeting();
    const auth = { protocolVersion: PROTOCOL_VERSION, meetingId: meeting.id, memberToken: amal.memberToken };
    const foreign = rawSocket(auth, { origin: 'https://evil.example' });
    const refused = await Promise.race([
      foreign.error.then(() => 'refused'),
      new Promise((r) => foreign.socket.on('connect', () => r('connected'))),
    ]);
    expect(refused).toBe('refused');
    foreign.socket.close();
    const stale = rawSocket({ ...auth, protocolVersion: PROTOCOL_VERSION + 1 });
    expect((await stale.error).code).toBe('PROTOCOL_VERSION_MISMATCH');
    stale.socket.close();
    const anonymous = rawSocket({ protocolVersion: PROTOCOL_VERSION, meetingId: meeting.id });
    expect((await anonymous.error).code).toBe('UNAUTHENTICATED');
    anonymous.socket.close();
  });
});
