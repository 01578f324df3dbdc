import { HiwarHttp } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, connect, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 7: a command id answers only for its sender. Reusing another member's id gets one's own
 * command applied, never the other's result (which would leak their pending point), and the receipts
 * hold no member id, so they cannot link a point to its author under the Chatham House Rule.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

describe('command receipts', () => {
  it('binds a command id to its sender', async () => {
    const { http, meeting } = await buildMeeting(server);
    const facilitator = await connect(server, meeting.id, { sessionCookie: http.sessionCookie });
    await facilitator.send({ type: 'meeting:start' });
    await facilitator.send({ type: 'agenda:jump', itemId: facilitator.state.view?.agenda[2]?.id ?? '' });
    const people = [];
    for (const name of ['Alia', 'Badr', 'Chams', 'Dina']) {
      const joined = await new HiwarHttp({ baseUrl: server.baseUrl }).join(meeting.joinCode, { displayName: name });
      people.push({ ...joined, connection: await connect(server, meeting.id, { memberToken: joined.memberToken }) });
    }
    let leaks = 0;
    let dropped = 0;
    let retriesApplied = 0;
    const rounds = 10;
    for (let round = 0; round < rounds; round++) {
      const commandId = `shared-command-${round}`;
      const texts = people.map((p, i) => `Secret ${round}-${i} from ${p.memberId.slice(0, 4)}`);
      const acks = [];
      for (const [i, person] of people.entries()) {
        acks.push(await person.connection.send({ type: 'point:submit', text: texts[i] ?? '' }, commandId));
      }
      for (const [i, ack] of acks.entries()) {
        if (ack.duplicate) dropped++;
        if (ack.point && ack.point.text !== texts[i]) leaks++;
      }
      // A real retry by the same sender is still applied once and answered with its own point.
      const retry = await people[0]?.connection.send({ type: 'point:submit', text: texts[0] ?? '' }, commandId);
      if (!retry?.duplicate || retry.point?.text !== texts[0]) retriesApplied++;
    }
    const db = new Database(server.databaseFile, { readonly: true });
    const points = db.prepare('select count(*) as n from points where meeting_id = ?').get(meeting.id) as { n: number };
    const receipts = JSON.stringify(db.prepare('select * from command_receipts where meeting_id = ?').all(meeting.id));
    db.close();
    const memberIdsInReceipts = people.filter((p) => receipts.includes(p.memberId)).length;
    for (const p of people) p.connection.close();
    facilitator.close();

    figure('command receipts', 'other members’ results returned', leaks);
    figure('command receipts', 'own commands dropped as duplicates', dropped);
    figure('command receipts', 'retries applied twice or answered wrongly', retriesApplied);
    figure('command receipts', 'member ids stored in receipts', memberIdsInReceipts);
    expect({ leaks, dropped, retriesApplied, memberIdsInReceipts }).toEqual({
      leaks: 0,
      dropped: 0,
      retriesApplied: 0,
      memberIdsInReceipts: 0,
    });
    expect(points.n).toBe(rounds * people.length);
  });
});
