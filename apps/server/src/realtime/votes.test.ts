import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import { PROTOCOL_VERSION } from '@hiwar/protocol';
import Database from 'better-sqlite3';
import { io as connectRaw } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, connect, startServer, type TestServer } from '../../test/harness.js';

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

/** Records every message the server sends to one person, as raw JSON. */
function wiretap(meetingId: string, credential: { memberToken?: string; cookie?: string }) {
  const received: string[] = [];
  const socket = connectRaw(server.baseUrl, {
    transports: ['websocket'],
    auth: { protocolVersion: PROTOCOL_VERSION, meetingId, memberToken: credential.memberToken },
    extraHeaders: { origin: server.baseUrl, ...(credential.cookie ? { cookie: credential.cookie } : {}) },
  });
  socket.onAny((name, payload) => received.push(`${name} ${JSON.stringify(payload)}`));
  closers.push(() => socket.close());
  return received;
}

/** A live meeting on its Chatham House discussion, with three recommendations and three participants. */
async function votingMeeting() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
  await facilitator.send({ type: 'meeting:start' });
  await facilitator.send({ type: 'agenda:jump', itemId: facilitator.state.view?.agenda[2]?.id ?? '' });
  const recommendations = [];
  for (const text of ['Multi-year core funding', 'Protection desks in embassies', 'Quotas in peace talks']) {
    const ack = await facilitator.send({ type: 'point:submit', text });
    recommendations.push(ack.createdId ?? '');
  }
  const people = [];
  for (const displayName of ['Hiba-VT91', 'Issam-VT92', 'Jana-VT93']) {
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    const joined = await guest.join(meeting.joinCode, { displayName });
    people.push({ ...joined, displayName, connection: await live(meeting.id, { memberToken: joined.memberToken }) });
  }
  return { http, meeting, facilitator, recommendations, people };
}

