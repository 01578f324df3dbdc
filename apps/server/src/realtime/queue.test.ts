import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import { balanceByCategory, turnRemainingMs } from '@hiwar/domain';
import Database from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, connect, startServer, type TestServer } from '../../test/harness.js';

let server: TestServer;
const open: MeetingConnection[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterEach(() => {
  for (const c of open.splice(0)) c.close();
});
afterAll(async () => {
  await server.stop();
});

const live = async (meetingId: string, credential: { memberToken?: string; sessionCookie?: string }) => {
  const c = await connect(server, meetingId, credential);
  open.push(c);
  return c;
};

const SECTOR = {
  id: 'sector',
  name: 'Sector',
  options: [
    { id: 'civil-society', label: 'Civil society' },
    { id: 'government', label: 'Government' },
  ],
};

/** A running meeting with a facilitator and three participants, each connected live. */
async function runningMeeting() {
  const { http, meeting } = await buildMeeting(server);
  const facilitator = await live(meeting.id, { sessionCookie: http.sessionCookie });
  await facilitator.send({ type: 'meeting:set-categories', categories: [SECTOR] });
  await facilitator.send({ type: 'meeting:start' });
  const people = [];
  for (const [name, sector] of [
    ['Rim', 'civil-society'],
    ['Yazan', 'government'],
    ['Dalia', 'civil-society'],
  ] as const) {
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    const joined = await guest.join(meeting.joinCode, { displayName: name, categories: { sector } });
    people.push({ name, ...joined, connection: await live(meeting.id, { memberToken: joined.memberToken }) });
  }
  const [rim, yazan, dalia] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  return { http, meeting, facilitator, rim, yazan, dalia };
}

const names = (c: MeetingConnection) => c.state.view?.queue.entries.map((e) => e.name) ?? [];

describe('the speaker queue', () => {
  it('orders hands by policy, lets a point of order jump ahead, and everyone sees the same queue', async () => {
    const { facilitator, rim, yazan, dalia } = await runningMeeting();
    await rim.connection.send({ type: 'queue:raise-hand', kind: 'new-point' });
    await yazan.connection.send({ type: 'queue:raise-hand', kind: 'new-point' });
    await dalia.connection.send({ type: 'queue:raise-hand', kind: 'point-of-order' });
    for (const c of [facilitator, rim.connection, yazan.connection, dalia.connection]) {
      await c.waitFor((s) => s.view?.queue.entries.length === 3);
      expect(names(c)).toEqual(['Dalia', 'Rim', 'Yazan']);
    }
  });

  it('puts people who have not spoken first on a progressive stack', async () => {
    const { facilitator, rim, yazan } = await runningMeeting();
    await rim.connection.send({ type: 'queue:raise-hand' });
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null });
    const turnId = facilitator.state.view?.queue.floor?.turnId ?? '';
    await facilitator.send({ type: 'queue:end-turn', turnId });
    await rim.connection.send({ type: 'queue:raise-hand' });
    await yazan.connection.send({ type: 'queue:raise-hand' });
    await facilitator.waitFor((s) => s.view?.queue.entries.length === 2);
    expect(names(facilitator)).toEqual(['Yazan', 'Rim']);
    await facilitator.send({ type: 'queue:set-settings', settings: { policy: 'first-come' } });
    expect(names(facilitator)).toEqual(['Rim', 'Yazan']);
  });

  it('lets the speaker hand the floor back, and nobody else end their turn', async () => {
    const { facilitator, rim, yazan } = await runningMeeting();
    await rim.connection.send({ type: 'queue:raise-hand' });
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null });
    await rim.connection.waitFor((s) => s.view?.queue.floor?.memberId === rim.memberId);
    const turnId = rim.connection.state.view?.queue.floor?.turnId ?? '';
    await expect(yazan.connection.send({ type: 'queue:yield-floor', turnId })).rejects.toMatchObject({
      code: 'QUEUE_NOT_YOUR_TURN',
    });
    await rim.connection.send({ type: 'queue:yield-floor', turnId });
    await facilitator.waitFor((s) => s.view?.queue.floor === null);
    // Handing back twice does nothing more.
    await expect(rim.connection.send({ type: 'queue:yield-floor', turnId })).rejects.toMatchObject({
      code: 'QUEUE_TURN_NOT_CURRENT',
    });
    expect(facilitator.state.view?.members?.find((m) => m.id === rim.memberId)?.turns).toBe(1);
  });

  it('moves the floor once when two facilitators press next at the same moment', async () => {
    const { facilitator, rim, yazan, meeting, http } = await runningMeeting();
    await facilitator.send({ type: 'member:set-role', memberId: yazan.memberId, role: 'co-facilitator' });
    await rim.connection.send({ type: 'queue:raise-hand' });
    await yazan.connection.waitFor((s) => (s.view?.members?.length ?? 0) === 4);
    await yazan.connection.waitFor((s) => s.view?.queue.entries.length === 1);
    const results = await Promise.allSettled([
      facilitator.send({ type: 'queue:give-floor', fromTurnId: null }),
      yazan.connection.send({ type: 'queue:give-floor', fromTurnId: null }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.code).toBe('QUEUE_ALREADY_ADVANCED');
    const snapshot = await http.getMeeting(meeting.id);
    expect(snapshot.queue.floor?.name).toBe('Rim');
    expect(snapshot.members?.find((m) => m.id === rim.memberId)?.turns).toBe(1);
  });

  it('keeps a raised hand through a disconnect and a server restart, showing the person offline', async () => {
    const { facilitator, rim, yazan, meeting } = await runningMeeting();
    await rim.connection.send({ type: 'queue:raise-hand', kind: 'clarification' });
    await yazan.connection.send({ type: 'queue:raise-hand' });
    rim.connection.close();
    await facilitator.waitFor(
      (s) => s.presence.memberIds !== undefined && !s.presence.memberIds.includes(rim.memberId),
    );
    expect(names(facilitator)).toEqual(['Rim', 'Yazan']);
    await server.restart();
    await facilitator.waitFor((s) => s.status === 'online', 15_000);
    const back = await live(meeting.id, { memberToken: rim.memberToken });
    expect(back.state.view?.queue.entries.map((e) => [e.name, e.kind])).toEqual([
      ['Rim', 'clarification'],
      ['Yazan', 'new-point'],
    ]);
    await expect(back.send({ type: 'queue:raise-hand' })).rejects.toMatchObject({ code: 'QUEUE_ALREADY_RAISED' });
  });

  it('refuses participants and observers what their role does not allow, changing nothing', async () => {
    const { facilitator, rim, yazan, dalia } = await runningMeeting();
    await facilitator.send({ type: 'member:set-role', memberId: dalia.memberId, role: 'observer' });
    await rim.connection.send({ type: 'queue:raise-hand' });
    await yazan.connection.send({ type: 'queue:raise-hand' });
    await rim.connection.waitFor((s) => s.view?.queue.entries.length === 2);
    const seq = facilitator.state.view?.meeting.seq;
    const [first, second] = rim.connection.state.view?.queue.entries ?? [];
    const attempts: [() => Promise<unknown>, string][] = [
      [
        () => rim.connection.send({ type: 'queue:reorder', entryIds: [second?.id ?? '', first?.id ?? ''] }),
        'FORBIDDEN',
      ],
      [() => rim.connection.send({ type: 'queue:give-floor', fromTurnId: null }), 'FORBIDDEN'],
      [() => rim.connection.send({ type: 'queue:remove', entryId: second?.id ?? '' }), 'FORBIDDEN'],
      [() => rim.connection.send({ type: 'queue:raise-hand' }), 'QUEUE_ALREADY_RAISED'],
      [() => dalia.connection.send({ type: 'queue:raise-hand' }), 'FORBIDDEN'],
      [() => rim.connection.send({ type: 'queue:clear' }), 'FORBIDDEN'],
    ];
    for (const [attempt, code] of attempts) await expect(attempt()).rejects.toMatchObject({ code });
    expect(facilitator.state.view?.meeting.seq).toBe(seq);
    expect(names(facilitator)).toEqual(['Rim', 'Yazan']);
  });

  it('times turns by the server clock, with the current item’s own limit', async () => {
    const { facilitator, rim } = await runningMeeting();
    const item = facilitator.state.view?.agenda[0];
    await facilitator.send({
      type: 'agenda:update-item',
      itemId: item?.id ?? '',
      changes: { speakingLimitSeconds: 90 },
    });
    await rim.connection.send({ type: 'queue:raise-hand' });
    const before = Date.now();
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null });
    const { view } = await rim.connection.waitFor((s) => s.view?.queue.floor !== null);
    const floor = view?.queue.floor;
    expect(floor?.limitMs).toBe(90_000);
    expect(floor?.startedAt).toBeGreaterThanOrEqual(before);
    const remaining = turnRemainingMs({ floor: floor ?? null }, rim.connection.serverNow());
    expect(remaining).toBeGreaterThan(85_000);
    // The offset is estimated from message times, so it may be off by the latency of one message.
    expect(remaining).toBeLessThanOrEqual(91_000);
  });

  it('keeps only totals per person and per category, never a timeline of turns', async () => {
    const { facilitator, rim, yazan, meeting } = await runningMeeting();
    for (const person of [rim, yazan, rim]) {
      await person.connection.send({ type: 'queue:raise-hand' });
      await facilitator.send({
        type: 'queue:give-floor',
        fromTurnId: facilitator.state.view?.queue.floor?.turnId ?? null,
      });
      await new Promise((r) => setTimeout(r, 30));
      await facilitator.send({ type: 'queue:end-turn', turnId: facilitator.state.view?.queue.floor?.turnId ?? '' });
    }
    const members = facilitator.state.view?.members ?? [];
    const rimTotals = members.find((m) => m.id === rim.memberId);
    expect(rimTotals?.turns).toBe(2);
    expect(rimTotals?.floorMs).toBeGreaterThanOrEqual(50);
    const [sector] = balanceByCategory(members, facilitator.state.view?.meeting.balanceCategories ?? []);
    const row = (id: string | null) => sector?.rows.find((r) => r.optionId === id);
    expect(row('civil-society')).toMatchObject({ people: 2, turns: 2 });
    expect(row('government')).toMatchObject({ people: 1, turns: 1 });
    expect(row(null)).toMatchObject({ people: 1, turns: 0 });

    // Nothing stored ties a turn or a raised hand to a person: search every table for the member ids.
    const db = new Database(server.databaseFile, { readonly: true });
    const tables = (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[])
      .map((t) => t.name)
      .filter((t) => t !== 'members');
    const hits: string[] = [];
    for (const table of tables) {
      for (const row of db.prepare(`select * from "${table}"`).all() as Record<string, unknown>[]) {
        const text = JSON.stringify(row);
        if (text.includes(meeting.id) && (text.includes(rim.memberId) || text.includes(yazan.memberId))) {
          hits.push(`${table}: ${text.slice(0, 120)}`);
        }
      }
    }
    db.close();
    // Only the join events remain, which say who is in the meeting, not when anyone spoke.
    expect(hits.every((h) => h.includes('member:joined'))).toBe(true);
  });

  it('refuses a balance answer that is not one of the meeting’s options', async () => {
    const { meeting } = await runningMeeting();
    const guest = new HiwarHttp({ baseUrl: server.baseUrl });
    await expect(
      guest.join(meeting.joinCode, { displayName: 'X', categories: { sector: 'military' } }),
    ).rejects.toMatchObject({ code: 'CATEGORY_UNKNOWN' });
  });

  it('lets the facilitator add a person in the room, reorder, pause, close and clear', async () => {
    const { facilitator, rim } = await runningMeeting();
    await rim.connection.send({ type: 'queue:raise-hand' });
    await facilitator.send({ type: 'queue:add-person', name: null, kind: 'new-point' });
    await facilitator.send({ type: 'queue:add-person', name: 'Speaker at the back', kind: 'direct-reply' });
    expect(names(facilitator)).toEqual(['Speaker at the back', 'Rim', null]);
    const ids = facilitator.state.view?.queue.entries.map((e) => e.id) ?? [];
    await facilitator.send({ type: 'queue:reorder', entryIds: [ids[2] ?? '', ids[0] ?? '', ids[1] ?? ''] });
    await rim.connection.waitFor((s) => s.view?.queue.entries[0]?.name === null);
    await facilitator.send({ type: 'queue:set-status', status: 'paused' });
    await expect(facilitator.send({ type: 'queue:give-floor', fromTurnId: null })).rejects.toMatchObject({
      code: 'QUEUE_PAUSED',
    });
    await facilitator.send({ type: 'queue:set-status', status: 'closed' });
    await rim.connection.send({ type: 'queue:lower-hand' });
    await expect(rim.connection.send({ type: 'queue:raise-hand' })).rejects.toMatchObject({ code: 'QUEUE_CLOSED' });
    await facilitator.send({ type: 'queue:clear' });
    await rim.connection.waitFor((s) => s.view?.queue.entries.length === 0 && s.view.queue.status === 'closed');
  });
});
