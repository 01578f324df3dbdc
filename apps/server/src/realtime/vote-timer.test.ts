import type { MeetingConnection } from '@hiwar/client';
import { PROTOCOL_VERSION } from '@hiwar/protocol';
import { io as connectRaw } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildMeeting, buildParticipant, connect, startServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
const open: MeetingConnection[] = [];
const closers: (() => void)[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
  for (const close of closers.splice(0)) close();
});
afterAll(async () => {
  await server.stop();
});

const live = async (meetingId: string, credential: { memberToken?: string; sessionCookie?: string }) => {
  const c = await connect(server, meetingId, credential);
  open.push(c);
  return c;
};

/** Every `meeting:event` one person's socket receives, as sent. */
function eventsReceivedBy(meetingId: string, credential: { memberToken?: string; cookie?: string }) {
  const received: { type: string; voteId?: string }[] = [];
  const socket = connectRaw(server.baseUrl, {
    transports: ['websocket'],
    auth: { protocolVersion: PROTOCOL_VERSION, meetingId, memberToken: credential.memberToken },
    extraHeaders: { origin: server.baseUrl, ...(credential.cookie ? { cookie: credential.cookie } : {}) },
  });
  socket.on('meeting:event', (event) => received.push(event));
  closers.push(() => socket.close());
  return new Promise<typeof received>((resolve) => socket.on('session:welcomed', () => resolve(received)));
}

/** A live meeting with a participant on their phone. */
async function liveMeeting() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
  await facilitator.send({ type: 'meeting:start' });
  const guest = await buildParticipant(server, meeting.joinCode, 'Nour-TT41');
  const participant = await live(meeting.id, { memberToken: guest.memberToken });
  return { http, meeting, facilitator, participant, guest };
}

const poll = {
  type: 'vote:open' as const,
  kind: 'single' as const,
  title: 'Meet again in spring?',
  options: [{ label: 'Yes' }, { label: 'No' }],
};

describe('a vote with a timer', () => {
  it('closes itself at its deadline, and everyone receives the close with the results', async () => {
    const { http, meeting, facilitator, participant, guest } = await liveMeeting();
    const facilitatorHears = await eventsReceivedBy(meeting.id, { cookie: http.sessionCookie });
    const participantHears = await eventsReceivedBy(meeting.id, { memberToken: guest.memberToken });
    const before = Date.now();
    await facilitator.send({ ...poll, durationSeconds: 1 });
    const vote = facilitator.state.view?.votes[0];
    expect(vote?.closesAt).toBeGreaterThanOrEqual(before + 1000);
    await participant.waitFor((s) => s.view?.votes[0]?.id === vote?.id);
    // The participant's phone counts down to the same moment the facilitator's console does.
    expect(participant.state.view?.votes[0]?.closesAt).toBe(vote?.closesAt);
    await participant.send({
      type: 'vote:cast',
      voteId: vote?.id ?? '',
      ballot: { optionIds: [vote?.options[0]?.id ?? ''] },
    });

    // Nobody presses Close: the server does, once the second has passed.
    await participant.waitFor((s) => s.view?.votes[0]?.status === 'closed', 5000);
    const closed = participant.state.view?.votes[0];
    expect(closed?.closedAt).toBeGreaterThanOrEqual(vote?.closesAt ?? Number.POSITIVE_INFINITY);
    expect(closed?.results?.tallies.find((t) => t.optionId === vote?.options[0]?.id)?.count).toBe(1);
    await facilitator.waitFor((s) => s.view?.votes[0]?.status === 'closed');
    for (const heard of [facilitatorHears, participantHears]) {
      await vi.waitFor(() =>
        expect(heard.filter((e) => e.type === 'vote:closed' && e.voteId === vote?.id)).toHaveLength(1),
      );
    }
    // Ballots after the deadline are refused like any ballot in a closed vote.
    await expect(
      facilitator.send({
        type: 'vote:cast',
        voteId: vote?.id ?? '',
        ballot: { optionIds: [vote?.options[1]?.id ?? ''] },
      }),
    ).rejects.toMatchObject({ code: 'VOTE_CLOSED' });
  });

  it('can still be closed by hand before its time, and then closes only once', async () => {
    const { facilitator, participant } = await liveMeeting();
    await facilitator.send({ ...poll, durationSeconds: 1 });
    const voteId = facilitator.state.view?.votes[0]?.id ?? '';
    await facilitator.send({ type: 'vote:close', voteId });
    const closedAt = facilitator.state.view?.votes[0]?.closedAt;
    const seq = facilitator.state.view?.meeting.seq;
    await new Promise((resolve) => setTimeout(resolve, 1300));
    await participant.sync();
    // The timer was dropped with the close: no second close, no new event.
    expect(participant.state.view?.meeting.seq).toBe(seq);
    expect(participant.state.view?.votes[0]?.closedAt).toBe(closedAt);
  });

  it('a vote without a timer stays open', async () => {
    const { facilitator } = await liveMeeting();
    await facilitator.send(poll);
    expect(facilitator.state.view?.votes[0]?.closesAt).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(facilitator.state.view?.votes[0]?.status).toBe('open');
  });

  it('rejects a timer longer than an hour and changes nothing', async () => {
    const { facilitator } = await liveMeeting();
    await expect(facilitator.send({ ...poll, durationSeconds: 3601 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(facilitator.send({ ...poll, durationSeconds: 0 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect(facilitator.state.view?.votes).toEqual([]);
  });
});

describe('a vote timer across a restart', () => {
  it('closes at start a vote whose deadline passed while the server was down, and re-arms one still running', async () => {
    const { http, meeting, facilitator } = await liveMeeting();
    await facilitator.send({ ...poll, title: 'Passes while down', durationSeconds: 60 });
    await facilitator.send({ ...poll, title: 'Still running', durationSeconds: 3600 });
    const [passes, running] = facilitator.state.view?.votes ?? [];
    for (const c of open.splice(0)) c.close();

    // The server comes back two minutes later: the first deadline is behind it, the second an hour ahead.
    const offset = 120_000;
    await server.restart({ clock: () => Date.now() + offset });
    try {
      const back = await live(meeting.id, { sessionCookie: http.sessionCookie });
      await back.waitFor((s) => s.view?.votes.find((v) => v.id === passes?.id)?.status === 'closed');
      const view = back.state.view;
      expect(view?.votes.find((v) => v.id === passes?.id)?.closedAt).toBeGreaterThanOrEqual(passes?.closesAt ?? 0);
      expect(view?.votes.find((v) => v.id === running?.id)).toMatchObject({
        status: 'open',
        closesAt: running?.closesAt,
      });
    } finally {
      await server.restart({ clock: Date.now });
    }
  });
});
