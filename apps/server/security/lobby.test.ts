import { HiwarHttp } from '@hiwar/client';
import { PROTOCOL_VERSION } from '@hiwar/protocol';
import { io, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 10: lock, join-code rotation and a waiting room in which nobody is let in without an
 * explicit admit, and nobody waiting receives anything of the meeting.
 */

const CANARY = 'canary-lobby-7f3a';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** A raw socket that records every message the server sends it, so nothing can hide in a client's filter. */
function rawSocket(meetingId: string, memberToken: string) {
  const received: { event: string; payload: unknown }[] = [];
  const socket: Socket = io(server.baseUrl, {
    path: '/socket.io',
    transports: ['websocket'],
    auth: { protocolVersion: PROTOCOL_VERSION, meetingId, memberToken },
    extraHeaders: { origin: server.baseUrl },
    reconnection: false,
  });
  socket.onAny((event: string, payload: unknown) => received.push({ event, payload }));
  return { socket, received };
}

const until = async (check: () => boolean, timeoutMs = 5000) => {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('lobby and lock', () => {
  it('keeps newcomers in the waiting room, with nothing of the meeting, until an explicit admit', async () => {
    const { http: facilitator, meeting } = await buildMeeting(server);
    // The facilitator turns the waiting room on and is not connected when people arrive.
    expect((await facilitator.command(meeting.id, { type: 'meeting:set-lobby', waitingRoom: true })).ok).toBe(true);
    const early = await buildParticipant(server, meeting.joinCode, 'Early bird');
    expect(early.waiting).toBe(true);
    const raw = rawSocket(meeting.id, early.memberToken);
    await until(() => raw.received.some((r) => r.event === 'session:waiting'));

    // Waiting: no snapshot over HTTP, no commands on either path, no catch-up.
    const asEarly = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: early.memberToken });
    await expect(asEarly.command(meeting.id, { type: 'queue:raise-hand' })).rejects.toMatchObject({
      code: 'MEMBER_WAITING',
    });
    const snapshot = await fetch(`${server.baseUrl}/api/meetings/${meeting.id}`, {
      headers: { authorization: `Bearer ${early.memberToken}` },
    });
    expect(snapshot.status).toBe(403);
    const socketCommand = await raw.socket
      .timeout(2000)
      .emitWithAck('meeting:command', { type: 'queue:raise-hand', commandId: 'lobby-cmd-0001' });
    expect(socketCommand).toMatchObject({ ok: false, error: { code: 'MEMBER_WAITING' } });
    const sync = await raw.socket.timeout(2000).emitWithAck('meeting:sync', { lastSeq: 0 });
    expect(sync).toMatchObject({ ok: false, error: { code: 'MEMBER_WAITING' } });

    // The meeting goes on meanwhile, with a canary in its data.
    const staff = await connect(server, meeting.id, { sessionCookie: facilitator.sessionCookie });
    await staff.send({ type: 'meeting:start' });
    await staff.send({ type: 'theme:add', themes: [{ name: CANARY, colour: '#2f5da8' }] });
    await staff.send({ type: 'point:submit', text: `A point about ${CANARY}` });
    await staff.send({ type: 'meeting:update', details: { description: CANARY } });

    // Rotating the code while they wait: the old link stops working, they keep waiting.
    const oldCode = meeting.joinCode;
    await staff.send({ type: 'meeting:rotate-code' });
    await until(() => staff.state.view?.meeting.joinCode !== oldCode);
    const newCode = staff.state.view?.meeting.joinCode as string;
    await expect(buildParticipant(server, oldCode, 'Old link')).rejects.toMatchObject({ code: 'JOIN_CODE_NOT_FOUND' });
    const late = await buildParticipant(server, newCode, 'Late');
    expect(late.waiting).toBe(true);
    const lateRaw = rawSocket(meeting.id, late.memberToken);
    await until(() => lateRaw.received.some((r) => r.event === 'session:waiting'));
    await new Promise((r) => setTimeout(r, 300));

    // Nobody in the room learns that someone waits: presence counts only those admitted.
    await until(() => staff.state.presence.count === 1);
    expect(staff.state.presence.memberIds).toEqual([staff.state.view?.self.id]);
    const leaked = (list: typeof raw.received) => list.filter((r) => JSON.stringify(r.payload).includes(CANARY));
    const meetingMessages = (list: typeof raw.received) => list.filter((r) => r.event !== 'session:waiting');
    const beforeAdmit = [...meetingMessages(raw.received), ...meetingMessages(lateRaw.received)];
    const admittedWithoutAdmit = [early.memberId, late.memberId].filter((id) =>
      staff.state.view?.members?.some((m) => m.id === id && !m.waiting),
    );
    figure('lobby', 'meeting messages reaching people in the waiting room', beforeAdmit.length);
    figure(
      'lobby',
      'canary hits in waiting-room payloads',
      leaked(raw.received).length + leaked(lateRaw.received).length,
    );
    figure('lobby', 'people admitted without an admit', admittedWithoutAdmit.length);
    expect(beforeAdmit.map((r) => r.event)).toEqual([]);
    expect(admittedWithoutAdmit).toEqual([]);
    expect(staff.state.view?.members?.filter((m) => m.waiting).map((m) => m.displayName)).toEqual([
      'Early bird',
      'Late',
    ]);

    // Admit one: the meeting is pushed to them live, no reload.
    await staff.send({ type: 'member:admit', memberIds: [early.memberId] });
    await until(() => raw.received.some((r) => r.event === 'session:welcomed'));
    const welcomed = raw.received.find((r) => r.event === 'session:welcomed')?.payload as {
      self: { id: string };
      meeting: { joinCode: string };
    };
    expect(welcomed.self.id).toBe(early.memberId);
    // Participants never learn the (rotated) join code: only those who invite do.
    expect(welcomed.meeting.joinCode).toBe('');
    await until(() => staff.state.presence.count === 2);
    expect((await asEarly.command(meeting.id, { type: 'queue:raise-hand' })).ok).toBe(true);
    // Events now reach them; the late one still gets nothing.
    await staff.send({ type: 'queue:set-status', status: 'paused' });
    await until(() => raw.received.some((r) => r.event === 'meeting:event'));
    expect(meetingMessages(lateRaw.received)).toEqual([]);

    // Admit all: the late one is in too.
    await staff.send({ type: 'member:admit' });
    await until(() => lateRaw.received.some((r) => r.event === 'session:welcomed'));
    await expect(staff.send({ type: 'member:admit' })).rejects.toMatchObject({ code: 'MEMBER_NOT_WAITING' });
    raw.socket.close();
    lateRaw.socket.close();
    staff.close();
  });

  it('locks a meeting against new joins and says so on the join page; members already in stay', async () => {
    const { http: facilitator, meeting } = await buildMeeting(server);
    const inside = await buildParticipant(server, meeting.joinCode, 'Inside');
    await facilitator.command(meeting.id, { type: 'meeting:set-lobby', locked: true });
    const info = await new HiwarHttp({ baseUrl: server.baseUrl }).joinInfo(meeting.joinCode);
    expect(info.locked).toBe(true);
    let joinsThroughLock = 0;
    for (let i = 0; i < 5; i++) {
      try {
        await buildParticipant(server, meeting.joinCode, `Outsider ${i}`);
        joinsThroughLock += 1;
      } catch (err) {
        expect(err).toMatchObject({ code: 'MEETING_LOCKED' });
      }
    }
    figure('lobby', 'joins through a locked meeting', joinsThroughLock);
    expect(joinsThroughLock).toBe(0);
    const connection = await connect(server, meeting.id, { memberToken: inside.memberToken });
    expect(connection.state.view?.self.displayName).toBe('Inside');
    connection.close();
    await facilitator.command(meeting.id, { type: 'meeting:set-lobby', locked: false });
    expect((await buildParticipant(server, meeting.joinCode, 'After unlock')).memberToken).toBeTruthy();
  });

  it('lets only the owner make or unmake co-facilitators', async () => {
    const { http: owner, meeting } = await buildMeeting(server);
    const co = await buildParticipant(server, meeting.joinCode, 'Co');
    const other = await buildParticipant(server, meeting.joinCode, 'Other');
    await owner.command(meeting.id, { type: 'member:set-role', memberId: co.memberId, role: 'co-facilitator' });
    const asCo = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: co.memberToken });
    await expect(
      asCo.command(meeting.id, { type: 'member:set-role', memberId: other.memberId, role: 'co-facilitator' }),
    ).rejects.toMatchObject({ code: 'OWNER_ONLY' });
    // The co-facilitator still runs the meeting otherwise.
    const ack = await asCo.command(meeting.id, { type: 'member:set-role', memberId: other.memberId, role: 'observer' });
    expect(ack.ok).toBe(true);
    expect(
      (await owner.command(meeting.id, { type: 'member:set-role', memberId: co.memberId, role: 'participant' })).ok,
    ).toBe(true);
  });
});