describe('dot voting', () => {
  it('hides every count from everyone until the close, then ranks the options for all', async () => {
    const { http, meeting, facilitator, recommendations, people } = await votingMeeting();
    const [hiba, issam, jana] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
    const tapFacilitator = wiretap(meeting.id, { cookie: http.sessionCookie });
    const tapParticipant = wiretap(meeting.id, { memberToken: jana.memberToken });
    const opened = await facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Which recommendations matter most?',
      options: recommendations.map((pointId) => ({ pointId })),
      dotsPerPerson: 2,
      allowStacking: true,
    });
    const vote = facilitator.state.view?.votes[0];
    expect(opened.seq).toBeGreaterThan(0);
    expect(vote?.options.map((o) => o.label)).toEqual([
      'Multi-year core funding',
      'Protection desks in embassies',
      'Quotas in peace talks',
    ]);
    const [funding, desks, quotas] = (vote?.options ?? []).map((o) => o.id) as [string, string, string];
    const voteId = vote?.id ?? '';
    await hiba.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [funding]: 2 } } });
    await issam.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [desks]: 1, [funding]: 1 } } });
    await jana.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [quotas]: 1 } } });
    // Jana moves her dot.
    await jana.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [desks]: 1 } } });
    await expect(
      jana.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [desks]: 3 } } }),
    ).rejects.toMatchObject({ code: 'VOTE_ALLOWANCE_EXCEEDED' });

    // Presence says how many people are connected, not how they voted: everything else is searched.
    const whileOpen = [...tapFacilitator, ...tapParticipant].filter((m) => !m.startsWith('presence:changed'));
    // Casting and moving dots sends nothing at all, not even a stand-in that could be counted.
    expect(whileOpen.some((m) => m.includes('Which recommendations matter most?'))).toBe(true);
    expect(whileOpen.filter((m) => m.includes('sequence:withheld'))).toEqual([]);
    expect(whileOpen.filter((m) => /"tallies"|"count"|"ballots":\d/.test(m))).toEqual([]);
    expect(facilitator.state.view?.votes[0]?.results).toBeNull();
    expect((await http.getMeeting(meeting.id)).votes[0]?.results).toBeNull();

    await facilitator.send({ type: 'vote:close', voteId });
    for (const person of people) {
      const { view } = await person.connection.waitFor((s) => s.view?.votes[0]?.status === 'closed');
      const results = view?.votes[0]?.results;
      expect(results?.ballots).toBe(3);
      expect(results?.tallies).toEqual([
        { optionId: funding, count: 3, rank: 1 },
        { optionId: desks, count: 2, rank: 2 },
        { optionId: quotas, count: 0, rank: 3 },
      ]);
    }
  });

  it('refuses stacking when not allowed, unknown options, a closed vote and another meeting’s vote', async () => {
    const first = await votingMeeting();
    const second = await votingMeeting();
    await first.facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Priorities',
      options: first.recommendations.map((pointId) => ({ pointId })),
    });
    const vote = first.facilitator.state.view?.votes[0];
    expect(vote?.dotsPerPerson).toBe(1);
    const [a, b] = (vote?.options ?? []).map((o) => o.id) as [string, string];
    const voter = first.people[0]?.connection as MeetingConnection;
    const cast = (dots: Record<string, number>, voteId = vote?.id ?? '') =>
      voter.send({ type: 'vote:cast', voteId, ballot: { dots } });
    await expect(cast({ [a]: 2 })).rejects.toMatchObject({ code: 'VOTE_STACKING_NOT_ALLOWED' });
    await expect(cast({ [a]: 1, [b]: 1 })).rejects.toMatchObject({ code: 'VOTE_ALLOWANCE_EXCEEDED' });
    await expect(cast({ unknownopt1: 1 })).rejects.toMatchObject({ code: 'VOTE_OPTION_UNKNOWN' });
    await second.facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Elsewhere',
      options: second.recommendations.map((pointId) => ({ pointId })),
    });
    const foreign = second.facilitator.state.view?.votes[0]?.id ?? '';
    await expect(cast({ [a]: 1 }, foreign)).rejects.toMatchObject({ code: 'VOTE_NOT_FOUND' });
    await first.facilitator.send({ type: 'vote:close', voteId: vote?.id ?? '' });
    await expect(cast({ [a]: 1 })).rejects.toMatchObject({ code: 'VOTE_CLOSED' });
    expect(first.facilitator.state.view?.votes[0]?.results?.ballots).toBe(0);
  });

  it('counts who has voted while the results stay hidden; moving one’s dots again counts once', async () => {
    const { facilitator, recommendations, people } = await votingMeeting();
    await facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Turnout',
      options: recommendations.map((pointId) => ({ pointId })),
      dotsPerPerson: 2,
    });
    const vote = facilitator.state.view?.votes[0];
    const voteId = vote?.id ?? '';
    const [a, b] = (vote?.options ?? []).map((o) => o.id) as [string, string];
    const [first, second] = people as [(typeof people)[0], (typeof people)[0]];
    await first.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [a]: 1 } } });
    await first.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [a]: 1, [b]: 1 } } });
    await second.connection.send({ type: 'vote:cast', voteId, ballot: { dots: { [b]: 1 } } });
    for (const c of [facilitator, first.connection, second.connection]) {
      await c.waitFor((st) => st.view?.votes[0]?.turnout === 2);
      // The count, never the choices: results stay hidden until the close.
      expect(c.state.view?.votes[0]?.results).toBeNull();
    }
  });

  it('reopens a closed vote with its ballots kept, and deletes a vote opened by mistake with its ballots', async () => {
    const { facilitator, recommendations, people } = await votingMeeting();
    const open = (title: string) =>
      facilitator.send({
        type: 'vote:open',
        kind: 'dots',
        title,
        options: recommendations.map((pointId) => ({ pointId })),
        dotsPerPerson: 2,
      });
    await open('Keep');
    const kept = facilitator.state.view?.votes[0];
    const [a] = (kept?.options ?? []).map((o) => o.id) as [string];
    const voter = people[0] as (typeof people)[0];
    await voter.connection.send({ type: 'vote:cast', voteId: kept?.id ?? '', ballot: { dots: { [a]: 1 } } });
    await facilitator.send({ type: 'vote:close', voteId: kept?.id ?? '' });
    await facilitator.send({ type: 'vote:reopen', voteId: kept?.id ?? '' });
    await voter.connection.waitFor((st) => st.view?.votes.find((v) => v.id === kept?.id)?.status === 'open');
    expect(voter.connection.state.view?.votes.find((v) => v.id === kept?.id)?.results).toBeNull();
    await expect(facilitator.send({ type: 'vote:reopen', voteId: kept?.id ?? '' })).rejects.toMatchObject({
      code: 'VOTE_ALREADY_OPEN',
    });
    await facilitator.send({ type: 'vote:close', voteId: kept?.id ?? '' });
    expect(facilitator.state.view?.votes.find((v) => v.id === kept?.id)?.results?.ballots).toBe(1);

    await open('Mistake');
    const mistake = facilitator.state.view?.votes.find((v) => v.title === 'Mistake');
    const [m] = (mistake?.options ?? []).map((o) => o.id) as [string];
    await voter.connection.send({ type: 'vote:cast', voteId: mistake?.id ?? '', ballot: { dots: { [m]: 1 } } });
    await expect(voter.connection.send({ type: 'vote:delete', voteId: mistake?.id ?? '' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await facilitator.send({ type: 'vote:delete', voteId: mistake?.id ?? '' });
    await voter.connection.waitFor((st) => st.view?.votes.length === 1);
    const db = new Database(server.databaseFile, { readonly: true });
    const left = db.prepare('select count(*) as n from ballots where vote_id = ?').get(mistake?.id ?? '') as {
      n: number;
    };
    db.close();
    expect(left.n).toBe(0);
  });

  it('shows a reconnecting participant their own dots, and stores no voter under the Chatham House Rule', async () => {
    const { meeting, facilitator, recommendations, people } = await votingMeeting();
    await facilitator.send({
      type: 'vote:open',
      kind: 'dots',
      title: 'Priorities',
      options: recommendations.map((pointId) => ({ pointId })),
      dotsPerPerson: 2,
    });
    const vote = facilitator.state.view?.votes[0];
    const [a, b] = (vote?.options ?? []).map((o) => o.id) as [string, string];
    const hiba = people[0] as (typeof people)[0];
    await hiba.connection.send({ type: 'vote:cast', voteId: vote?.id ?? '', ballot: { dots: { [a]: 1, [b]: 1 } } });
    hiba.connection.close();
    const back = await live(meeting.id, { memberToken: hiba.memberToken });
    expect(back.state.view?.myBallots).toEqual([{ voteId: vote?.id, ballot: { dots: { [a]: 1, [b]: 1 } } }]);
    expect(back.state.view?.votes[0]?.results).toBeNull();
    await expect(
      facilitator.send({
        type: 'vote:open',
        kind: 'single',
        title: 'Named here?',
        options: [{ label: 'Yes' }, { label: 'No' }],
        named: true,
      }),
    ).rejects.toMatchObject({ code: 'VOTE_NAMED_NOT_ALLOWED' });
    // A second press of "Open dot vote" while the same vote is open opens nothing.
    await expect(
      facilitator.send({
        type: 'vote:open',
        kind: 'dots',
        title: 'Priorities',
        options: recommendations.map((pointId) => ({ pointId })),
        dotsPerPerson: 2,
      }),
    ).rejects.toMatchObject({ code: 'VOTE_ALREADY_OPEN' });
    expect(facilitator.state.view?.votes).toHaveLength(1);
    const db = new Database(server.databaseFile, { readonly: true });
    const rows = JSON.stringify(db.prepare('select * from ballots').all());
    db.close();
    for (const person of people) {
      expect(rows).not.toContain(person.memberId);
      expect(rows).not.toContain(person.displayName);
    }
  });
});

describe('names in votes', () => {
  it('keeps a named ballot apart from everything else the person did, and forgets names when the item leaves the record', async () => {
    const { http, meeting, facilitator, people } = await votingMeeting();
    const onRecord = facilitator.state.view?.agenda[1]?.id ?? '';
    const hiba = people[0] as (typeof people)[0];
    // Under the Chatham House Rule, Hiba sends and supports a point.
    const pointId =
      (await hiba.connection.send({ type: 'point:submit', text: 'A Chatham House remark' })).createdId ?? '';
    await facilitator.send({ type: 'point:moderate', pointId, status: 'published' });
    await hiba.connection.send({ type: 'point:support', pointId });
    // On the record, a named vote.
    await facilitator.send({ type: 'agenda:jump', itemId: onRecord });
    await facilitator.send({
      type: 'vote:open',
      kind: 'single',
      title: 'Named question',
      options: [{ label: 'Yes' }, { label: 'No' }],
      named: true,
    });
    const poll = facilitator.state.view?.votes.at(-1);
    await hiba.connection.send({
      type: 'vote:cast',
      voteId: poll?.id ?? '',
      ballot: { optionIds: [poll?.options[0]?.id ?? ''] },
    });
    const db = new Database(server.databaseFile, { readonly: true });
    const ballotTokens = db.prepare('select voter_token as t, voter_name as n from ballots').all() as {
      t: string;
      n: string;
    }[];
    const otherTokens = new Set([
      ...(
        db.prepare('select author_token as t from points where author_token is not null').all() as { t: string }[]
      ).map((r) => r.t),
      ...(db.prepare('select token as t from point_supports').all() as { t: string }[]).map((r) => r.t),
    ]);
    db.close();
    expect(ballotTokens.find((b) => b.n === 'Hiba-VT91')).toBeTruthy();
    expect(ballotTokens.filter((b) => otherTokens.has(b.t))).toEqual([]);

    // The item is switched to the Chatham House Rule: the vote stops being named and its voters are forgotten.
    await facilitator.send({
      type: 'agenda:update-item',
      itemId: onRecord,
      changes: { confidentiality: 'chatham-house' },
    });
    const after = new Database(server.databaseFile, { readonly: true });
    const names = after.prepare('select voter_name as n from ballots where voter_name is not null').all();
    after.close();
    expect(names).toEqual([]);
    await facilitator.send({ type: 'vote:close', voteId: poll?.id ?? '' });
    expect((await http.getMeeting(meeting.id)).votes.at(-1)?.results?.voters).toBeNull();
  });

  it('refuses a point that is not published as an option', async () => {
    const { facilitator, people } = await votingMeeting();
    const pending = (
      await (people[0] as (typeof people)[0]).connection.send({ type: 'point:submit', text: 'Not yet public' })
    ).createdId;
    const published = facilitator.state.view?.points[0]?.id ?? '';
    await expect(
      facilitator.send({
        type: 'vote:open',
        kind: 'dots',
        title: 'Leaky?',
        options: [{ pointId: published }, { pointId: pending ?? '' }],
      }),
    ).rejects.toMatchObject({ code: 'POINT_NOT_FOUND' });
  });
});

describe('quick polls', () => {
  it('takes one answer per person, shows live results when chosen, and collects other answers', async () => {
    const { facilitator, people } = await votingMeeting();
    await facilitator.send({
      type: 'vote:open',
      kind: 'single',
      title: 'Where should the next meeting be?',
      options: [{ label: 'Tunis' }, { label: 'Amman' }],
      allowOther: true,
      liveResults: true,
    });
    const poll = facilitator.state.view?.votes[0];
    const [tunis] = (poll?.options ?? []).map((o) => o.id) as [string];
    const [hiba, issam] = people as [(typeof people)[0], (typeof people)[0]];
    await hiba.connection.send({ type: 'vote:cast', voteId: poll?.id ?? '', ballot: { optionIds: [tunis] } });
    await expect(
      hiba.connection.send({ type: 'vote:cast', voteId: poll?.id ?? '', ballot: { optionIds: [tunis] } }),
    ).rejects.toMatchObject({ code: 'VOTE_ALREADY_CAST' });
    await issam.connection.send({ type: 'vote:cast', voteId: poll?.id ?? '', ballot: { other: 'Online only' } });
    const { view } = await (people[2] as (typeof people)[0]).connection.waitFor(
      (s) => s.view?.votes[0]?.results?.ballots === 2,
    );
    expect(view?.votes[0]?.results?.tallies[0]).toEqual({ optionId: tunis, count: 1, rank: 1 });
    expect(view?.votes[0]?.results?.other).toEqual(['Online only']);
  });

  it('averages a scale', async () => {
    const { facilitator, people } = await votingMeeting();
    await facilitator.send({
      type: 'vote:open',
      kind: 'scale',
      title: 'How useful was today?',
      scaleMin: 1,
      scaleMax: 5,
    });
    const voteId = facilitator.state.view?.votes[0]?.id ?? '';
    for (const [i, person] of people.entries()) {
      await person.connection.send({ type: 'vote:cast', voteId, ballot: { value: [5, 4, 3][i] ?? 1 } });
    }
    await expect(
      (people[0] as (typeof people)[0]).connection.send({ type: 'vote:cast', voteId, ballot: { value: 9 } }),
    ).rejects.toMatchObject({ code: 'VOTE_ALREADY_CAST' });
    await facilitator.send({ type: 'vote:close', voteId });
    const results = facilitator.state.view?.votes[0]?.results;
    expect(results?.average).toBe(4);
    expect(results?.tallies.filter((t) => t.count > 0).map((t) => t.optionId)).toEqual(['3', '4', '5']);
  });
});
