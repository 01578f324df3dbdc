import { HiwarHttp, type MeetingConnection } from '@hiwar/client';
import { PROTOCOL_VERSION, type Role } from '@hiwar/protocol';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, startServer, type TestServer } from '../test/harness.js';
import { hitsIn, hitsInFile, hitsInTables, recordingSocket, total } from './canaries.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 2: when an agenda item leaves the record, no copy of a name stays anywhere: not in a
 * table, not in the database or -wal file's bytes, not in the log, and not in any payload a role gets
 * afterwards (snapshot, catch-up from every sequence number, live events).
 */
let server: TestServer;
beforeAll(async () => {
  // This test catches up from every sequence number in a burst, far beyond a person's sync budget.
  server = await startServer({ env: { HIWAR_BUDGET_SYNC_BURST: '5000' } });
});
afterAll(async () => {
  await server.stop();
});

const SPEAKER = 'Zephyrine Qwertyson';
const SPEAKER_ORG = 'Xylocanary Institute';
const VOTER_A = 'Vexillia Canarymoth';
const VOTER_B = 'Quillon Canaryfinch';
const CANARIES = [SPEAKER, SPEAKER_ORG, VOTER_A, VOTER_B];
const ZERO_PHASE = { tables: 0, 'server log': 0, 'live events': 0, snapshots: 0, 'catch-up': 0 };

