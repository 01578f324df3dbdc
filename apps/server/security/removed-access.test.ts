import { HiwarHttp, MeetingConnection } from '@hiwar/client';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildMeeting, buildParticipant, startServer, type TestServer } from '../test/harness.js';
import { figure } from './figures.js';

/**
 * Issue 12, item 3: a removed member's token opens nothing, on any route or socket, at once; and a member
 * token ends with the meeting's retention (90 days after the end unless the meeting sets its own).
 */

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const get = async (path: string, token: string) => {
  const response = await fetch(`${server.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = (await response.json()) as { error?: { code: string } };
  return { status: response.status, code: body.error?.code };
};

describe('removed members and old tokens', () => {
  it('refuses a removed rapporteur the desk routes, the snapshot and the socket', async () => {
    const { http: facilitator, meeting } = await buildMeeting(server);
    const rapporteur = await buildParticipant(server, meeting.joinCode, 'Rapporteur');
    await facilitator.command(meeting.id, {
      type: 'member:set-role',
      memberId: rapporteur.memberId,
      role: 'rapporteur',
    });
    await facilitator.command(meeting.id, { type: 'meeting:start' });
    const ack = await facilitator.command(meeting.id, { type: 'point:submit', text: 'A point to look back on' });
    const pointId = ack.ok ? (ack.createdId as string) : '';
    const paths = [
      `/api/meetings/${meeting.id}`,
      `/api/meetings/${meeting.id}/moderation`,
      `/api/meetings/${meeting.id}/points/${pointId}/history`,
      `/api/meetings/${meeting.id}/report`,
    ];
    for (const path of paths.slice(0, 3)) expect((await get(path, rapporteur.memberToken)).status).toBe(200);

    await facilitator.command(meeting.id, { type: 'member:remove', memberId: rapporteur.memberId });
    const answers = await Promise.all(paths.map((p) => get(p, rapporteur.memberToken)));
    const opened = answers.filter((a) => a.status < 400).length;
    figure('removal', 'routes still answering a removed rapporteur', opened);
    expect(answers.map((a) => a.code)).toEqual(paths.map(() => 'MEMBER_REMOVED'));
    const connection = new MeetingConnection({
      baseUrl: server.baseUrl,
      meetingId: meeting.id,
      memberToken: rapporteur.memberToken,
    });
    await expect(connection.ready()).rejects.toMatchObject({ code: 'MEMBER_REMOVED' });
    connection.close();
  });

  it('ends member tokens 90 days after the meeting ended; the facilitator keeps their account access', async () => {
    const { http: facilitator, meeting } = await buildMeeting(server);
    const participant = await buildParticipant(server, meeting.joinCode, 'Participant');
    await facilitator.command(meeting.id, { type: 'meeting:start' });
    await facilitator.command(meeting.id, { type: 'meeting:end' });
    const path = `/api/meetings/${meeting.id}`;
    expect((await get(path, participant.memberToken)).status).toBe(200);
    const setEnded = (daysAgo: number) => {
      const db = new Database(server.databaseFile);
      db.prepare('update meetings set ended_at = ? where id = ?').run(Date.now() - daysAgo * 86_400_000, meeting.id);
      db.close();
    };
    setEnded(89);
    expect((await get(path, participant.memberToken)).status).toBe(200);
    setEnded(91);
    const expired = await get(path, participant.memberToken);
    figure('removal', 'member tokens answering 91 days after the end', expired.status < 400 ? 1 : 0);
    expect(expired).toEqual({ status: 401, code: 'MEMBER_TOKEN_EXPIRED' });
    const asFacilitator = new HiwarHttp({ baseUrl: server.baseUrl });
    asFacilitator.sessionCookie = facilitator.sessionCookie;
    expect((await asFacilitator.listMeetings()).map((m) => m.id)).toContain(meeting.id);
  });
});