describe('an item that leaves the record', () => {
  it('keeps no name of its speaker or voters anywhere', async () => {
    const owner = new HiwarHttp({ baseUrl: server.baseUrl });
    await owner.signUp({ email: `owner-${Date.now()}@example.org`, password: 'correct horse battery', name: 'Owner' });
    const meeting = await owner.createMeeting(
      {
        title: 'Canary meeting',
        hostOrganisation: 'Test Institute',
        startsAt: '2026-12-03T09:30',
        timeZone: 'Asia/Amman',
        format: 'online',
        contentLanguage: 'en',
      },
      [
        { title: 'Testimonies', kind: 'discussion', plannedMinutes: 30, presenters: [], confidentiality: 'on-record' },
        { title: 'Closing', kind: 'closing', plannedMinutes: 5, presenters: [], confidentiality: 'on-record' },
      ],
    );
    const open: MeetingConnection[] = [];
    const facilitator = await connect(server, meeting.id, { sessionCookie: owner.sessionCookie });
    open.push(facilitator);
    const join = async (displayName: string, organisation: string | null, role?: Exclude<Role, 'facilitator'>) => {
      const guest = new HiwarHttp({ baseUrl: server.baseUrl });
      const joined = await guest.join(meeting.joinCode, { displayName, organisation });
      if (role) await facilitator.send({ type: 'member:set-role', memberId: joined.memberId, role });
      const connection = await connect(server, meeting.id, { memberToken: joined.memberToken });
      if (role) await connection.waitFor((s) => s.view?.self.role === role);
      open.push(connection);
      return { ...joined, connection };
    };
    const speaker = await join(SPEAKER, SPEAKER_ORG);
    const voterA = await join(VOTER_A, null);
    const voterB = await join(VOTER_B, null);
    const rapporteur = await join('Rapporteur', null, 'rapporteur');
    const viewers: Record<string, { memberToken?: string; cookie?: string }> = {
      facilitator: { cookie: owner.sessionCookie },
      'co-facilitator': { memberToken: (await join('Co', null, 'co-facilitator')).memberToken },
      rapporteur: { memberToken: rapporteur.memberToken },
      presenter: { memberToken: (await join('Presenter', null, 'presenter')).memberToken },
      participant: { memberToken: (await join('Participant', null)).memberToken },
      observer: { memberToken: (await join('Observer', null, 'observer')).memberToken },
    };

    // On the record: the speaker has the floor and the desk captures their point, hides then publishes it.
    await facilitator.send({ type: 'meeting:start' });
    await speaker.connection.send({ type: 'queue:raise-hand' });
    await facilitator.send({ type: 'queue:give-floor', fromTurnId: null });
    const captured = await rapporteur.connection.send({
      type: 'point:submit',
      text: 'Water first',
      fromFloor: true,
    });
    expect(captured.point?.source).toEqual({ name: SPEAKER, organisation: SPEAKER_ORG });
    const pointId = captured.createdId ?? '';
    await facilitator.send({ type: 'queue:end-turn', turnId: facilitator.state.view?.queue.floor?.turnId ?? '' });
    const beforeModeration = facilitator.state.view?.meeting.seq ?? 0;
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'hidden', reason: 'Check' });
    await rapporteur.connection.send({ type: 'point:moderate', pointId, status: 'published' });
    // A named single-choice vote with live results; two people vote; it closes.
    await facilitator.send({
      type: 'vote:open',
      kind: 'single',
      title: 'Which first?',
      options: [{ label: 'Wells' }, { label: 'Schools' }],
      named: true,
      liveResults: true,
    });
    const vote = facilitator.state.view?.votes.at(-1);
    const voteId = vote?.id ?? '';
    await voterA.connection.send({ type: 'vote:cast', voteId, ballot: { optionIds: [vote?.options[0]?.id ?? ''] } });
    await voterB.connection.send({ type: 'vote:cast', voteId, ballot: { optionIds: [vote?.options[1]?.id ?? ''] } });
    await facilitator.send({ type: 'vote:close', voteId });
    await facilitator.waitFor((s) => s.view?.votes.at(-1)?.status === 'closed');
    expect(
      facilitator.state.view?.votes
        .at(-1)
        ?.results?.voters?.flatMap((v) => v.names)
        .sort(),
    ).toEqual([VOTER_A, VOTER_B].sort());
    // The names are really there before the switch, so the zero below is measured, not assumed.
    const tablesBefore = total(hitsInTables(server.databaseFile, CANARIES));
    expect(tablesBefore).toBeGreaterThan(0);
    const lastSeqBefore = facilitator.state.view?.meeting.seq ?? 0;

    // Connections that stay open through the switch record every live payload they get from now on.
    const live = Object.entries(viewers).map(([role, v]) => ({
      role,
      ...recordingSocket(
        server.baseUrl,
        { protocolVersion: PROTOCOL_VERSION, meetingId: meeting.id, memberToken: v.memberToken },
        v.cookie,
      ),
    }));
    await Promise.all(live.map((l) => l.welcomed));
    for (const l of live) l.received.length = 0;

    await facilitator.send({
      type: 'agenda:update-item',
      itemId: captured.point?.itemId ?? '',
      changes: { confidentiality: 'chatham-house' },
    });
    await facilitator.waitFor((s) => s.view?.meeting.seq === lastSeqBefore + 1);
    await new Promise((r) => setTimeout(r, 200));

    // Phase 1: the three people are still in the meeting, so their names are in the member list (the
    // members table, the staff's list, their own "self"). Nothing else may carry them: no copy linked to
    // the point or the vote, and in the file's bytes nothing beyond the members table's own cells.
    const linked = await measure(false);
    for (const [where, n] of Object.entries(linked)) {
      figure('names leave the record', `canary hits outside the member list in ${where}`, n);
    }
    expect(linked).toEqual(ZERO_PHASE);
    const inMembers = total(memberRowHits());
    expect(
      total(hitsInFile(server.databaseFile, CANARIES)) + total(hitsInFile(`${server.databaseFile}-wal`, CANARIES)),
    ).toBeLessThanOrEqual(inMembers);

    // Phase 2: they leave and remove their names. Now no byte anywhere may hold them.
    for (const person of [speaker, voterA, voterB]) {
      // The session ends as the command commits, so the answer may not arrive; the result is checked below.
      await person.connection.send({ type: 'member:leave' }).catch(() => {});
      await person.connection.waitFor((s) => s.fatal?.code === 'MEMBER_LEFT');
    }
    const everywhere = await measure(true);
    for (const [where, n] of Object.entries(everywhere)) figure('names leave the record', `canary hits in ${where}`, n);
    figure('names leave the record', 'canary hits', total(linked) + total(everywhere));
    expect(everywhere).toEqual({ ...ZERO_PHASE, 'database file': 0, '-wal file': 0 });
    for (const l of live) l.socket.close();
    for (const c of open) c.close();

    function memberRowHits() {
      const db = new Database(server.databaseFile, { readonly: true });
      try {
        return hitsIn(JSON.stringify(db.prepare('select * from members').all()), CANARIES);
      } finally {
        db.close();
      }
    }

    /** Canary hits per place; with `all` false, the member list's own copies are left out. */
    async function measure(all: boolean) {
      const strip = (value: unknown) =>
        all
          ? JSON.stringify(value)
          : JSON.stringify(value, (key, v) =>
              key === 'members' || key === 'self' || (v && typeof v === 'object' && v.type === 'member:joined')
                ? undefined
                : v,
            );
      const hits: Record<string, number> = {};
      const add = (where: string, found: Record<string, number>) => {
        hits[where] = (hits[where] ?? 0) + total(found);
      };
      const tableHits = hitsInTables(server.databaseFile, CANARIES);
      const members = all ? {} : memberRowHits();
      add('tables', Object.fromEntries(CANARIES.map((c) => [c, (tableHits[c] ?? 0) - (members[c] ?? 0)])));
      if (all) {
        add('database file', hitsInFile(server.databaseFile, CANARIES));
        add('-wal file', hitsInFile(`${server.databaseFile}-wal`, CANARIES));
      }
      add('server log', hitsIn(server.logs.join(''), CANARIES));
      add('live events', hitsIn(strip(live.map((l) => l.received)), CANARIES));
      // Every role's snapshot (HTTP and socket) and catch-up from every sequence number up to now.
      for (const [role, v] of Object.entries(viewers)) {
        const http = new HiwarHttp({ baseUrl: server.baseUrl, memberToken: v.memberToken });
        if (v.cookie) http.sessionCookie = v.cookie;
        add('snapshots', hitsIn(strip(await http.getMeeting(meeting.id)), CANARIES));
        const fresh = recordingSocket(
          server.baseUrl,
          { protocolVersion: PROTOCOL_VERSION, meetingId: meeting.id, memberToken: v.memberToken },
          v.cookie,
        );
        await fresh.welcomed;
        const catchUps: unknown[] = [];
        let eventBatches = 0;
        const now = facilitator.state.view?.meeting.seq ?? 0;
        for (let seq = 0; seq <= now; seq++) {
          const ack = await fresh.socket.emitWithAck('meeting:sync', { lastSeq: seq });
          if (ack.kind === 'events' && ack.events.length > 0) eventBatches++;
          catchUps.push(ack);
        }
        // The moderation and the vote are caught up as events (not only snapshots): they are checked too.
        if (role === 'facilitator') expect(eventBatches).toBeGreaterThanOrEqual(lastSeqBefore - beforeModeration);
        add('snapshots', hitsIn(strip(fresh.received), CANARIES));
        add('catch-up', hitsIn(strip(catchUps), CANARIES));
        fresh.socket.close();
      }
      return hits;
    }
  });
});
